import type { Redis } from "ioredis";
import type { RateLimitResult, RateLimitStore } from "./types";

/** Shared counters in Redis, so every app instance enforces the same limits. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(private readonly redis: Redis, private readonly prefix = "coverdesk:rl:") {}

  async hit(key: string, limit: number, windowSec: number): Promise<RateLimitResult> {
    const k = this.prefix + key;
    // INCR and set the expiry only on the first hit, atomically.
    const result = await this.redis
      .multi()
      .incr(k)
      .expire(k, windowSec, "NX")
      .pttl(k)
      .exec();
    if (!result) throw new Error("rate limit transaction was aborted");
    const count = Number(result[0]?.[1]);
    const ttlMs = Number(result[2]?.[1]);
    const retryAfterSec = Math.max(1, Math.ceil((ttlMs > 0 ? ttlMs : windowSec * 1000) / 1000));
    return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfterSec };
  }
}
