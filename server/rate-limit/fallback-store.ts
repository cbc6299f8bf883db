import type { Logger } from "pino";
import { logger as defaultLogger } from "@/server/observability/logger";
import type { RateLimitResult, RateLimitStore } from "./types";

/**
 * Uses the shared (Redis) store, and when a call to it fails — Redis down, or slower than
 * `timeoutMs` — counts that hit in a per-instance store instead, so sign-in and sign-up keep
 * working with per-instance limits rather than failing with a 500.
 */
export class FallbackRateLimitStore implements RateLimitStore {
  constructor(
    private readonly primary: RateLimitStore,
    private readonly fallback: RateLimitStore,
    private readonly log: Pick<Logger, "warn"> = defaultLogger,
    private readonly timeoutMs = 2_000,
  ) {}

  async hit(key: string, limit: number, windowSec: number): Promise<RateLimitResult> {
    try {
      return await withTimeout(this.primary.hit(key, limit, windowSec), this.timeoutMs);
    } catch (error) {
      // The key carries an email address: log only which rule it was.
      this.log.warn({ err: error instanceof Error ? error.message : String(error), rule: key.split(":").slice(0, 2).join(":") },
        "rate limit store unavailable: using the in-memory store for this attempt");
      return this.fallback.hit(key, limit, windowSec);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`rate limit store did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
