import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { RedisRateLimitStore } from "./redis-store";

// npm test hands over a server that answers (scripts/ensure-redis.sh): the local one or a throwaway.
const REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
const others: Redis[] = [];
/** A second connection, as another app instance would have; closed after the file. */
function anotherInstance(): Redis {
  const client = new Redis(REDIS_URL);
  others.push(client);
  return client;
}
const prefix = `coverdesk:test:${Date.now()}:${Math.random().toString(36).slice(2)}:`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await Promise.all([redis, ...others].map((client) => client.quit()));
});

describe("Redis rate limit store (the local Redis server)", () => {
  it("two app instances share one counter", async () => {
    const instanceA = new RedisRateLimitStore(redis, prefix);
    const instanceB = new RedisRateLimitStore(anotherInstance(), prefix);
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
