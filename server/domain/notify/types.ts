import type { TNoticeKind } from "@/lib/schemas/notification-values";
import type { Alert } from "@/server/domain/alerts";

/** Why an alert is notified now. */
export type NoticeReason = "new" | "escalated" | "date_changed";

/** One thing the sweep tells a user: an alert that is new to them, or crossed a closer threshold. */
export type Notice = {
  kind: TNoticeKind;
  reason: NoticeReason;
  /** The days-left threshold crossed (30, 7, 1), or 0 for an undated alert (incident, gap). */
  stage: number;
  /** Days from the sweep's day to the alert's date (expiry, last day to claim); null if undated. */
  daysLeft: number | null;
  portfolio: { id: string; name: string };
  alert: Alert;
};

/** What the sweep stored as last notified of an alert (AlertNotice row). */
export type NoticeRecord = { alertKey: string; until: string | null; stage: number };
