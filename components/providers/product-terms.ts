// A product's terms as rows: value ("unknown" when no fact states it) and the terms it reads.
import type { TProductTerm } from "@/lib/schemas/provider";
import type { TProviderProduct } from "@/lib/schemas/provider-score";
import { formatUsdShort } from "./fact-rows";
import { chainLabel } from "./labels";

export type ProductTermRow = { key: string; label: string; value: string | null; terms: TProductTerm[] };

const VENUE_KIND_LABELS: Record<TProviderProduct["venueKinds"][number], string> = {
  defi: "DeFi", cex: "exchange", custodian: "custodian", wallet: "wallet",
};

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

function premium(p: TProviderProduct): string | null {
  const { premiumLowPct: low, premiumHighPct: high } = p;
  if (low === null && high === null) return null;
  return low !== null && high !== null && low !== high ? `${low}–${high} % a year` : `${low ?? high} % a year`;
}

function deductible(p: TProviderProduct): string | null {
  const d = p.deductible;
  if (!d) return null;
  if (d.kind === "fixed_usd") return `${formatUsdShort(d.value)} per claim`;
  return `${d.value} % of the ${d.kind === "pct_of_loss" ? "loss" : "cover amount"}`;
}

function period(p: TProviderProduct): string | null {
  const { minPeriodDays: min, maxPeriodDays: max } = p;
  if (min === null && max === null) return null;
  if (min !== null && max !== null) return `${days(min)} to ${days(max)}`;
  return min !== null ? `at least ${days(min)}` : `at most ${days(max ?? 0)}`;
}

/** Where the product applies, as CoverDesk mapped it ("*" = any). Null when it has no crypto scope. */
export function productScope(p: Pick<TProviderProduct, "venueKinds" | "venues" | "chains">): string | null {
  if (p.venueKinds.length === 0 && p.chains.length === 0) return null;
  const kinds = p.venueKinds.map((k) => VENUE_KIND_LABELS[k]).join(" / ");
  const venues = p.venues.includes("*") ? `any ${kinds ? `${kinds} ` : ""}venue` : p.venues.join(", ");
  const chains = p.chains.includes("*") ? "any chain" : p.chains.map(chainLabel).join(", ");
  // A product naming its venues (a Nexus listing) shows them even when it states no venue kind.
  const showVenues = p.venueKinds.length > 0 || (p.venues.length > 0 && !p.venues.includes("*"));
  return [showVenues ? venues : null, chains || null].filter(Boolean).join(" · on ");
}

export function productTermRows(p: TProviderProduct): ProductTermRow[] {
  return [
    { key: "premium", label: "Premium", value: premium(p), terms: ["premiumLowPct", "premiumHighPct"] },
    { key: "deductible", label: "Deductible", value: deductible(p), terms: ["deductible"] },
    { key: "period", label: "Cover period", value: period(p), terms: ["minPeriodDays", "maxPeriodDays"] },
    { key: "claimWindow", label: "Claim window after expiry", value: p.claimWindowDays === null ? null : days(p.claimWindowDays), terms: ["claimWindowDays"] },
    { key: "capacity", label: "Capacity", value: p.capacityUsd === null ? null : formatUsdShort(p.capacityUsd), terms: ["capacityUsd"] },
    { key: "minAmount", label: "Minimum amount", value: p.minAmountUsd === null ? null : formatUsdShort(p.minAmountUsd), terms: ["minAmountUsd"] },
  ];
}
