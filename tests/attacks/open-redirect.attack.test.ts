// Issue 10 §5: no open redirect, never a 500, for a signed-in visitor of /sign-in?callbackUrl=…
import { beforeAll, describe, expect, it } from "vitest";
import { newSignedInUser, send } from "./http-client";

let cookie = "";
beforeAll(async () => {
  cookie = (await newSignedInUser("127.0.0.41", "redirect")).cookie;
});

const visit = (callbackUrl: string) => send({ path: `/sign-in?callbackUrl=${callbackUrl}`, from: "127.0.0.41", headers: { cookie } });

/** Where a browser would go from this Location, resolved against the app's origin. */
const destination = (location: unknown) => new URL(String(location), "http://127.0.0.1:3210");

describe("callbackUrl after sign-in", () => {
  it.each([
    ["a tab before the second slash", "/%09/evil.example"],
    ["a newline before the second slash", "/%0a/evil.example"],
    ["a backslash", "/%5Cevil.example"],
    ["protocol-relative", "//evil.example"],
    ["absolute", "https%3A%2F%2Fevil.example%2F"],
    ["encoded slashes", "%2F%2Fevil.example"],
  ])("%s stays on the app", async (_label, target) => {
    const res = await visit(target);
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    const to = destination(res.headers.location);
    expect(to.host).toBe("127.0.0.1:3210");
    expect(to.pathname).toBe("/portfolios");
  });

  it("CR LF in the target is refused, not a 500 and no injected header", async () => {
    const res = await visit("/%0d%0aSet-Cookie:%20pwned=1");
    expect(res.status).toBeLessThan(500);
    expect(String(res.headers["set-cookie"] ?? "")).not.toContain("pwned");
    expect(destination(res.headers.location).pathname).toBe("/portfolios");
  });

  it("a same-origin path is kept", async () => {
    const res = await visit(encodeURIComponent("/providers?kyc=no"));
    expect(destination(res.headers.location).pathname + destination(res.headers.location).search).toBe("/providers?kyc=no");
  });
});
