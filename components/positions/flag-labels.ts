import type { TFlagCode } from "@/lib/schemas/summary";

export const FLAG_CODES = [
  "uninsured", "under_insured", "over_insured", "expiring_soon", "expired", "not_started",
  "claim_window_open", "scope_mismatch", "no_cover_market",
] as const satisfies readonly TFlagCode[];

export const FLAG_LABELS: Record<TFlagCode, string> = {
  uninsured: "Uninsured",
  under_insured: "Under-insured",
  over_insured: "Over-insured",
  expiring_soon: "Expiring soon",
  expired: "Cover expired",
  not_started: "Cover not started",
  claim_window_open: "Claim window open",
  scope_mismatch: "Cover does not apply",
  no_cover_market: "No cover market",
};

/** "warn" for what costs money if ignored, "info" for the rest. */
export const FLAG_TONE: Record<TFlagCode, "warn" | "info"> = {
  uninsured: "warn",
  under_insured: "warn",
  over_insured: "info",
  expiring_soon: "warn",
  expired: "warn",
  not_started: "info",
  claim_window_open: "warn",
  scope_mismatch: "warn",
  no_cover_market: "info",
};
