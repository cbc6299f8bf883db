import type { RateLimitResult, RateLimitStore } from "./types";

type Window = { count: number; resetAt: number };

/** Per-process counters: right for one instance; several instances need the Redis store. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now, private readonly maxKeys = 100_000) {}

  async hit(key: string, limit: number, windowSec: number): Promise<RateLimitResult> {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      if (this.windows.size >= this.maxKeys) this.evictExpired(now);
      w = { count: 0, resetAt: now + windowSec * 1000 };
      this.windows.set(key, w);
    }
    w.count += 1;
    const retryAfterSec = Math.max(1, Math.ceil((w.resetAt - now) / 1000));
    return { allowed: w.count <= limit, remaining: Math.max(0, limit - w.count), retryAfterSec };
  }

  private evictExpired(now: number): void {
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
}
