import type { RateLimitResult, RateLimitStore } from "./types";

type Window = { count: number; resetAt: number; limit: number };

/**
 * Per-process counters: right for one instance; several instances need the Redis store.
 *
 * Bounded without ever forgetting a lockout (DESIGN §16): counting windows live in insertion
 * order and the oldest are evicted first when there are `maxKeys`; a window that has gone over
 * its limit moves to a separate table of lockouts, which a flood of fresh keys cannot reach. That
 * table is bounded too (`maxLockouts`), but filling it takes `limit + 1` hits per key, which the
 * per-IP rules stop first.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, Window>();
  private readonly lockouts = new Map<string, Window>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
    private readonly maxLockouts = 100_000,
  ) {}

  async hit(key: string, limit: number, windowSec: number): Promise<RateLimitResult> {
    const now = this.now();
    const locked = this.lockouts.get(key);
    if (locked && locked.resetAt > now) {
      locked.count += 1;
      return this.verdict(locked, now);
    }
    if (locked) this.lockouts.delete(key);

    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      if (w) this.windows.delete(key); // re-inserted below, as the newest
      w = { count: 0, resetAt: now + windowSec * 1000, limit };
      this.makeRoom(this.windows, this.maxKeys);
      this.windows.set(key, w);
    }
    w.count += 1;
    if (w.count > limit) {
      this.windows.delete(key);
      this.makeRoom(this.lockouts, this.maxLockouts);
      this.lockouts.set(key, w);
    }
    return this.verdict(w, now);
  }

  /** How many keys are held, counting windows and lockouts (for tests and metrics). */
  get size(): number {
    return this.windows.size + this.lockouts.size;
  }

  private verdict(w: Window, now: number): RateLimitResult {
    const retryAfterSec = Math.max(1, Math.ceil((w.resetAt - now) / 1000));
    return { allowed: w.count <= w.limit, remaining: Math.max(0, w.limit - w.count), retryAfterSec };
  }

  /** Drops the oldest entries (Map iteration order is insertion order) until one more fits. */
  private makeRoom(table: Map<string, Window>, max: number): void {
    while (table.size >= max) {
      const oldest = table.keys().next();
      if (oldest.done) return;
      table.delete(oldest.value);
    }
  }
}
