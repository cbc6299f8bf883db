const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 2 });
const usdCompact = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

/** Money arrives as a decimal string; Intl formats it without float arithmetic on our side. */
export function formatUsd(value: string | null | undefined): string {
  if (value == null) return "unknown";
  return usd.format(value as unknown as number);
}

export function formatUsdCompact(value: string | null | undefined): string {
  if (value == null) return "unknown";
  return usdCompact.format(value as unknown as number);
}

export function formatRatio(ratio: number): string {
  return pct.format(ratio);
}
