import type { z } from "zod";
import type { ZDeductible } from "@/lib/schemas/cover";
import type { TPositionFields } from "@/lib/schemas/position";
import type { COVER_STATUSES, COVERAGE_TYPES } from "@/lib/schemas/primitives";

export type ImportKind = "positions" | "covers";

/**
 * A problem the user can fix. `row` is the line number a spreadsheet shows (header = 1; for a
 * JSON file, the 1-based index in its list); null for the file as a whole. `column` is the CSV
 * column (or JSON field) at fault, null when the whole row or file is.
 */
export type RowError = {
  row: number | null;
  column: string | null;
  message: string;
  section?: ImportKind;
};

/** A position as the CSV and JSON formats carry it: the form's fields, normalised. */
export type PositionRecord = Required<Omit<TPositionFields, "quantity" | "riskGrade" | "risks">> & {
  quantity: string | null;
  riskGrade: NonNullable<TPositionFields["riskGrade"]> | null;
  risks: (typeof COVERAGE_TYPES)[number][];
};

/** A cover as the CSV and JSON formats carry it: catalog products by slugs, positions by label. */
export type CoverRecord = {
  providerSlug: string | null;
  productSlug: string | null;
  productName: string | null;
  coverageType: (typeof COVERAGE_TYPES)[number];
  amountUsd: string;
  premiumUsd: string | null;
  deductible: z.infer<typeof ZDeductible> | null;
  startsAt: string;
  expiresAt: string;
  claimWindowDays: number | null;
  venues: string[];
  chains: string[];
  status: (typeof COVER_STATUSES)[number];
  positions: string[];
};

export type ParsedRow<T> = { row: number; record: T };

/** The outcome of reading one list of records: valid records and the errors of the others. */
export type ParsedRecords<T> = {
  /** Column names as found in the header (normalised), in file order. */
  columns: string[];
  /** The first rows as they are in the file, for the preview. */
  preview: { row: number; cells: string[] }[];
  /** Non-blank data rows (valid or not). */
  rowCount: number;
  rows: ParsedRow<T>[];
  errors: RowError[];
  /** About rows that are imported all the same (an unlisted venue). */
  warnings?: RowError[];
};

/** A catalog product as the importer needs it, keyed by `providerSlug/productSlug`. */
export type CatalogProduct = { id: string; name: string; coverageType: CoverRecord["coverageType"] };
export type Catalog = ReadonlyMap<string, CatalogProduct>;

export const catalogKey = (providerSlug: string, productSlug: string) => `${providerSlug}/${productSlug}`;

/** A cover ready to store: its catalog product resolved; positions still by label. */
export type ResolvedCover = CoverRecord & { productId: string | null };
