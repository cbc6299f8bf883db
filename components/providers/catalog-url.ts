// The catalog's filters, sort and compare selection, kept in the address so a view can be shared
// and survives a visit to a provider page and back.
import { CLAIMS_MODELS, COVERAGE_TYPES } from "@/lib/schemas/values";
import type { TProviderFilters } from "@/lib/schemas/provider";

export const MAX_SELECTED = 4;
export const CATALOG_SORTS = ["score", "name"] as const;
export const STATUS_FILTERS = ["active", "wound_down"] as const;

export type CatalogState = {
  coverageType: (typeof COVERAGE_TYPES)[number] | "";
  chain: string;
  claimsModel: (typeof CLAIMS_MODELS)[number] | "";
  kyc: "" | "yes" | "no";
  regulated: "" | "yes" | "no";
  status: (typeof STATUS_FILTERS)[number] | "";
  region: string;
  sort: (typeof CATALOG_SORTS)[number];
  /** Providers picked for comparison, in the order picked. */
  selected: string[];
};

export const DEFAULT_CATALOG: CatalogState = {
  coverageType: "", chain: "", claimsModel: "", kyc: "", regulated: "", status: "", region: "", sort: "score", selected: [],
};

type Params = { get(name: string): string | null };

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | "" =>
  options.find((o) => o === value) ?? "";
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Comma-separated slugs → at most MAX_SELECTED distinct valid slugs (used by the compare page too). */
export function parseSlugList(raw: string | null): string[] {
  const slugs = (raw ?? "").split(",").map((s) => s.trim().toLowerCase()).filter((s) => SLUG.test(s));
  return [...new Set(slugs)].slice(0, MAX_SELECTED);
}

export function parseCatalogState(params: Params): CatalogState {
  const region = (params.get("region") ?? "").trim().toUpperCase();
  return {
    coverageType: oneOf(COVERAGE_TYPES, params.get("type")),
    chain: SLUG.test(params.get("chain") ?? "") ? (params.get("chain") ?? "") : "",
    claimsModel: oneOf(CLAIMS_MODELS, params.get("claims")),
    kyc: oneOf(["yes", "no"] as const, params.get("kyc")),
    regulated: oneOf(["yes", "no"] as const, params.get("regulated")),
    status: oneOf(STATUS_FILTERS, params.get("status")),
    region: /^[A-Z]{2}$/.test(region) ? region : "",
    sort: oneOf(CATALOG_SORTS, params.get("sort")) || "score",
    selected: parseSlugList(params.get("p")),
  };
}

/** Only what differs from the default, so a plain visit keeps a plain address. */
export function serializeCatalogState(s: CatalogState): string {
  const out = new URLSearchParams();
  const put = (key: string, value: string) => value && out.set(key, value);
  put("type", s.coverageType);
  put("chain", s.chain);
  put("claims", s.claimsModel);
  put("kyc", s.kyc);
  put("regulated", s.regulated);
  put("status", s.status);
  put("region", s.region);
  if (s.sort !== DEFAULT_CATALOG.sort) out.set("sort", s.sort);
  put("p", s.selected.join(","));
  return out.toString().replaceAll("%2C", ",");
}

const yesNo = (v: "" | "yes" | "no") => (v === "" ? undefined : v === "yes");

/** The API's filters for this state (sort and selection are the page's own). */
export function filtersOf(s: CatalogState): TProviderFilters {
  return {
    ...(s.coverageType && { coverageType: s.coverageType }),
    ...(s.chain && { chain: s.chain }),
    ...(s.claimsModel && { claimsModel: s.claimsModel }),
    ...(yesNo(s.kyc) !== undefined && { kycRequired: yesNo(s.kyc) }),
    ...(yesNo(s.regulated) !== undefined && { regulated: yesNo(s.regulated) }),
    ...(s.status && { status: s.status }),
    ...(s.region && { region: s.region }),
  };
}

export function hasFilters(s: CatalogState): boolean {
  return Object.keys(filtersOf(s)).length > 0;
}

/** Adds or removes one provider; a fifth pick is refused (the selection is returned unchanged). */
export function toggleSelected(selected: readonly string[], slug: string): string[] {
  if (selected.includes(slug)) return selected.filter((s) => s !== slug);
  return selected.length >= MAX_SELECTED ? [...selected] : [...selected, slug];
}

export function compareHref(selected: readonly string[]): string {
  return `/providers/compare?p=${selected.join(",")}`;
}
