import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { catalogKey, type Catalog, type PositionRecord, type ResolvedCover } from "@/server/domain/import";
import { chunked, transactionBudget } from "./transaction-budget";

export type NewPosition = PositionRecord & { id: string };
/** Its `positions` labels are ignored here: links come resolved to ids. */
export type NewCover = ResolvedCover & { id: string };
export type NewLink = { coverId: string; positionId: string };
export type ImportWrite = { positions: NewPosition[]; covers: NewCover[]; links: NewLink[] };

/**
 * Ids made here so covers can be linked in the same round trip. They share a random prefix and
 * end in the row's index, so they sort in file order: with one creation time for the whole
 * import, the portfolio lists rows (createdAt, id) in the order of the file.
 */
export function orderedIds(count: number): string[] {
  const prefix = `c${Date.now().toString(36)}${randomBytes(6).toString("hex")}`;
  return Array.from({ length: count }, (_, i) => prefix + i.toString(36).padStart(4, "0"));
}

/** Slugs and enum values never contain a comma: lists travel as one text per row. */
const joined = (items: readonly string[]) => items.join(",");
const col = <T, V>(rows: readonly T[], pick: (row: T) => V) => rows.map(pick);

export class ImportRepository {
  constructor(private readonly db: PrismaClient) {}

  /** Label → id of the portfolio's positions. */
  async positionIdsByLabel(portfolioId: string): Promise<Map<string, string>> {
    const rows = await this.db.position.findMany({ where: { portfolioId }, select: { id: true, label: true } });
    return new Map(rows.map((r) => [r.label, r.id]));
  }

  async catalog(): Promise<Catalog> {
    const rows = await this.db.coverProduct.findMany({
      select: { id: true, slug: true, name: true, coverageType: true, provider: { select: { slug: true } } },
    });
    return new Map(rows.map((r) => [catalogKey(r.provider.slug, r.slug), { id: r.id, name: r.name, coverageType: r.coverageType }]));
  }

  /**
   * One transaction: every row is written, or none; its time budget grows with the rows (300,000
   * links take 7–13 s on 2 cores). INSERT … SELECT FROM unnest(column arrays): 10,000 positions
   * take a third of the time of createMany's batches; links go in chunks so no one statement is
   * huge. Creation time is the transaction's, identical for every row.
   */
  /** Writes every row in one transaction; `alongside` runs first in it (the write's permission check and its audit entry). */
  async insert(portfolioId: string, write: ImportWrite, alongside: (tx: Prisma.TransactionClient) => Promise<void>): Promise<void> {
    const rows = write.positions.length + write.covers.length + write.links.length;
    await this.db.$transaction(async (tx) => {
      await alongside(tx);
      await insertPositions(tx, portfolioId, write.positions);
      await insertCovers(tx, portfolioId, write.covers);
      for (const links of chunked(write.links)) await insertLinks(tx, links);
    }, transactionBudget(rows));
  }
}

type Tx = Prisma.TransactionClient;

function insertPositions(tx: Tx, portfolioId: string, p: readonly NewPosition[]) {
  return tx.$executeRaw`
        INSERT INTO "Position" (id, "portfolioId", label, asset, "assetKind", chain, "venueKind", venue, "valueUsd",
                                quantity, "riskGrade", risks, "createdAt", "updatedAt")
        SELECT r.id, ${portfolioId}, r.label, r.asset, r.asset_kind::"AssetKind", r.chain, r.venue_kind::"VenueKind", r.venue,
               r.value_usd::numeric, r.quantity::numeric, r.risk_grade::"RiskGrade",
               string_to_array(r.risks, ',')::"CoverageType"[], now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
        FROM unnest(${col(p, (x) => x.id)}::text[], ${col(p, (x) => x.label)}::text[], ${col(p, (x) => x.asset)}::text[],
                    ${col(p, (x) => x.assetKind)}::text[], ${col(p, (x) => x.chain)}::text[], ${col(p, (x) => x.venueKind)}::text[],
                    ${col(p, (x) => x.venue)}::text[], ${col(p, (x) => x.valueUsd)}::text[], ${col(p, (x) => x.quantity)}::text[],
                    ${col(p, (x) => x.riskGrade)}::text[], ${col(p, (x) => joined(x.risks))}::text[])
          AS r(id, label, asset, asset_kind, chain, venue_kind, venue, value_usd, quantity, risk_grade, risks)`;
}

function insertCovers(tx: Tx, portfolioId: string, c: readonly NewCover[]) {
  return tx.$executeRaw`
        INSERT INTO "Cover" (id, "portfolioId", "productId", "providerSlug", "productName", "coverageType", "amountUsd",
                             "premiumUsd", "deductibleKind", "deductibleValue", venues, chains, "claimWindowDays",
                             "startsAt", "expiresAt", status, "createdAt", "updatedAt")
        SELECT r.id, ${portfolioId}, r.product_id, r.provider_slug, r.product_name, r.coverage_type::"CoverageType",
               r.amount_usd::numeric, r.premium_usd::numeric, r.deductible_kind::"DeductibleKind", r.deductible_value::numeric,
               string_to_array(r.venues, ','), string_to_array(r.chains, ','), r.claim_window_days, r.starts_at::date,
               r.expires_at::date, r.status::"CoverStatus", now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
        FROM unnest(${col(c, (x) => x.id)}::text[], ${col(c, (x) => x.productId)}::text[], ${col(c, (x) => x.providerSlug)}::text[],
                    ${col(c, (x) => x.productName)}::text[], ${col(c, (x) => x.coverageType)}::text[], ${col(c, (x) => x.amountUsd)}::text[],
                    ${col(c, (x) => x.premiumUsd)}::text[], ${col(c, (x) => x.deductible?.kind ?? null)}::text[],
                    ${col(c, (x) => x.deductible?.value ?? null)}::text[], ${col(c, (x) => joined(x.venues))}::text[],
                    ${col(c, (x) => joined(x.chains))}::text[], ${col(c, (x) => x.claimWindowDays)}::int[],
                    ${col(c, (x) => x.startsAt)}::text[], ${col(c, (x) => x.expiresAt)}::text[], ${col(c, (x) => x.status)}::text[])
          AS r(id, product_id, provider_slug, product_name, coverage_type, amount_usd, premium_usd, deductible_kind,
               deductible_value, venues, chains, claim_window_days, starts_at, expires_at, status)`;
}

function insertLinks(tx: Tx, links: readonly NewLink[]) {
  return tx.$executeRaw`
        INSERT INTO "CoverPosition" ("coverId", "positionId")
        SELECT * FROM unnest(${col(links, (l) => l.coverId)}::text[], ${col(links, (l) => l.positionId)}::text[])`;
}
