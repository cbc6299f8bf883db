import { isAcknowledged, type Alert } from "@/server/domain/alerts";
import { noticeLevel } from "./notice-level";
import type { Notice, NoticeReason, NoticeRecord } from "./types";

export type NoticeDiff = {
  /** What to tell the user now. */
  notices: Notice[];
  /** The records to store (insert or replace) for those notices. */
  record: NoticeRecord[];
  /** Keys of stored records whose alert no longer qualifies: forgotten, so a gap that reopens is new again. */
  forget: string[];
};

export type DiffInput = {
  /** The user's alerts across portfolios, with their acknowledgements marked. */
  alerts: readonly { alert: Alert; portfolio: { id: string; name: string } }[];
  /** What was last notified, by alert key. */
  sent: readonly NoticeRecord[];
  today: string;
  gapThresholdUsd: string;
};

function reasonFor(last: NoticeRecord | undefined, until: string | null, stage: number): NoticeReason | null {
  if (!last) return "new";
  if (last.until !== until) return "date_changed";
  // Stages count down (30 → 7 → 1): a smaller one is closer to the deadline.
  if (stage > 0 && (last.stage === 0 || stage < last.stage)) return "escalated";
  return null;
}

/**
 * The sweep's decision (DESIGN §12): notify alerts that are new to the user, whose date moved,
 * or that crossed a closer threshold; never the same notice twice. Acknowledged alerts are not
 * sent, and their records are kept, so an escalation while acknowledged is sent once it lapses.
 */
export function diffNotices({ alerts, sent, today, gapThresholdUsd }: DiffInput): NoticeDiff {
  const last = new Map(sent.map((r) => [r.alertKey, r]));
  const qualifying = new Set<string>();
  const notices: Notice[] = [];
  const record: NoticeRecord[] = [];
  for (const { alert, portfolio } of alerts) {
    const level = noticeLevel(alert, today, gapThresholdUsd);
    if (!level) continue;
    qualifying.add(alert.key);
    if (isAcknowledged(alert, today)) continue;
    const until = level.daysLeft === null ? null : alert.until;
    const reason = reasonFor(last.get(alert.key), until, level.stage);
    if (!reason) continue;
    notices.push({ ...level, reason, portfolio, alert });
    record.push({ alertKey: alert.key, until, stage: level.stage });
  }
  const forget = sent.filter((r) => !qualifying.has(r.alertKey)).map((r) => r.alertKey);
  return { notices, record, forget };
}
