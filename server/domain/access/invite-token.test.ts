import { describe, expect, it } from "vitest";
import {
  hashInviteToken, inviteExpiry, inviteRefusal, inviteStatus, inviteUrl, isInviteTokenShaped, maskEmail, newInviteToken, sameEmail,
} from "./invite-token";

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url, stored as their SHA-256 in hex", () => {
    const { token, tokenHash } = newInviteToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInviteToken(token)).toBe(tokenHash);
    expect(isInviteTokenShaped(token)).toBe(true);
    expect(newInviteToken().token).not.toBe(token);
  });

  it("hash to the known SHA-256", () => {
    expect(hashInviteToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("refuses strings that cannot be a token", () => {
    for (const bad of ["", "short", "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`]) expect(isInviteTokenShaped(bad)).toBe(false);
  });

  it("make a link under the app's address", () => {
    expect(inviteUrl("https://app.example/", "tok")).toBe("https://app.example/invite/tok");
    expect(inviteUrl("http://localhost:3000", "tok")).toBe("http://localhost:3000/invite/tok");
  });
});

describe("an invitation's status", () => {
  const now = new Date("2026-12-04T12:00:00Z");
  const base = { acceptedAt: null, revokedAt: null, expiresAt: inviteExpiry(now) };

  it("holds 7 days", () => {
    expect(inviteExpiry(now).toISOString()).toBe("2026-12-11T12:00:00.000Z");
    expect(inviteStatus(base, now)).toBe("valid");
    expect(inviteStatus(base, new Date("2026-12-11T11:59:59Z"))).toBe("valid");
    expect(inviteStatus(base, new Date("2026-12-11T12:00:00Z"))).toBe("expired");
  });

  it("is used, else revoked, else expired", () => {
    const past = new Date("2026-12-01T00:00:00Z");
    expect(inviteStatus({ acceptedAt: past, revokedAt: past, expiresAt: past }, now)).toBe("used");
    expect(inviteStatus({ acceptedAt: null, revokedAt: past, expiresAt: past }, now)).toBe("revoked");
    expect(inviteStatus({ acceptedAt: null, revokedAt: null, expiresAt: past }, now)).toBe("expired");
    expect(inviteRefusal("expired")).toMatch(/expired/);
  });
});

describe("masked addresses", () => {
  it("keep the first character and the domain", () => {
    expect(maskEmail("alice@example.com")).toBe("a…@example.com");
    expect(maskEmail("b@x.io")).toBe("b…@x.io");
    expect(maskEmail("émile@x.fr")).toBe("é…@x.fr");
    expect(maskEmail("not-an-address")).toBe("…");
  });

  it("compare without case", () => {
    expect(sameEmail("Alice@Example.com ", "alice@example.com")).toBe(true);
    expect(sameEmail("alice@example.com", "alicia@example.com")).toBe(false);
  });
});
