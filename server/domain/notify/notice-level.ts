import { daysBetween } from "@/lib/format/calendar";
import { CLAIM_WINDOW_STAGES, EXPIRY_STAGES, type TNoticeKind } from "@/lib/schemas/notification-values";
import type { Alert } from "@/server/domain/alerts";
import { Decimal } from "@/server/domain/money";

/** Where an alert stands for notification on a day: which kind of notice, at which stage. */
export type NoticeLevel = { kind: TNoticeKind; stage: number; daysLeft: number | null };

/** The closest threshold the days left have reached (30 → 7 → 1), or null while above all of them. */
function stageOf(daysLeft: number, stages: readonly number[]): number | null {
  let reached: number | null = null;
  for (const stage of stages) if (daysLeft <= stage) reached = stage;
  return reached;
}

/**
 * Whether an alert is worth a notice today (DESIGN §12), and at which stage: a cover expiring in
 * 30, 7 or 1 days; a claim window closing in 7 or 1 days; an incident on a position; an uninsured
 * gap (uninsured or under-insured) of at least `gapThresholdUsd`. Other alerts are dashboard-only.
 */
export function noticeLevel(alert: Alert, today: string, gapThresholdUsd: string): NoticeLevel | null {
  switch (alert.code) {
    case "expiring_soon":
    case "claim_window_open": {
      if (!alert.until) return null;
      const daysLeft = daysBetween(today, alert.until);
      if (daysLeft < 0) return null;
      const expiring = alert.code === "expiring_soon";
      const stage = stageOf(daysLeft, expiring ? EXPIRY_STAGES : CLAIM_WINDOW_STAGES);
      return stage === null ? null : { kind: expiring ? "cover_expiring" : "claim_window_closing", stage, daysLeft };
    }
    case "incident":
      return { kind: "incident", stage: 0, daysLeft: null };
    case "uninsured":
    case "under_insured":
      return new Decimal(alert.amountUsd).gte(gapThresholdUsd) ? { kind: "uninsured_gap", stage: 0, daysLeft: null } : null;
    default:
      return null;
  }
}
