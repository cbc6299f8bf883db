import type { PrismaClient } from "@/server/db/generated/client";
import { notFound } from "@/server/api/errors";
import { coversCsv, portfolioJson, positionsCsv } from "@/server/domain/import";
import { ExportRepository } from "@/server/repositories/export-repository";
import { todayUtc } from "@/server/repositories/mappers";
import type { TExportInput, TExportOutput } from "@/lib/schemas/import-export";
import { chainName } from "@/lib/chains";
import { requirePortfolioMember } from "./portfolio-service";
import { venueCatalog } from "@/server/repositories/venue-repository";

const CSV = "text/csv; charset=utf-8";

/** "DAO Treasury #2" → "dao-treasury-2", for file names. */
function fileSlug(name: string): string {
  const slug = name.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return slug || "portfolio";
}

/** The portfolio as CSV (positions, or covers with their links) or as one JSON document. */
export async function exportPortfolio(
  db: PrismaClient, userId: string, input: TExportInput, now: Date = new Date(),
): Promise<TExportOutput> {
  await requirePortfolioMember(db, userId, input.portfolioId);
  const repo = new ExportRepository(db);
  const portfolio = await repo.portfolio(input.portfolioId);
  if (!portfolio) throw notFound("Portfolio");
  const positions = await repo.positions(input.portfolioId);
  const base = `${fileSlug(portfolio.name)}-${todayUtc(now)}`;
  const records = positions.map((p) => p.record);
  if (input.format === "csv" && (input.kind ?? "positions") === "positions") {
    const venueNames = new Map((await venueCatalog(db)).map((v) => [v.slug, v.name]));
    const names = { venue: (slug: string) => venueNames.get(slug) ?? null, chain: chainName };
    return { filename: `${base}-positions.csv`, contentType: CSV, content: positionsCsv(records, names) };
  }
  const labels = new Map(positions.map((p, order) => [p.id, { label: p.record.label, order }]));
  const covers = await repo.covers(input.portfolioId, labels);
  if (input.format === "csv") return { filename: `${base}-covers.csv`, contentType: CSV, content: coversCsv(covers) };
  return {
    filename: `${base}.json`,
    contentType: "application/json",
    content: portfolioJson({ exportedAt: now.toISOString(), portfolio, positions: records, covers }),
  };
}
