import { columnsOf } from "./columns";
import { readCover } from "./cover-record";
import { PORTFOLIO_JSON_FORMAT } from "./format";
import { duplicateLabels, sortErrors } from "./labels";
import { MAX_IMPORT_ROWS, PREVIEW_ROWS } from "./limits";
import { readPosition, type RecordResult } from "./position-record";
import { resolveCovers } from "./resolve-covers";
import { jsonSource, type Source } from "./source";
import type { VenueResolver } from "@/server/domain/venues";
import type { Catalog, CoverRecord, ImportKind, ParsedRecords, PositionRecord, ResolvedCover, RowError } from "./types";

export type ParsedPortfolio = {
  positions: ParsedRecords<PositionRecord>;
  covers: ParsedRecords<ResolvedCover>;
  /** Errors about the file as a whole. */
  errors: RowError[];
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

type Section<T> = { parsed: ParsedRecords<T>; sources: { row: number; src: Source }[] };

/** Reads one list of the export; errors name JSON fields (valueUsd), not CSV columns. */
function readSection<T>(kind: ImportKind, items: unknown[], read: (src: Source) => RecordResult<T>): Section<T> {
  const specs = columnsOf(kind);
  const fieldOf = new Map(specs.map((c) => [c.name, c.field]));
  const allowed = new Set(specs.map((c) => c.field.split(".")[0]));
  const parsed: ParsedRecords<T> = { columns: specs.map((c) => c.field), preview: [], rowCount: items.length, rows: [], errors: [] };
  const sources: Section<T>["sources"] = [];
  items.forEach((item, i) => {
    const row = i + 1;
    if (!isObject(item)) {
      parsed.errors.push({ row, column: null, message: "Expected an object", section: kind });
      return;
    }
    for (const key of Object.keys(item)) {
      if (!allowed.has(key)) parsed.errors.push({ row, column: key, message: `Unknown field "${key}"`, section: kind });
    }
    const src = jsonSource(kind, item);
    sources.push({ row, src });
    if (i < PREVIEW_ROWS) parsed.preview.push({ row, cells: specs.map((c) => src.list(c.name).join(" | ") || src.text(c.name)) });
    const result = read(src);
    if (!result.issues) {
      parsed.rows.push({ row, record: result.record });
      for (const { column, message } of result.warnings ?? []) {
        (parsed.warnings ??= []).push({ row, column: column && (fieldOf.get(column) ?? column), message, section: kind });
      }
    } else for (const { column, message } of result.issues) {
      parsed.errors.push({ row, column: column && (fieldOf.get(column) ?? column), message, section: kind });
    }
  });
  return { parsed, sources };
}

function fileError(message: string): ParsedPortfolio {
  const empty = { columns: [], preview: [], rowCount: 0, rows: [], errors: [] };
  return { positions: empty, covers: empty, errors: [{ row: null, column: null, message }] };
}

function parseDocument(text: string): { doc: Record<string, unknown> } | { error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { error: `This is not valid JSON: ${e instanceof Error ? e.message : "unreadable"}` };
  }
  const ok = isObject(doc) && Array.isArray(doc.positions) && Array.isArray(doc.covers)
    && (doc.format === undefined || doc.format === PORTFOLIO_JSON_FORMAT);
  if (!ok || !isObject(doc)) return { error: 'This is not a CoverDesk portfolio export: expected an object with "positions" and "covers" lists' };
  return { doc };
}

/** The JSON export → positions and covers; covers may link positions of the file or of the portfolio. */
export function parsePortfolioJson(
  text: string, ctx: { existingLabels: ReadonlySet<string>; catalog: Catalog; venues?: VenueResolver }, maxRows = MAX_IMPORT_ROWS,
): ParsedPortfolio {
  const parsed = parseDocument(text);
  if ("error" in parsed) return fileError(parsed.error);
  const positionItems = parsed.doc.positions as unknown[];
  const coverItems = parsed.doc.covers as unknown[];
  if (positionItems.length > maxRows || coverItems.length > maxRows) {
    return fileError(`The file has more than ${maxRows.toLocaleString("en-US")} positions or covers: split it`);
  }
  const { parsed: positions, sources } = readSection("positions", positionItems, (src) => readPosition(src, ctx.venues));
  const labels = sources.map(({ row, src }) => ({ row, label: src.text("label").trim() }));
  const clashes = duplicateLabels(labels, ctx.existingLabels, "label", "positions");
  const clashing = new Set(clashes.map((e) => e.row));
  const known = new Set([...ctx.existingLabels, ...labels.map((l) => l.label)]);
  const covers = readSection<CoverRecord>("covers", coverItems, readCover).parsed;
  return {
    positions: {
      ...positions,
      rows: positions.rows.filter((r) => !clashing.has(r.row)),
      errors: sortErrors([...positions.errors, ...clashes]),
      warnings: positions.warnings?.filter((w) => !clashing.has(w.row ?? -1)),
    },
    covers: resolveCovers(covers, ctx.catalog, known, "covers"),
    errors: [],
  };
}
