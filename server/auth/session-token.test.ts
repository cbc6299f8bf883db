import { describe, expect, it } from "vitest";
import { isWithinLifetime, newSessionClaims, remainingLifetimeSec, SESSION_LIFETIME_SEC, sessionClaimsOf, sessionExpiresAt } from "./session-token";

const DAY = 24 * 3600;
const T = 1_800_000_000;

describe("session lifetime: 30 days from sign-in, never renewed", () => {
  it("ends 30 days after sign-in, whenever it is asked", () => {
    expect(SESSION_LIFETIME_SEC).toBe(30 * DAY);
    expect(sessionExpiresAt(T)).toBe(T + 30 * DAY);
    expect(remainingLifetimeSec(T, T)).toBe(30 * DAY);
    expect(remainingLifetimeSec(T, T + 29 * DAY)).toBe(DAY);
    // The end never moves later, however often the session is read.
    for (const now of [T, T + 1, T + DAY, T + 20 * DAY]) expect(now + remainingLifetimeSec(T, now)).toBe(T + 30 * DAY);
    expect(remainingLifetimeSec(T, T + 31 * DAY)).toBe(0);
  });

  it("is within its lifetime until the last second, not after, and not from the future", () => {
    expect(isWithinLifetime(T, T)).toBe(true);
    expect(isWithinLifetime(T, T + 30 * DAY - 1)).toBe(true);
    expect(isWithinLifetime(T, T + 30 * DAY)).toBe(false);
    expect(isWithinLifetime(T + 30, T)).toBe(true); // clock skew between instances
    expect(isWithinLifetime(T + 3600, T)).toBe(false);
  });
});

describe("session claims", () => {
  it("a new session has a random id, the user's version and the sign-in time", () => {
    const a = newSessionClaims("u1", 3, T);
    const b = newSessionClaims("u1", 3, T);
    expect(a).toMatchObject({ sub: "u1", sessionVersion: 3, signedInAt: T });
    expect(a.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.sessionId).not.toBe(b.sessionId);
    expect(sessionClaimsOf({ ...a, email: "x@example.com", exp: 1 })).toEqual(a);
  });

  it("a token missing or mangling any claim has none (it gives no session)", () => {
    const ok = newSessionClaims("u1", 0, T);
    expect(sessionClaimsOf(null)).toBeNull();
    expect(sessionClaimsOf({ sub: "u1" })).toBeNull();
    for (const bad of [
      { sub: "" }, { sub: 1 }, { sessionId: "" }, { sessionId: "x".repeat(101) }, { sessionVersion: "0" }, { sessionVersion: -1 },
      { sessionVersion: 1.5 }, { signedInAt: "1" }, { signedInAt: 0 }, { signedInAt: Number.NaN },
    ]) expect(sessionClaimsOf({ ...ok, ...bad })).toBeNull();
  });
});
