/** Signs in over HTTP the way a browser does (next-auth CSRF + credentials); returns the cookie header. */
export async function signInOverHttp(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/portfolios` });
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", body, redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrfRes) },
  });
  const cookie = [cookiesOf(csrfRes), cookiesOf(login)].filter(Boolean).join("; ");
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json()) as { user?: { email?: string } };
  if (session.user?.email !== email) throw new Error(`sign-in as ${email} failed (HTTP ${login.status})`);
  return cookie;
}

function cookiesOf(res: Response): string {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

export async function waitForHealthy(base: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const res = await fetch(`${base}/api/health`).catch(() => null);
    if (res?.ok) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base} did not become healthy within ${timeoutMs} ms`);
}

/** A tRPC GET URL for a query procedure (non-batched). */
export function trpcQueryUrl(base: string, path: string, input?: unknown): string {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return `${base}/api/trpc/${path}${query}`;
}
