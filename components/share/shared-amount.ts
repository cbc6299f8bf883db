import { formatRatio, formatUsd } from "@/lib/format/money";
import type { SharedAmount } from "@/server/domain/share/hide-amounts";

/** A share of the total exposure: "12.5 %"; a non-zero share too small to show: "< 0.1 %". */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.0005) return "< 0.1 %";
  return `${(share * 100).toFixed(1)} %`;
}

/** Dollars for a link that shows amounts; a share of the total exposure for one that hides them. */
export function formatAmount(amount: SharedAmount): string {
  return amount.kind === "usd" ? formatUsd(amount.usd) : formatShare(amount.share);
}

export { formatRatio };
