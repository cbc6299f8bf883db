import { describe, expect, it, vi } from "vitest";
import { checkAuthAttempt } from "./auth-limits";
import { FallbackRateLimitStore } from "./fallback-store";
import { MemoryRateLimitStore } from "./memory-store";
import type { RateLimitStore } from "./types";

const down: RateLimitStore = { hit: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:6379")) };

function fallbackOver(primary: RateLimitStore, timeoutMs?: number) {
  const log = { warn: vi.fn() };
  const memory = new MemoryRateLimitStore(() => 0);
  return { store: new FallbackRateLimitStore(primary, memory, log, timeoutMs), log, memory };
}

describe("rate limits when Redis is down", () => {
  it("counts the hit in memory and logs a warning instead of throwing", async () => {
    const { store, log } = fallbackOver(down);
    await expect(store.hit("signIn:email:a@x.io", 2, 60)).resolves.toEqual({ allowed: true, remaining: 1, retryAfterSec: 60 });
    expect(log.warn).toHaveBeenCalledTimes(1);
    const [fields, message] = log.warn.mock.calls[0]!;
    expect(fields).toMatchObject({ err: "connect ECONNREFUSED 127.0.0.1:6379", rule: "signIn:email" });
    expect(JSON.stringify(fields)).not.toContain("a@x.io"); // the key's email is not logged
    expect(message).toMatch(/in-memory/);
  });

  it("still enforces the limits, per instance", async () => {
    const { store } = fallbackOver(down);
    for (let i = 0; i < 10; i++) expect((await checkAuthAttempt(store, "signIn", "10.0.0.1", "ada@x.io")).allowed).toBe(true);
    const refused = await checkAuthAttempt(store, "signIn", "10.0.0.1", "ADA@x.io");
    expect(refused).toMatchObject({ allowed: false, retryAfterSec: 900 });
  });

  it("sign-up keeps working too", async () => {
    const { store } = fallbackOver(down);
    await expect(checkAuthAttempt(store, "signUp", "1.2.3.4", "new@x.io")).resolves.toMatchObject({ allowed: true });
  });

  it("falls back when Redis hangs longer than the timeout", async () => {
    const hanging: RateLimitStore = { hit: () => new Promise(() => undefined) };
    const { store, log } = fallbackOver(hanging, 20);
    await expect(store.hit("signIn:ip:1.2.3.4", 5, 60)).resolves.toMatchObject({ allowed: true, remaining: 4 });
    expect(log.warn.mock.calls[0]![0]).toMatchObject({ rule: "signIn:ip" });
  });

  it("uses the shared store, and logs nothing, while it answers", async () => {
    const shared = new MemoryRateLimitStore(() => 0);
    const { store, log, memory } = fallbackOver(shared);
    await store.hit("k", 1, 60);
    expect((await shared.hit("k", 1, 60)).allowed).toBe(false); // the hit went to the shared store
    expect((await memory.hit("k", 1, 60)).allowed).toBe(true); // not to the fallback
    expect(log.warn).not.toHaveBeenCalled();
  });
});
