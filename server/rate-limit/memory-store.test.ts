import { describe, expect, it } from "vitest";
import { AUTH_RULES, checkAuthAttempt, checkCheapSignInAttempt } from "./auth-limits";
import { MemoryRateLimitStore } from "./memory-store";

describe("in-memory rate limit store", () => {
  it("allows `limit` hits per window, then refuses with the seconds left", async () => {
    let now = 1_000_000;
    const store = new MemoryRateLimitStore(() => now);
    for (let i = 0; i < 3; i++) expect((await store.hit("k", 3, 60)).allowed).toBe(true);
    now += 20_000;
    const refused = await store.hit("k", 3, 60);
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterSec: 40 }); // 60 s window − 20 s elapsed
  });

  it("starts a fresh window once the old one has passed, for a lockout too", async () => {
    let now = 0;
    const store = new MemoryRateLimitStore(() => now);
    await store.hit("k", 1, 10);
    expect((await store.hit("k", 1, 10)).allowed).toBe(false);
    now += 10_000;
    expect((await store.hit("k", 1, 10)).allowed).toBe(true);
  });

  it("counts keys separately", async () => {
    const store = new MemoryRateLimitStore(() => 0);
    await store.hit("a", 1, 10);
    expect((await store.hit("b", 1, 10)).allowed).toBe(true);
  });

  it("stays bounded by evicting the oldest windows first, never by clearing", async () => {
    const store = new MemoryRateLimitStore(() => 0, 3);
    await store.hit("oldest", 5, 60);
    await store.hit("middle", 5, 60);
    await store.hit("newest", 5, 60);
    await store.hit("fourth", 5, 60); // evicts "oldest" only
    expect(store.size).toBe(3);
    expect((await store.hit("middle", 5, 60)).remaining).toBe(3); // its second hit: still counted
    expect((await store.hit("oldest", 5, 60)).remaining).toBe(4); // forgotten: a first hit again
  });

  it("an unexpired lockout outlives a flood of 200,000 fresh keys", async () => {
    const store = new MemoryRateLimitStore(() => 0, 100_000);
    const email = "signIn:email:victim@x.io";
    for (let i = 0; i <= 10; i++) await store.hit(email, 10, 900);
    expect((await store.hit(email, 10, 900)).allowed).toBe(false);
    for (let i = 0; i < 200_000; i++) await store.hit(`signIn:email:flood-${i}@x.io`, 10, 900);
    expect(store.size).toBeLessThanOrEqual(100_001);
    expect(await store.hit(email, 10, 900)).toMatchObject({ allowed: false, retryAfterSec: 900 });
  }, 60_000); // 200,000 awaited hits: about a second on a quiet machine, several on a busy one
});

describe("auth attempts", () => {
  it("limits failed sign-ins per (email, IP): another address can still sign in", async () => {
    const store = new MemoryRateLimitStore(() => 0);
    const perPair = AUTH_RULES.signInPerEmailAndIp.limit;
    for (let i = 0; i < perPair; i++) expect((await checkAuthAttempt(store, "signIn", "203.0.113.66", "A@x.io")).allowed).toBe(true);
    expect(await checkAuthAttempt(store, "signIn", "203.0.113.66", "a@x.io")).toMatchObject({ allowed: false, retryAfterSec: 900 });
    expect((await checkAuthAttempt(store, "signIn", "198.51.100.1", "a@x.io")).allowed).toBe(true); // the owner, elsewhere
  });

  it("backs the pair rule with a higher per-email limit that many addresses must share", async () => {
    const store = new MemoryRateLimitStore(() => 0);
    const perEmail = AUTH_RULES.signInPerEmail.limit;
    expect(perEmail).toBeGreaterThan(AUTH_RULES.signInPerEmailAndIp.limit * 5);
    for (let i = 0; i < perEmail; i++) expect((await checkAuthAttempt(store, "signIn", `10.0.${i >> 8}.${i & 255}`, "a@x.io")).allowed).toBe(true);
    expect((await checkAuthAttempt(store, "signIn", "10.9.9.9", "a@x.io")).allowed).toBe(false);
  });

  it("refuses sign-up from one IP after 20 attempts, whatever the email", async () => {
    const store = new MemoryRateLimitStore(() => 0);
    for (let i = 0; i < 20; i++) expect((await checkAuthAttempt(store, "signUp", "1.2.3.4", `u${i}@x.io`)).allowed).toBe(true);
    expect((await checkAuthAttempt(store, "signUp", "1.2.3.4", "new@x.io")).allowed).toBe(false);
  });

  it("requests without an IP share one bucket instead of skipping the per-IP rule", async () => {
    const store = new MemoryRateLimitStore(() => 0);
    for (let i = 0; i < 20; i++) await checkAuthAttempt(store, "signUp", undefined, `u${i}@x.io`);
    expect((await checkAuthAttempt(store, "signUp", undefined, "other@x.io")).allowed).toBe(false);
  });

  it("cheap sign-ins (no CSRF) count against the IP only, never against an email", async () => {
    const store = new MemoryRateLimitStore(() => 0);
    for (let i = 0; i < AUTH_RULES.signInPerIp.limit; i++) expect((await checkCheapSignInAttempt(store, "192.0.2.9")).allowed).toBe(true);
    expect((await checkCheapSignInAttempt(store, "192.0.2.9")).allowed).toBe(false);
    expect((await checkAuthAttempt(store, "signIn", "192.0.2.10", "victim@x.io")).remaining).toBe(AUTH_RULES.signInPerEmailAndIp.limit - 1);
    expect(store.size).toBe(1 + 3); // the flooding IP's one key, then the real attempt's three
  });
});

describe("an address over its limit", () => {
  it("is refused before any per-email key is counted, so its flood adds nothing to the store", async () => {
    const store = new MemoryRateLimitStore(() => 0);
    for (let i = 0; i < AUTH_RULES.signInPerIp.limit; i++) await checkAuthAttempt(store, "signIn", "192.0.2.77", `u${i}@x.io`);
    const before = store.size;
    for (let i = 0; i < 1_000; i++) expect((await checkAuthAttempt(store, "signIn", "192.0.2.77", `flood${i}@x.io`)).allowed).toBe(false);
    expect(store.size).toBe(before);
  });
});
