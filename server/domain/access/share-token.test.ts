import { describe, expect, it } from "vitest";
import { hashShareToken, isShareLinkActive, isShareTokenShaped, newShareToken, shareExpiryFrom, shareLinkStatus } from "./share-token";

const now = new Date("2026-12-04T22:30:00Z");

describe("share tokens", () => {
  it("are 32 random bytes in base64url, stored as their SHA-256 hex", () => {
    const a = newShareToken();
    const b = newShareToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).toBe(hashShareToken(a.token));
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).not.toContain(a.token);
  });

  it("known answer: the hash is plain SHA-256 of the token text", () => {
    expect(hashShareToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("recognises the token's shape only", () => {
    expect(isShareTokenShaped(newShareToken().token)).toBe(true);
    for (const bad of ["", "short", "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, `${"a".repeat(42)}.`]) {
      expect(isShareTokenShaped(bad), bad).toBe(false);
    }
  });
});

describe("share link status", () => {
  it("is revoked, else expired once the expiry has passed, else active", () => {
    expect(shareLinkStatus({ expiresAt: null, revokedAt: null }, now)).toBe("active");
    expect(shareLinkStatus({ expiresAt: new Date(now.getTime() + 1), revokedAt: null }, now)).toBe("active");
    expect(shareLinkStatus({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
    expect(shareLinkStatus({ expiresAt: new Date(now.getTime() - 1), revokedAt: new Date(0) }, now)).toBe("revoked");
    expect(isShareLinkActive({ expiresAt: null, revokedAt: new Date(0) }, now)).toBe(false);
  });
});

describe("share link expiry", () => {
  it("none: the link works until revoked", () => {
    expect(shareExpiryFrom(undefined, now)).toEqual({ expiresAt: null });
    expect(shareExpiryFrom(null, now)).toEqual({ expiresAt: null });
    expect(shareExpiryFrom("  ", now)).toEqual({ expiresAt: null });
  });

  it("a day works through its end (UTC); today is allowed, yesterday is not", () => {
    expect(shareExpiryFrom("2026-12-04", now)).toEqual({ expiresAt: new Date("2026-12-05T00:00:00Z") });
    expect(shareExpiryFrom("2026-12-03", now)).toEqual({ error: "The expiry must be in the future" });
  });

  it("a date-time is taken as it is, and must be in the future", () => {
    expect(shareExpiryFrom("2026-12-05T08:00:00+02:00", now)).toEqual({ expiresAt: new Date("2026-12-05T06:00:00Z") });
    expect(shareExpiryFrom("2026-12-04T22:30:00Z", now)).toMatchObject({ error: expect.stringMatching(/future/) });
  });

  it("at most a year: the day a year from today is allowed, the next is not", () => {
    expect(shareExpiryFrom("2027-12-04", now)).toEqual({ expiresAt: new Date("2027-12-05T00:00:00Z") });
    expect(shareExpiryFrom("2027-12-05", now)).toEqual({ error: "A share link can last at most 365 days" });
  });

  it("refuses what is not a date", () => {
    expect(shareExpiryFrom("tomorrow", now)).toEqual({ error: "Not a valid date" });
  });
});
