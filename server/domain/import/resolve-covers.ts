import { sortErrors } from "./labels";
import { catalogKey, type Catalog, type CoverRecord, type ImportKind, type ParsedRecords, type ResolvedCover, type RowError } from "./types";

const words = (s: string) => s.replaceAll("_", " ");

function resolveOne(
  row: number, c: CoverRecord, catalog: Catalog, labels: ReadonlySet<string>, section?: ImportKind,
): { cover?: ResolvedCover; errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (column: string, message: string) => errors.push({ row, column, message, ...(section && { section }) });
  let productId: string | null = null;
  if (c.productSlug && c.providerSlug) {
    const product = catalog.get(catalogKey(c.providerSlug, c.productSlug));
    if (!product) err("product_slug", `No product "${c.productSlug}" of provider "${c.providerSlug}" in the catalog`);
    else if (product.coverageType !== c.coverageType) {
      err("coverage_type", `This product covers ${words(product.coverageType)}, not ${words(c.coverageType)}`);
    } else productId = product.id;
  }
  const unknown = c.positions.filter((label) => !labels.has(label));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map((l) => `"${l}"`).join(", ");
    const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : "";
    err("positions", `No position labelled ${shown}${more} in this portfolio`);
  }
  return errors.length > 0 ? { errors } : { cover: { ...c, productId }, errors };
}

/** Finds each cover's catalog product and checks that every linked label names a position. */
export function resolveCovers(
  parsed: ParsedRecords<CoverRecord>, catalog: Catalog, labels: ReadonlySet<string>, section?: ImportKind,
): ParsedRecords<ResolvedCover> {
  const rows: ParsedRecords<ResolvedCover>["rows"] = [];
  const errors = [...parsed.errors];
  for (const { row, record } of parsed.rows) {
    const result = resolveOne(row, record, catalog, labels, section);
    if (result.cover) rows.push({ row, record: result.cover });
    errors.push(...result.errors);
  }
  return { ...parsed, rows, errors: sortErrors(errors) };
}
