import { afterEach, describe, expect, it, vi } from "vitest";
import { decode } from "next-auth/jwt";
import { encodeSessionToken } from "./session-jwt";
import { newSessionClaims, SESSION_LIFETIME_SEC } from "./session-token";

const secret = "unit-test-secret-0123456789abcdef";
const salt = "authjs.session-token";
const DAY = 24 * 3600;

afterEach(() => vi.useRealTimers());

async function expOf(token: string): Promise<number> {
  return (await decode({ token, secret, salt }))?.exp as number;
}

describe("session token encoding: exp stays at sign-in + 30 days", () => {
  it("re-encoding days later (what every session read does) keeps the same exp", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const signedInAt = 1_800_000_000;
    vi.setSystemTime(signedInAt * 1000);
    const claims = { ...newSessionClaims("u1", 0, signedInAt), email: "u@example.com" };
    const first = await encodeSessionToken({ token: claims, secret, salt, maxAge: SESSION_LIFETIME_SEC });
    expect(await expOf(first)).toBe(signedInAt + 30 * DAY);
    vi.setSystemTime((signedInAt + 10 * DAY + 17) * 1000);
    const later = await encodeSessionToken({ token: { ...(await decode({ token: first, secret, salt })) }, secret, salt, maxAge: SESSION_LIFETIME_SEC });
    expect(await expOf(later)).toBe(signedInAt + 30 * DAY);
    expect(await decode({ token: later, secret, salt })).toMatchObject(claims);
  });

  it("a token without a sign-in time keeps next-auth's now + maxAge", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_800_000_000_000);
    const token = await encodeSessionToken({ token: { sub: "u1" }, secret, salt, maxAge: 60 });
    expect(await expOf(token)).toBe(1_800_000_060);
  });

  it("encodes again when a second passed during encoding, so exp is never a second late", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const signedInAt = 1_800_000_000;
    vi.setSystemTime(signedInAt * 1000 + 999);
    let calls = 0;
    const now = vi.fn(() => {
      const sec = Math.floor(Date.now() / 1000);
      calls += 1;
      if (calls === 1) vi.setSystemTime((signedInAt + 1) * 1000); // the second ticks over while Auth.js encodes
      return sec;
    });
    const token = await encodeSessionToken({ token: newSessionClaims("u1", 0, signedInAt), secret, salt }, now);
    expect(now).toHaveBeenCalledTimes(4); // before/after, then again
    expect(await expOf(token)).toBe(signedInAt + 30 * DAY);
  });
});
