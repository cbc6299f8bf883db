import type { ImportKind } from "./types";

export type ColumnSpec = {
  /** The CSV header, snake_case. */
  name: string;
  /** The record field (and JSON key) it carries. */
  field: string;
  required: boolean;
  /** What the README and the template say about it. */
  help: string;
};

const col = (name: string, field: string, required: boolean, help: string): ColumnSpec => ({ name, field, required, help });

/** Order = export order. The README's table is written from these. */
export const POSITION_COLUMNS: readonly ColumnSpec[] = [
  col("label", "label", true, "unique name of the position in the portfolio"),
  col("asset", "asset", true, "asset symbol, e.g. USDC, stETH"),
  col("asset_kind", "assetKind", true, "stablecoin | lst | native | other"),
  col("chain", "chain", true, "chain slug, e.g. ethereum, arbitrum"),
  col("venue_kind", "venueKind", true, "defi | cex | custodian | wallet"),
  col("venue", "venue", true, "venue slug, e.g. aave-v3, coinbase, ledger"),
  col("value_usd", "valueUsd", true, "value in USD, e.g. 1250000.50"),
  col("quantity", "quantity", false, "amount of the asset held"),
  col("risk_grade", "riskGrade", false, "A to F, for the budget optimizer"),
  col("risks", "risks", false, "coverage types that override the derived risks, separated by | or ;"),
];

export const COVER_COLUMNS: readonly ColumnSpec[] = [
  col("provider_slug", "providerSlug", false, "provider slug, e.g. nexus-mutual (required with product_slug)"),
  col("product_slug", "productSlug", false, "catalog product slug; leave empty for a cover bought elsewhere"),
  col("product_name", "productName", false, "name of a cover bought elsewhere (required without product_slug)"),
  col("coverage_type", "coverageType", true, "protocol_exploit | depeg | custody_theft | exchange_halt | slashing | bridge | oracle | parametric_other | fund_portfolio | audit_bundled"),
  col("amount_usd", "amountUsd", true, "cover amount in USD"),
  col("premium_usd", "premiumUsd", false, "premium paid in USD"),
  col("deductible_kind", "deductible.kind", false, "pct_of_loss | pct_of_cover | fixed_usd"),
  col("deductible_value", "deductible.value", false, "percent (0–100) or USD, with deductible_kind"),
  col("starts_at", "startsAt", true, "YYYY-MM-DD"),
  col("expires_at", "expiresAt", true, "YYYY-MM-DD, after starts_at"),
  col("claim_window_days", "claimWindowDays", false, "days after expiry to file a claim"),
  col("venues", "venues", false, "venue slugs the cover is limited to, separated by | or ;"),
  col("chains", "chains", false, "chain slugs the cover is limited to, separated by | or ;"),
  col("status", "status", false, "held (default) | draft"),
  col("positions", "positions", false, "labels of the positions it protects, separated by | or ; (use | when a label contains ;)"),
];

/**
 * Columns the positions export adds for people — the venue's and chain's names beside their
 * slugs — and the importer reads past: the slugs are what round-trips.
 */
export const POSITION_NAME_COLUMNS = { venue: "venue_name", chain: "chain_name" } as const;
export const IGNORED_ON_IMPORT: Readonly<Record<ImportKind, readonly string[]>> = {
  positions: Object.values(POSITION_NAME_COLUMNS),
  covers: [],
};

export function columnsOf(kind: ImportKind): readonly ColumnSpec[] {
  return kind === "positions" ? POSITION_COLUMNS : COVER_COLUMNS;
}

/** "Value USD", "value-usd" and "valueUsd" all mean value_usd. */
export function normalizeHeader(raw: string): string {
  return raw
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** The column a zod issue path points at (e.g. ["deductible", "value"] → deductible_value). */
export function columnOfPath(kind: ImportKind, path: readonly PropertyKey[]): string | null {
  const specs = columnsOf(kind);
  const dotted = path.map(String).join(".");
  for (let depth = path.length; depth > 0; depth--) {
    const prefix = path.slice(0, depth).map(String).join(".");
    const spec = specs.find((s) => s.field === prefix);
    if (spec) return spec.name;
  }
  // A refinement on a whole object (the deductible) lands on its value column.
  return specs.find((s) => s.field.startsWith(`${dotted}.`) && s.field.endsWith(".value"))?.name ?? null;
}
