import { z } from "zod";
import { ASSET_KINDS, CLAIMS_MODELS, COVERAGE_TYPES, COVER_STATUSES, DEDUCTIBLE_KINDS, MAX_USD, RISK_GRADES, VENUE_KINDS } from "./values";

export { ASSET_KINDS, CLAIMS_MODELS, COVERAGE_TYPES, COVER_STATUSES, DEDUCTIBLE_KINDS, MAX_USD, RISK_GRADES, VENUE_KINDS } from "./values";

export const ZCoverageType = z.enum(COVERAGE_TYPES);
export const ZVenueKind = z.enum(VENUE_KINDS);
export const ZAssetKind = z.enum(ASSET_KINDS);
export const ZClaimsModel = z.enum(CLAIMS_MODELS);
export const ZDeductibleKind = z.enum(DEDUCTIBLE_KINDS);
export const ZRiskGrade = z.enum(RISK_GRADES);
export const ZCoverStatus = z.enum(COVER_STATUSES);

const MONEY_PATTERN = /^\d{1,14}(\.\d{1,8})?$/;

/** Money on the wire: a plain decimal string, 0 ≤ x ≤ 1e13, at most 8 decimals. */
export const ZMoney = z
  .string()
  .trim()
  .max(32, "Too long for an amount")
  .regex(MONEY_PATTERN, "Enter an amount in USD, e.g. 1250.50 (no sign, at most 8 decimals)")
  .refine((s) => Number(s) <= MAX_USD, "Must be at most 10,000,000,000,000 USD");

export const ZName = z.string().trim().min(1, "Required").max(120, "At most 120 characters");
export const ZDescription = z.string().trim().max(2000, "At most 2,000 characters");
export const ZId = z.string().min(1, "Required").max(64, "Not a valid id").regex(/^[\w-]+$/, "Not a valid id");

/** A slug such as aave-v3, ethereum, ether.fi-stake (DefiLlama keeps dots and "+") or "*" for any. */
export const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Required")
  .max(64, "At most 64 characters")
  .regex(/^(\*|[a-z0-9][a-z0-9.+-]*)$/, "Use lowercase letters, digits, dots and dashes, e.g. aave-v3");

export const ZAssetSymbol = z
  .string()
  .trim()
  .min(1, "Required")
  .max(20, "At most 20 characters")
  .regex(/^[A-Za-z0-9.$-]+$/, "Letters, digits, dot or dash, e.g. USDC or stETH");

/** A calendar day YYYY-MM-DD that exists. */
export const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the format YYYY-MM-DD")
  .refine(isRealDay, "Not a real calendar date");

function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const ZPercent = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, "Enter a percentage between 0 and 100")
  .refine((s) => Number(s) <= 100, "Must be between 0 and 100");

/**
 * A yes/no that also reads "true"/"false", the only way a query string can say it (REST GET).
 * A pipe, so trpc-to-openapi's own coercion (Boolean("false") === true) never applies to it.
 */
export const ZBool = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean());

/** A whole number that also reads plain digits ("30") from a query string or a script; nothing looser ("", "1e3"). */
export function wholeNumber<T extends z.ZodNumber>(schema: T) {
  return z.preprocess((v) => (typeof v === "string" && /^-?\d{1,15}$/.test(v) ? Number(v) : v), schema);
}
