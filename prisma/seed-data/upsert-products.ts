// Bulk, idempotent upserts of catalog rows: one statement per table (per provider for products),
// rows passed as one jsonb parameter. A row whose values are unchanged is not written at all, so
// its updatedAt stays; a changed row gets every column from the data and updatedAt = now().
// Deletes nothing: rows dropped from the data stay (covers may point at them).
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/server/db/generated/client";
import type { ClaimsModel, CoverageType, DeductibleKind, PremiumKind, ProductStatus, ProviderStatus, VenueKind } from "@/server/db/generated/enums";

export type Tx = Prisma.TransactionClient;

/** A CoverProduct as seeded (decimals as strings). */
export type CoverProductRow = {
  slug: string;
  name: string;
  coverageType: CoverageType;
  status: ProductStatus;
  description: string | null;
  venues: string[];
  venueKinds: VenueKind[];
  chains: string[];
  premiumLowPct: string | null;
  premiumHighPct: string | null;
  premiumKind: PremiumKind | null;
  premiumAsOf: string | null;
  deductibleKind: DeductibleKind | null;
  deductibleValue: string | null;
  minPeriodDays: number | null;
  maxPeriodDays: number | null;
  claimWindowDays: number | null;
  capacityUsd: string | null;
  minAmountUsd: string | null;
  claimsModel: ClaimsModel | null;
  kycRequired: boolean | null;
  source: string | null;
  asOf: string | null;
  note: string | null;
};

/** A Provider as seeded (decimals as strings). */
export type ProviderRow = {
  slug: string;
  name: string;
  kind: string | null;
  status: ProviderStatus;
  statusDate: string | null;
  website: string | null;
  docsUrl: string | null;
  claimsModel: ClaimsModel | null;
  kycRequired: boolean | null;
  regionsExcluded: string[];
  regulated: boolean | null;
  jurisdiction: string | null;
  foundedYear: number | null;
  capacityUsd: string | null;
  claimsPaidUsd: string | null;
  premiumLowPct: string | null;
  premiumHighPct: string | null;
  auditCount: number | null;
  chains: string[];
  coverageTypes: CoverageType[];
  uxScore: string | null;
  uxRationale: string | null;
  supportScore: string | null;
  supportRationale: string | null;
  facts: Prisma.InputJsonValue;
};

const PRODUCT_COLUMNS = [
  "slug", "name", "coverageType", "status", "description", "venues", "venueKinds", "chains",
  "premiumLowPct", "premiumHighPct", "premiumKind", "premiumAsOf", "deductibleKind", "deductibleValue", "minPeriodDays", "maxPeriodDays",
  "claimWindowDays", "capacityUsd", "minAmountUsd", "claimsModel", "kycRequired", "source", "asOf", "note",
] as const satisfies readonly (keyof CoverProductRow)[];

const PROVIDER_COLUMNS = [
  "slug", "name", "kind", "status", "statusDate", "website", "docsUrl", "claimsModel", "kycRequired",
  "regionsExcluded", "regulated", "jurisdiction", "foundedYear", "capacityUsd", "claimsPaidUsd",
  "premiumLowPct", "premiumHighPct", "auditCount", "chains", "coverageTypes", "uxScore", "uxRationale",
  "supportScore", "supportRationale", "facts",
] as const satisfies readonly (keyof ProviderRow)[];

/** PostgreSQL type of each column, for jsonb_to_recordset (identifiers are ours, never input). */
const SQL_TYPE: Record<string, string> = {
  coverageType: '"CoverageType"', status: "", premiumKind: '"PremiumKind"', venueKinds: '"VenueKind"[]', deductibleKind: '"DeductibleKind"',
  claimsModel: '"ClaimsModel"', venues: "text[]", chains: "text[]", regionsExcluded: "text[]", coverageTypes: '"CoverageType"[]',
  premiumLowPct: "numeric", premiumHighPct: "numeric", deductibleValue: "numeric", capacityUsd: "numeric",
  minAmountUsd: "numeric", claimsPaidUsd: "numeric", uxScore: "numeric", supportScore: "numeric",
  minPeriodDays: "int", maxPeriodDays: "int", claimWindowDays: "int", foundedYear: "int", auditCount: "int",
  kycRequired: "boolean", regulated: "boolean", facts: "jsonb",
};
const typeOf = (table: "CoverProduct" | "Provider", column: string) =>
  column === "status" ? (table === "Provider" ? '"ProviderStatus"' : '"ProductStatus"') : SQL_TYPE[column] || "text";

const q = (c: string) => `"${c}"`;

/**
 * INSERT … SELECT FROM jsonb_to_recordset($1) ON CONFLICT (key) DO UPDATE, skipping rows whose
 * values are not distinct from the stored ones. `fixed` are extra columns with one value for all rows.
 */
function upsertSql(table: "CoverProduct" | "Provider", columns: readonly string[], conflict: string[], fixed: string[]): string {
  const recordset = ["id", ...columns].map((c) => `${q(c)} ${typeOf(table, c)}`).join(", ");
  const insertCols = ["id", ...fixed, ...columns, "createdAt", "updatedAt"].map(q).join(", ");
  const fixedParams = fixed.map((_, i) => `$${i + 2}`);
  const selectCols = ["r.id", ...fixedParams, ...columns.map((c) => `r.${q(c)}`), "now()", "now()"];
  const updated = columns.filter((c) => !conflict.includes(c));
  return `
    INSERT INTO ${q(table)} (${insertCols})
    SELECT ${selectCols.join(", ")}
    FROM jsonb_to_recordset($1::jsonb) AS r(${recordset})
    ON CONFLICT (${conflict.map(q).join(", ")}) DO UPDATE SET
      ${updated.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(",\n      ")},
      "updatedAt" = now()
    WHERE (${updated.map((c) => `${q(table)}.${q(c)}`).join(", ")}) IS DISTINCT FROM (${updated.map((c) => `EXCLUDED.${q(c)}`).join(", ")})`;
}

const PRODUCTS_SQL = upsertSql("CoverProduct", PRODUCT_COLUMNS, ["providerId", "slug"], ["providerId"]);
const PROVIDERS_SQL = upsertSql("Provider", PROVIDER_COLUMNS, ["slug"], []);

/** The rows as one jsonb array, each with a fresh id (used only when the row is inserted). */
function payload<R extends Record<string, unknown>>(rows: readonly R[], columns: readonly (keyof R & string)[]): string {
  return JSON.stringify(rows.map((r) => ({ id: randomUUID(), ...Object.fromEntries(columns.map((c) => [c, r[c] ?? null])) })));
}

/**
 * Upserts the products of one provider by (providerId, slug) in one statement. Returns the number
 * of rows inserted or changed (0 when the data matches the database).
 */
export async function upsertProducts(tx: Tx, providerId: string, rows: readonly CoverProductRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const slugs = rows.map((r) => r.slug);
  if (new Set(slugs).size !== slugs.length) throw new Error(`upsertProducts: duplicate product slugs for provider ${providerId}`);
  return tx.$executeRawUnsafe(PRODUCTS_SQL, payload(rows, PRODUCT_COLUMNS), providerId);
}

/** Upserts providers by slug in one statement; returns each slug's id and how many rows were written. */
export async function upsertProviders(tx: Tx, rows: readonly ProviderRow[]): Promise<{ ids: Map<string, string>; written: number }> {
  if (rows.length === 0) return { ids: new Map(), written: 0 };
  const written = await tx.$executeRawUnsafe(PROVIDERS_SQL, payload(rows, PROVIDER_COLUMNS));
  const found = await tx.provider.findMany({ where: { slug: { in: rows.map((r) => r.slug) } }, select: { id: true, slug: true } });
  return { ids: new Map(found.map((p) => [p.slug, p.id])), written };
}
