import type { PrismaClient } from "@/server/db/generated/client";
import { AppError, vanished } from "@/server/api/errors";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import {
  parseCoversCsv, parsePortfolioJson, parsePositionsCsv,
  type ParsedRecords, type PositionRecord, type ResolvedCover, type RowError,
} from "@/server/domain/import";
import { ImportRepository, orderedIds, type ImportWrite } from "@/server/repositories/import-repository";
import { MAX_REPORTED_ERRORS, type TImportCsvInput, type TImportCsvOutput } from "@/lib/schemas/import-export";
import { requirePortfolioMember } from "./portfolio-service";
import { answeringRaces } from "./race-errors";
import { catalogVenueResolver } from "./venue-service";
import type { VenueResolver } from "@/server/domain/venues";
import { appendAudit } from "@/server/repositories/audit-repository";
import { requireEditablePortfolio } from "./position-service";

type Parsed = {
  columns: string[];
  preview: TImportCsvOutput["preview"];
  rowCount: number;
  positions: PositionRecord[];
  covers: ResolvedCover[];
  errors: RowError[];
  warnings: RowError[];
};

const none: ParsedRecords<never> = { columns: [], preview: [], rowCount: 0, rows: [], errors: [] };

async function parse(repo: ImportRepository, input: TImportCsvInput, existing: Map<string, string>, venues: VenueResolver): Promise<Parsed> {
  const labels = new Set(existing.keys());
  let positions: ParsedRecords<PositionRecord> = none;
  let covers: ParsedRecords<ResolvedCover> = none;
  let fileErrors: RowError[] = [];
  if (input.kind === "positions") positions = parsePositionsCsv(input.csv, labels, venues);
  else if (input.kind === "covers") covers = parseCoversCsv(input.csv, await repo.catalog(), labels);
  else ({ positions, covers, errors: fileErrors } = parsePortfolioJson(input.csv, { existingLabels: labels, catalog: await repo.catalog(), venues }));
  const shown = input.kind === "covers" ? covers : positions;
  return {
    columns: shown.columns,
    preview: shown.preview,
    rowCount: positions.rowCount + covers.rowCount,
    positions: positions.rows.map((r) => r.record),
    covers: covers.rows.map((r) => r.record),
    errors: [...fileErrors, ...positions.errors, ...covers.errors],
    warnings: [...(positions.warnings ?? []), ...(covers.warnings ?? [])],
  };
}

/** New rows with their ids, and each cover's links resolved from labels to position ids. */
function planWrite(parsed: Parsed, existing: Map<string, string>): ImportWrite {
  const positionIds = orderedIds(parsed.positions.length);
  const positions = parsed.positions.map((p, i) => ({ ...p, id: positionIds[i] as string }));
  const idOf = new Map(existing);
  for (const p of positions) idOf.set(p.label, p.id);
  const coverIds = orderedIds(parsed.covers.length);
  const covers = parsed.covers.map((c, i) => ({
    ...c,
    id: coverIds[i] as string,
    // The catalog's product name is shown for a catalog product; a copy would go stale.
    productName: c.productId ? null : c.productName,
  }));
  const links = parsed.covers.flatMap((c, i) => c.positions.map((label) => ({ coverId: coverIds[i] as string, positionId: idOf.get(label) as string })));
  return { positions, covers, links };
}

/**
 * Checks a file and, unless it is a dry run or has an error, writes every row in one
 * transaction. Row errors are returned (not thrown) so the page can list them all.
 */
export async function importPortfolioFile(db: PrismaClient, userId: string, input: TImportCsvInput): Promise<TImportCsvOutput> {
  await requirePortfolioMember(db, userId, input.portfolioId);
  const repo = new ImportRepository(db);
  const existing = await repo.positionIdsByLabel(input.portfolioId);
  const parsed = await parse(repo, input, existing, await catalogVenueResolver(db));
  const write = planWrite(parsed, existing);
  const ok = parsed.errors.length === 0;
  if (ok && !input.dryRun) {
    try {
      await answeringRaces(
        { subject: "Portfolio", links: { CoverPosition_positionId_fkey: () => vanished("A position the covers link to") } },
        () => repo.insert(input.portfolioId, write, async (tx) => {
          await requireEditablePortfolio(tx, userId, input.portfolioId);
          await appendAudit(tx, {
            portfolioId: input.portfolioId, userId, action: "import", entity: "portfolio", entityId: input.portfolioId,
            changes: { kind: [null, input.kind], positions: [null, write.positions.length], covers: [null, write.covers.length], links: [null, write.links.length] },
          });
        }),
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError("CONFLICT", "A position with one of these labels was added meanwhile: nothing was imported, please try again");
      throw e;
    }
  }
  return {
    kind: input.kind,
    dryRun: input.dryRun ?? false,
    columns: parsed.columns,
    preview: parsed.preview,
    rowCount: parsed.rowCount,
    counts: { positions: write.positions.length, covers: write.covers.length, links: write.links.length },
    written: ok && !input.dryRun,
    errors: parsed.errors.slice(0, MAX_REPORTED_ERRORS),
    errorCount: parsed.errors.length,
    warnings: parsed.warnings.slice(0, MAX_REPORTED_ERRORS),
    warningCount: parsed.warnings.length,
  };
}
