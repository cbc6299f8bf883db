import { describe, expect, it } from "vitest";
import { checkAuthAttempt } from "./auth-limits";
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

  it("starts a fresh window once the old one has passed", async () => {
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
});

describe("auth attempts", () => {
  it("refuses sign-in for one email after 10 attempts, whatever the IP", async () => {
    const store = new MemoryRateLimitStore(() => 0);
    for (let i = 0; i < 10; i++) expect((await checkAuthAttempt(store, "signIn", `10.0.0.${i}`, "A@x.io")).allowed).toBe(true);
    const refused = await checkAuthAttempt(store, "signIn", "10.0.0.99", "a@x.io");
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSec).toBe(900);
  });

  it("refuses sign-up from one IP after 20 attempts, whatever the email", async () => {
    const store = new MemoryRateLimitStore(() => 0);
    for (let i = 0; i < 20; i++) expect((await checkAuthAttempt(store, "signUp", "1.2.3.4", `u${i}@x.io`)).allowed).toBe(true);
    expect((await checkAuthAttempt(store, "signUp", "1.2.3.4", "new@x.io")).allowed).toBe(false);
  });
});
