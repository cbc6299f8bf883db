import { describe, expect, it } from "vitest";
import { nextAttemptAt, retryDelayMs } from "./retry-schedule";

const first = new Date("2026-03-01T00:00:00Z");
const after = (ms: number) => new Date(first.getTime() + ms);
const S = 1_000;
const MIN = 60 * S;
const H = 60 * MIN;

describe("retry schedule", () => {
  it.each([
    [1, 5 * S], [2, 5 * MIN], [3, 30 * MIN], [4, 2 * H], [5, 5 * H], [6, 10 * H], [7, 10 * H], [20, 10 * H],
  ])("waits after attempt %i: %i ms", (attempts, delay) => {
    expect(retryDelayMs(attempts)).toBe(delay);
  });

  it("schedules from the end of the last attempt", () => {
    expect(nextAttemptAt(first, 1, after(300))).toEqual(after(300 + 5 * S));
    expect(nextAttemptAt(first, 2, after(5 * S))).toEqual(after(5 * S + 5 * MIN));
  });

  it("walks the whole schedule: 6 retries fit in 24 hours, the 7th would not", () => {
    let now = first;
    const times: Date[] = [];
    for (let attempts = 1; ; attempts++) {
      const next = nextAttemptAt(first, attempts, now);
      if (!next) break;
      times.push(next);
      now = next;
    }
    // 5 s, +5 min, +30 min, +2 h, +5 h, +10 h: 17 h 35 min 5 s; another 10 h would pass 24 h.
    expect(times.map((t) => t.getTime() - first.getTime())).toEqual([
      5 * S, 5 * S + 5 * MIN, 5 * S + 35 * MIN, 5 * S + 2 * H + 35 * MIN, 5 * S + 7 * H + 35 * MIN, 5 * S + 17 * H + 35 * MIN,
    ]);
  });

  it("allows an attempt exactly 24 hours after the first, not one later", () => {
    expect(nextAttemptAt(first, 6, after(14 * H))).toEqual(after(24 * H));
    expect(nextAttemptAt(first, 6, after(14 * H + 1))).toBeNull();
  });

  it("scales delays and window together", () => {
    expect(nextAttemptAt(first, 1, first, 0.01)).toEqual(after(50));
    expect(nextAttemptAt(first, 6, after(0.14 * H), 0.01)).toEqual(after(0.24 * H));
    expect(nextAttemptAt(first, 6, after(0.15 * H), 0.01)).toBeNull();
  });
});
