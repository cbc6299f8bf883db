/** next-auth's session cookie, chunked (`.0`, `.1`, …) when large; `__Secure-` over https. */
export const SESSION_COOKIE_NAME = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** Whether the request carries a session cookie at all (valid or not). */
export function hasSessionCookie(cookies: { name: string }[]): boolean {
  return cookies.some((c) => SESSION_COOKIE_NAME.test(c.name));
}
