import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { RedisRateLimitStore } from "./redis-store";

const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
const prefix = `coverdesk:test:${Date.now()}:${Math.random().toString(36).slice(2)}:`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe("Redis rate limit store (the local Redis server)", () => {
  it("two app instances share one counter", async () => {
    const instanceA = new RedisRateLimitStore(redis, prefix);
    const instanceB = new RedisRateLimitStore(new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379"), prefix);
    expect((await instanceA.hit("signIn:email:x", 2, 60)).allowed).toBe(true);
    expect((await instanceB.hit("signIn:email:x", 2, 60)).allowed).toBe(true);
    const third = await instanceA.hit("signIn:email:x", 2, 60);
    expect(third.allowed).toBe(false);
    expect(third.retryAfterSec).toBeGreaterThan(0);
    expect(third.retryAfterSec).toBeLessThanOrEqual(60);
  });

  it("the window expires in Redis", async () => {
    const store = new RedisRateLimitStore(redis, prefix);
    await store.hit("short", 1, 1);
    expect((await store.hit("short", 1, 1)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await store.hit("short", 1, 1)).allowed).toBe(true);
  });
});
