// The typed facts shown side by side (compare) and as key facts (provider page): one row per
// fact, its value as text ("unknown" when null), the sources behind it, and whether it differs.
import type { TColumnSources, TProviderColumn, TProviderSummary, TSourceRef } from "@/lib/schemas/provider";
import { chainLabel, CLAIMS_MODEL_LABELS, COVERAGE_LABELS, STATUS_LABELS } from "./labels";

export const UNKNOWN = "unknown";

export type FactRowDef = {
  key: string;
  label: string;
  /** The columns the value is read from (their sources are shown with it). */
  columns: TProviderColumn[];
  /** null = unknown. */
  value: (p: TProviderSummary) => string | null;
};

const usdCompact = new Intl.NumberFormat("en-US", {
  style: "currency", currency: "USD", notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1,
});
/** Money arrives as a decimal string; Intl reads it without float arithmetic on our side. */
export const formatUsdShort = (v: string) => usdCompact.format(v as `${number}`);

const yesNo = (v: boolean | null) => (v === null ? null : v ? "Yes" : "No");
const list = (v: readonly string[], label: (s: string) => string = (s) => s) => (v.length === 0 ? null : v.map(label).join(", "));

function premium(p: TProviderSummary): string | null {
  const { premiumLowPct: low, premiumHighPct: high } = p;
  if (low === null && high === null) return null;
  if (low !== null && high !== null && low !== high) return `${low}–${high} % a year`;
  return `${low ?? high} % a year`;
}

export const FACT_ROWS: FactRowDef[] = [
  { key: "kind", label: "Kind", columns: ["kind"], value: (p) => p.kind },
  { key: "status", label: "Status", columns: ["status"], value: (p) => (p.status === "unknown" ? null : STATUS_LABELS[p.status]) },
  { key: "claimsModel", label: "Claims model", columns: ["claimsModel"], value: (p) => (p.claimsModel ? CLAIMS_MODEL_LABELS[p.claimsModel] : null) },
  { key: "coverageTypes", label: "Coverage types", columns: ["coverageTypes"], value: (p) => list(p.coverageTypes, (t) => COVERAGE_LABELS[t as keyof typeof COVERAGE_LABELS] ?? t) },
  { key: "chains", label: "Chains", columns: ["chains"], value: (p) => list(p.chains, chainLabel) },
  { key: "capacityUsd", label: "Capacity", columns: ["capacityUsd"], value: (p) => (p.capacityUsd === null ? null : formatUsdShort(p.capacityUsd)) },
  { key: "premium", label: "Premium", columns: ["premiumLowPct", "premiumHighPct"], value: premium },
  { key: "claimsPaidUsd", label: "Claims paid (public record)", columns: ["claimsPaidUsd"], value: (p) => (p.claimsPaidUsd === null ? null : formatUsdShort(p.claimsPaidUsd)) },
  { key: "kycRequired", label: "KYC required", columns: ["kycRequired"], value: (p) => yesNo(p.kycRequired) },
  { key: "regulated", label: "Regulated", columns: ["regulated"], value: (p) => yesNo(p.regulated) },
  { key: "jurisdiction", label: "Jurisdiction", columns: ["jurisdiction"], value: (p) => p.jurisdiction },
  { key: "foundedYear", label: "Founded", columns: ["foundedYear"], value: (p) => (p.foundedYear === null ? null : String(p.foundedYear)) },
  { key: "auditCount", label: "Audits", columns: ["auditCount"], value: (p) => (p.auditCount === null ? null : String(p.auditCount)) },
  {
    key: "regionsExcluded", label: "Regions excluded", columns: ["regionsExcluded"],
    value: (p) => (p.regionsExcluded.length === 0 ? null : `${p.regionsExcluded.length} countries: ${p.regionsExcluded.join(", ")}`),
  },
];

/**
 * One entry per source and date: figures read from the same page (low and high premium, min and
 * max period) are listed once, with each reading kept.
 */
export function mergeRefs(refs: readonly TSourceRef[]): TSourceRef[] {
  const merged = new Map<string, TSourceRef>();
  for (const r of refs) {
    const key = `${r.source} ${r.asOf}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, { ...r });
    else if (r.derivation && !seen.derivation?.includes(r.derivation)) {
      seen.derivation = seen.derivation ? `${seen.derivation}; ${r.derivation}` : r.derivation;
    }
  }
  return [...merged.values()];
}

/** The sources behind a row. */
export function rowSources(row: FactRowDef, sources: TColumnSources): TSourceRef[] {
  return mergeRefs(row.columns.map((c) => sources[c]).filter((r): r is TSourceRef => r !== undefined));
}

/** A row is highlighted when its providers do not all show the same value (unknown counts as a value). */
export function rowDiffers(values: ReadonlyArray<string | null>): boolean {
  return new Set(values.map((v) => v ?? UNKNOWN)).size > 1;
}

/** Indexes of the best (highest) numbers of a row, when they are not all equal. */
export function bestIndexes(values: readonly number[]): number[] {
  if (values.length < 2 || new Set(values).size === 1) return [];
  const best = Math.max(...values);
  return values.flatMap((v, i) => (v === best ? [i] : []));
}
