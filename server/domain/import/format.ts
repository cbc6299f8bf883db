import { joinList } from "./cells";
import { columnsOf, COVER_COLUMNS, POSITION_COLUMNS, POSITION_NAME_COLUMNS } from "./columns";
import { writeCsv } from "./csv-text";
import type { CoverRecord, ImportKind, PositionRecord } from "./types";

/**
 * The export formats. CSV cells and JSON keys are written from the same column list the
 * importer reads, so importing an export gives back the same records.
 */

function at(record: object, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), record);
}

function toCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return joinList(value.map(String));
  return String(value);
}

export function recordCells(kind: ImportKind, record: PositionRecord | CoverRecord): string[] {
  return columnsOf(kind).map((c) => toCell(at(record, c.field)));
}

/** How the export names a venue or chain slug for people; null for an unlisted venue. */
export type SlugNames = { venue: (slug: string) => string | null; chain: (slug: string) => string };

/**
 * The positions CSV. With `names`, a venue_name and a chain_name column follow the venue and
 * chain slugs (an unlisted venue's name cell says so); the importer reads past them.
 */
export function positionsCsv(records: readonly PositionRecord[], names?: SlugNames): string {
  const header = POSITION_COLUMNS.map((c) => c.name);
  const rows = records.map((r) => recordCells("positions", r));
  if (!names) return writeCsv(header, rows);
  const withNames = (cells: string[], venue: string, chain: string) => {
    const out = [...cells];
    out.splice(header.indexOf("venue") + 1, 0, venue);
    out.splice(header.indexOf("chain") + 1, 0, chain);
    return out;
  };
  return writeCsv(
    withNames(header, POSITION_NAME_COLUMNS.venue, POSITION_NAME_COLUMNS.chain),
    records.map((r, i) => withNames(rows[i] ?? [], names.venue(r.venue) ?? `${r.venue} (unlisted)`, names.chain(r.chain))),
  );
}

export function coversCsv(records: readonly CoverRecord[]): string {
  return writeCsv(COVER_COLUMNS.map((c) => c.name), records.map((r) => recordCells("covers", r)));
}

export const PORTFOLIO_JSON_FORMAT = "coverdesk.portfolio";

export type PortfolioJson = {
  format: typeof PORTFOLIO_JSON_FORMAT;
  version: 1;
  exportedAt: string;
  portfolio: { name: string; description: string | null };
  positions: PositionRecord[];
  covers: CoverRecord[];
};

export function portfolioJson(doc: Omit<PortfolioJson, "format" | "version">): string {
  const full: PortfolioJson = { format: PORTFOLIO_JSON_FORMAT, version: 1, ...doc };
  return `${JSON.stringify(full, null, 2)}\n`;
}
