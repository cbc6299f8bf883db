// The wire's enumerations and limits without zod: client code that only needs a list of values or a
// bound imports them from here, so the catalog and positions pages do not ship the validator.

export const COVERAGE_TYPES = [
  "protocol_exploit", "depeg", "custody_theft", "exchange_halt", "slashing",
  "bridge", "oracle", "parametric_other", "fund_portfolio", "audit_bundled",
] as const;
export const VENUE_KINDS = ["defi", "cex", "custodian", "wallet"] as const;
export const ASSET_KINDS = ["stablecoin", "lst", "native", "other"] as const;
export const CLAIMS_MODELS = ["discretionary_vote", "parametric", "automated_rules", "insurer_adjusted", "custodian_policy"] as const;
export const DEDUCTIBLE_KINDS = ["pct_of_loss", "pct_of_cover", "fixed_usd"] as const;
export const RISK_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export const COVER_STATUSES = ["held", "draft"] as const;

export const MAX_USD = 1e13;

export const WEIGHT_KEYS = ["liquidity", "security", "coverage", "costs", "ux", "support"] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];

export const LISTING_SLUG_PREFIX = "listing-";
export const PROVIDER_PRODUCTS_PAGE_DEFAULT = 20;
export const PROVIDER_PRODUCTS_PAGE_MAX = 50;
export const PROVIDER_PRODUCTS_QUERY_MAX = 100;
