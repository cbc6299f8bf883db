import type { TWebhookEventType } from "@/lib/schemas/notification-values";
import type { Notice } from "./types";

/** A notice as a webhook event: its type and the data receivers parse (documented in README). */
export function noticeEvent(notice: Notice, baseUrl: string): { type: TWebhookEventType; data: Record<string, unknown> } {
  const { alert } = notice;
  const position = alert.positions[0];
  return {
    type: `alert.${notice.kind}`,
    data: {
      reason: notice.reason,
      stage: notice.stage,
      daysLeft: notice.daysLeft,
      portfolio: notice.portfolio,
      alert: {
        key: alert.key, code: alert.code, severity: alert.severity, title: alert.title, detail: alert.detail,
        until: alert.until, amountUsd: alert.amountUsd, positions: alert.positions, covers: alert.covers,
      },
      url: alert.positions.length === 1 && position ? `${baseUrl}/positions/${position.id}` : `${baseUrl}/portfolios/${notice.portfolio.id}`,
    },
  };
}
