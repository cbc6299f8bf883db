import { readCover } from "./cover-record";
import { readTable } from "./read-table";
import { resolveCovers } from "./resolve-covers";
import type { Catalog, ParsedRecords, ResolvedCover } from "./types";

/** Covers CSV → covers with their catalog product resolved; linked labels must be in `positionLabels`. */
export function parseCoversCsv(text: string, catalog: Catalog, positionLabels: ReadonlySet<string>): ParsedRecords<ResolvedCover> {
  const { columns, preview, rowCount, rows, errors } = readTable("covers", text, readCover);
  return resolveCovers({ columns, preview, rowCount, rows, errors }, catalog, positionLabels);
}
