import { describe, expect, it } from "vitest";
import { withoutRenewedSessionCookie } from "./session-route";

function response(cookies: string[]): Response {
  const headers = new Headers({ "content-type": "application/json", "cache-control": "no-store" });
  for (const c of cookies) headers.append("set-cookie", c);
  return new Response(JSON.stringify({ user: { name: "A" } }), { status: 200, headers });
}

const later = new Date(Date.now() + 30 * 24 * 3600 * 1000).toUTCString();

describe("GET /api/auth/session never renews the session cookie", () => {
  it("drops the renewed session cookie (plain, __Secure- and chunked), keeps the body and other headers", async () => {
    const res = withoutRenewedSessionCookie(response([
      `authjs.session-token=abc; Path=/; Expires=${later}; HttpOnly; SameSite=Lax`,
      `__Secure-authjs.session-token.0=abc; Path=/; Expires=${later}; HttpOnly; Secure; SameSite=Lax`,
      `authjs.csrf-token=x; Path=/; HttpOnly; SameSite=Lax`,
    ]));
    expect(res.headers.getSetCookie()).toEqual(["authjs.csrf-token=x; Path=/; HttpOnly; SameSite=Lax"]);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ user: { name: "A" } });
  });

  it("keeps a cookie that deletes a stale or revoked session, so the browser forgets it", () => {
    const deletions = [
      "authjs.session-token=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
      "authjs.session-token.1=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly",
    ];
    expect(withoutRenewedSessionCookie(response(deletions)).headers.getSetCookie()).toEqual(deletions);
  });

  it("leaves a response without session cookies as it is", () => {
    const res = response([]);
    expect(withoutRenewedSessionCookie(res)).toBe(res);
  });
});
