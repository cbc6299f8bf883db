/**
 * The form a venue's slug, alias or name is compared in: Unicode-normalised (full-width and
 * compatibility characters folded), lower-cased, apostrophes dropped, runs of spaces, underscores
 * and dashes made one dash — DefiLlama's own slug rule, so "Aave V3", " aave  v3 " and "aave-v3"
 * meet.
 */
export function venueKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, "")
    .replace(/[\s_\-\u00a0\u2010-\u2015]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A name without its parenthetical remark: "Curve (family)" → "Curve". */
export const withoutRemark = (name: string) => name.replace(/\s*\([^)]*\)\s*/g, " ").trim();
