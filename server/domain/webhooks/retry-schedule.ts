/** Waits before the next attempt after attempt n (1-based): 5 s, 5 min, 30 min, 2 h, 5 h, then 10 h. */
export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000] as const;

/** No attempt is made more than this after the first one. */
export const RETRY_WINDOW_MS = 24 * 3_600_000;

/** The wait after `attemptsMade` attempts; `scale` shrinks the schedule (tests). */
export function retryDelayMs(attemptsMade: number, scale = 1): number {
  const index = Math.min(Math.max(attemptsMade, 1), RETRY_DELAYS_MS.length) - 1;
  return RETRY_DELAYS_MS[index]! * scale;
}

/**
 * When to try again after `attemptsMade` failed attempts, the last ending at `now`; null (give up)
 * once that would fall more than 24 h (× scale) after the first attempt.
 */
export function nextAttemptAt(firstAttemptAt: Date, attemptsMade: number, now: Date, scale = 1): Date | null {
  const next = new Date(now.getTime() + retryDelayMs(attemptsMade, scale));
  return next.getTime() - firstAttemptAt.getTime() > RETRY_WINDOW_MS * scale ? null : next;
}
