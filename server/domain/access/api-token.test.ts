import { describe, expect, it } from "vitest";
import { hashApiToken, isApiTokenExpired, lastUsedIsStale, newApiToken, readBearer } from "./api-token";

describe("API tokens", () => {
  it("are cdk_ + 43 base64url characters, distinct each time, shown by their first 10 characters and stored as a SHA-256", () => {
    const a = newApiToken();
    const b = newApiToken();
    expect(a.token).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.prefix).toBe(a.token.slice(0, 10));
    expect(a.tokenHash).toBe(hashApiToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token.slice(4));
  });

  it("reads only `Bearer cdk_…` from the Authorization header, and says what is wrong otherwise", () => {
    const { token } = newApiToken();
    expect(readBearer(`Bearer ${token}`)).toEqual({ kind: "token", token });
    expect(readBearer(`bearer   ${token}  `)).toEqual({ kind: "token", token });
    expect(readBearer(null)).toEqual({ kind: "missing" });
    expect(readBearer("   ")).toEqual({ kind: "missing" });
    expect(readBearer("Basic dXNlcjpwYXNz")).toMatchObject({ kind: "malformed", reason: expect.stringContaining("Bearer") });
    expect(readBearer(`Bearer ${token} extra`)).toMatchObject({ kind: "malformed" });
    expect(readBearer(`Bearer ${token.slice(0, -1)}`)).toMatchObject({ kind: "malformed", reason: expect.stringContaining("cdk_") });
    expect(readBearer(`Bearer ghp_${token.slice(4)}`)).toMatchObject({ kind: "malformed" });
    expect(readBearer(`Bearer ${token}\u0000`)).toMatchObject({ kind: "malformed" });
  });

  it("expire at their expiry instant, never when they have none", () => {
    const at = new Date("2026-12-31T00:00:00Z");
    expect(isApiTokenExpired({ expiresAt: at }, new Date("2026-12-30T23:59:59Z"))).toBe(false);
    expect(isApiTokenExpired({ expiresAt: at }, at)).toBe(true);
    expect(isApiTokenExpired({ expiresAt: null }, new Date("2099-01-01T00:00:00Z"))).toBe(false);
  });

  it("record a use when none was recorded in the last minute", () => {
    const now = new Date("2026-12-05T10:00:00Z");
    expect(lastUsedIsStale(null, now)).toBe(true);
    expect(lastUsedIsStale(new Date("2026-12-05T09:59:30Z"), now)).toBe(false);
    expect(lastUsedIsStale(new Date("2026-12-05T09:59:00Z"), now)).toBe(true);
  });
});
