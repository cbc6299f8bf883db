import { describe, expect, it, vi } from "vitest";
import { TtlCache } from "./session-cache";

function clockedCache(maxEntries = 100) {
  let now = 1_000_000;
  const cache = new TtlCache<number>({ ttlMs: 30_000, maxEntries, now: () => now });
  return { cache, advance: (ms: number) => { now += ms; } };
}

describe("TtlCache (session state, ≤ 30 s per instance)", () => {
  it("reuses a value for less than the TTL and reloads it after", async () => {
    const { cache, advance } = clockedCache();
    const load = vi.fn(async () => load.mock.calls.length);
    expect(await cache.getOrLoad("u", load)).toBe(1);
    advance(29_999);
    expect(await cache.getOrLoad("u", load)).toBe(1);
    advance(1);
    expect(await cache.getOrLoad("u", load)).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("counts the TTL from when the load started, not when it finished", async () => {
    const { cache, advance } = clockedCache();
    let finish!: (v: number) => void;
    const first = cache.getOrLoad("u", () => new Promise<number>((resolve) => { finish = resolve; }));
    advance(30_000);
    finish(1);
    expect(await first).toBe(1);
    expect(await cache.getOrLoad("u", async () => 2)).toBe(2);
  });

  it("invalidate forgets at once: the next read loads again", async () => {
    const { cache } = clockedCache();
    await cache.getOrLoad("u", async () => 1);
    cache.invalidate("u");
    expect(await cache.getOrLoad("u", async () => 2)).toBe(2);
  });

  it("a load in flight when the key is invalidated is not kept (a read that raced a version bump)", async () => {
    const { cache } = clockedCache();
    let finish!: (v: number) => void;
    const stale = cache.getOrLoad("u", () => new Promise<number>((resolve) => { finish = resolve; }));
    cache.invalidate("u");
    const fresh = cache.getOrLoad("u", async () => 2);
    finish(1);
    expect(await stale).toBe(1); // its own caller started before the bump
    expect(await fresh).toBe(2);
    expect(await cache.getOrLoad("u", async () => 3)).toBe(2);
  });

  it("concurrent readers of a missing key share one load", async () => {
    const { cache } = clockedCache();
    const load = vi.fn(async () => 7);
    const results = await Promise.all([cache.getOrLoad("u", load), cache.getOrLoad("u", load), cache.getOrLoad("u", load)]);
    expect(results).toEqual([7, 7, 7]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("does not remember a failed load", async () => {
    const { cache } = clockedCache();
    await expect(cache.getOrLoad("u", async () => { throw new Error("db down"); })).rejects.toThrow("db down");
    expect(await cache.getOrLoad("u", async () => 1)).toBe(1);
  });

  it("keeps keys apart, and evicts the oldest entries first when full", async () => {
    const { cache } = clockedCache(3);
    for (const key of ["a", "b", "c", "d"]) await cache.getOrLoad(key, async () => key.charCodeAt(0));
    expect(cache.size).toBe(3);
    const reload = vi.fn(async () => 0);
    expect(await cache.getOrLoad("d", reload)).toBe(100);
    expect(await cache.getOrLoad("b", reload)).toBe(98);
    expect(reload).not.toHaveBeenCalled();
    expect(await cache.getOrLoad("a", reload)).toBe(0); // "a" was evicted
  });
});
