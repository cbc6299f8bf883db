export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSec: number };

/** A fixed-window counter: at most `limit` hits per `windowSec` for one key. */
export interface RateLimitStore {
  hit(key: string, limit: number, windowSec: number): Promise<RateLimitResult>;
}
