function usable(value: string | undefined): URL | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

const withoutTrailingSlash = (s: string) => s.replace(/\/+$/, "");

/**
 * The address links in e-mails, webhooks and calendar feeds point to (no trailing slash):
 * APP_URL, else next-auth's AUTH_URL without its /api/auth path, else this machine's port.
 * A value that is not an http(s) URL is skipped.
 */
export function appBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const app = usable(env.APP_URL);
  if (app) return withoutTrailingSlash(app.href);
  const auth = usable(env.AUTH_URL ?? env.NEXTAUTH_URL);
  if (auth) return withoutTrailingSlash(`${auth.origin}${auth.pathname.replace(/\/api\/auth\/?$/, "")}`);
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}
