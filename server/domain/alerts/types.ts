import type { TAlertCode } from "@/lib/schemas/alert";

export type AlertSeverity = "urgent" | "warning" | "notice";

/** One alert: what happened to which positions and covers, in words, with the day that makes it urgent. */
export type Alert = {
  /** Stable across days and recomputations: what acknowledgements and notices are keyed by. */
  key: string;
  code: TAlertCode;
  severity: AlertSeverity;
  portfolioId: string;
  /** Empty for portfolio-wide alerts (provider concentration). */
  positions: { id: string; label: string }[];
  covers: { id: string; name: string }[];
  title: string;
  detail: string;
  /** The date that makes it urgent (expiry, last day to claim), if any. */
  until: string | null;
  acknowledgedUntil: string | null;
  /** The money at stake: uninsured for gaps, cover beyond exposure for over-insurance, else "0.00". */
  amountUsd: string;
};

/** Most urgent first: an incident on a position (a claim to file) beats a deadline, a deadline beats a gap, a gap beats waste or a mismatch. */
export const ALERT_ORDER: readonly TAlertCode[] = [
  "incident", "expiring_soon", "expired", "claim_window_open", "uninsured", "under_insured", "over_insured", "scope_mismatch", "provider_concentration",
];

export const SEVERITY: Record<TAlertCode, AlertSeverity> = {
  incident: "urgent", expiring_soon: "urgent", expired: "urgent", claim_window_open: "urgent",
  uninsured: "warning", under_insured: "warning",
  over_insured: "notice", scope_mismatch: "notice", provider_concentration: "notice",
};

/** An incident of the catalog that hit some of the portfolio's positions (server/services/incident-alerts.ts finds them). */
export type IncidentHit = {
  id: string;
  date: string;
  /** The venue as the catalog names it, else as the source does. */
  venue: string;
  kindLabel: string;
  positions: { id: string; label: string; uninsuredUsd: string }[];
};
