import { z } from "zod";
import { ZId } from "./primitives";

/** Data rows per file (positions or covers). A 2,000-position treasury fits ten times over. */
export const MAX_IMPORT_ROWS = 20_000;
/** Characters per file: ~5 MB of CSV, about 40,000 typical position rows. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;
/** Row errors sent back at most; `errorCount` has the total. */
export const MAX_REPORTED_ERRORS = 500;

export const IMPORT_KINDS = ["positions", "covers", "json"] as const;
export type TImportKind = (typeof IMPORT_KINDS)[number];

export const ZImportCsvInput = z.object({
  portfolioId: ZId,
  /** positions / covers: a CSV file; json: the portfolio's JSON export (positions, covers and links). */
  kind: z.enum(IMPORT_KINDS),
  /** The file's text. */
  csv: z.string().max(MAX_IMPORT_CHARS, "The file is larger than 5 MB: split it into several files"),
  /** Check and preview only; nothing is written. */
  dryRun: z.boolean().optional(),
});
export type TImportCsvInput = z.infer<typeof ZImportCsvInput>;

export const ZRowError = z.object({
  /** The spreadsheet row (header = 1) or, for JSON, the item's number in its list; null: the whole file. */
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
  section: z.enum(["positions", "covers"]).optional(),
});
export type TRowError = z.infer<typeof ZRowError>;

const ZCounts = z.object({ positions: z.number().int(), covers: z.number().int(), links: z.number().int() });

export const ZImportCsvOutput = z.object({
  kind: z.enum(IMPORT_KINDS),
  dryRun: z.boolean(),
  /** Header of the file (normalised), or the position columns for JSON. */
  columns: z.array(z.string()),
  preview: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
  /** Data rows read (for JSON: positions + covers). */
  rowCount: z.number().int(),
  /** What the import writes (or, after a dry run, would write) when there is no error. */
  counts: ZCounts,
  /** True when the rows were written; all or nothing. */
  written: z.boolean(),
  errors: z.array(ZRowError).max(MAX_REPORTED_ERRORS),
  errorCount: z.number().int(),
  /** About rows imported all the same (e.g. a venue not in the catalog, kept as typed). */
  warnings: z.array(ZRowError).max(MAX_REPORTED_ERRORS),
  warningCount: z.number().int(),
});
export type TImportCsvOutput = z.infer<typeof ZImportCsvOutput>;

export const ZExportInput = z.object({
  portfolioId: ZId,
  format: z.enum(["csv", "json"]),
  /** For CSV: which file (covers carry their links as position labels). Ignored for JSON. */
  kind: z.enum(["positions", "covers"]).optional(),
});
export type TExportInput = z.infer<typeof ZExportInput>;

export const ZExportOutput = z.object({ filename: z.string(), contentType: z.string(), content: z.string() });
export type TExportOutput = z.infer<typeof ZExportOutput>;
