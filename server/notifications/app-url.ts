const FALLBACK = "http://localhost:3000";

function usable(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  } catch {
    return null;
  }
  return trimmed.replace(/\/+$/, "");
}

/**
 * The address links in e-mails, webhooks and calendar feeds point to (no trailing slash):
 * APP_URL, else AUTH_URL, else the dev server. A value that is not an http(s) URL is skipped.
 */
export function appBaseUrl(env: Record<string, string | undefined> = process.env): string {
  return usable(env.APP_URL) ?? usable(env.AUTH_URL) ?? FALLBACK;
}
