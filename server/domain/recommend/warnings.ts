import { Decimal, toCents, ZERO } from "../money";
import { usdWhole } from "./format";
import { displayName, VENUE_KIND_LABEL } from "./names";
import type { RecommendProduct, RiskGap, SuggestionWarning, UserPrefs } from "./types";

/** What a warning rule may look at for one suggestion. */
export type WarningContext = {
  gap: RiskGap;
  product: RecommendProduct;
  prefs: UserPrefs;
  amountUsd: Decimal;
  gapUsd: Decimal;
  partial: boolean;
  raisedToMinimum: boolean;
  quoteOnly: boolean;
  requestedPeriodDays: number;
  periodDays: number;
  incidentKnown: boolean;
};

type WarningRule = (ctx: WarningContext) => SuggestionWarning | null;

const venueName = (gap: RiskGap): string => gap.venueName ?? displayName(gap.venue);

const kyc: WarningRule = ({ product }) => {
  if (product.kycRequired === true) {
    return { code: "kyc_required", checklistId: "eligibility",
      text: "KYC required: identity checks before cover is issued and again at claim time." };
  }
  if (product.kycRequired === null) {
    return { code: "kyc_unknown", checklistId: "eligibility",
      text: "KYC policy not published: ask before buying." };
  }
  return null;
};

const regionUnknown: WarningRule = ({ product, prefs }) =>
  prefs.region === null && product.regionsExcluded.length > 0
    ? { code: "region_unknown", checklistId: "eligibility",
        text: `Not offered in ${product.regionsExcluded.join(", ")}: set your region to check eligibility.` }
    : null;

const discretionary: WarningRule = ({ product }) =>
  product.claimsModel === "discretionary_vote"
    ? { code: "discretionary_claims", checklistId: "claims_process",
        text: "Claims are decided by a member vote: payment is discretionary, not a contractual right." }
    : null;

const vagueScope: WarningRule = ({ gap, product }) => {
  if (product.venues.length === 0 || product.chains.length === 0) {
    return { code: "vague_scope", checklistId: "vague_wording",
      text: "The product does not state which venues or chains it covers: read the wording before buying." };
  }
  if (product.venues.includes("*") && !product.venues.includes(gap.venue)) {
    const kinds = product.venueKinds.map((k) => VENUE_KIND_LABEL[k]).join("/") || "any";
    return { code: "vague_scope", checklistId: "vague_wording",
      text: `Scope is "any ${kinds} venue": check that the wording really lists ${venueName(gap)}.` };
  }
  return null;
};

const incident: WarningRule = ({ gap, incidentKnown }) =>
  incidentKnown
    ? { code: "incident_known", checklistId: "after_incident",
        text: `An incident at ${venueName(gap)} is already known: cover bought now will not pay for it.` }
    : null;

const custodial: WarningRule = ({ gap, product }) =>
  gap.venueKind === "cex" || gap.venueKind === "custodian" || product.claimsModel === "custodian_policy"
    ? { code: "custodial_not_fdic", checklistId: "custodial_equals_fdic",
        text: "Custodial insurance is not FDIC/SIPC protection: it is limited, shared by all clients, and pays the custodian." }
    : null;

const partialCover: WarningRule = ({ product, partial, gapUsd }) =>
  partial
    ? { code: "capacity_partial", checklistId: "capacity_record",
        text: `Capacity ${usdWhole(capacityOf(product))} is below your ${usdWhole(gapUsd)} gap: this product covers only part of it.` }
    : null;

const minimum: WarningRule = ({ raisedToMinimum, amountUsd, gapUsd }) =>
  raisedToMinimum
    ? { code: "minimum_above_gap", checklistId: "premium_deductible",
        text: `The minimum purchase (${usdWhole(amountUsd)}) is above your ${usdWhole(gapUsd)} gap: it insures more than your target.` }
    : null;

const quoteOnly: WarningRule = ({ quoteOnly: q }) =>
  q ? { code: "quote_only", checklistId: "premium_deductible",
        text: "No published premium: ask for a quote before comparing costs." }
    : null;

const period: WarningRule = ({ requestedPeriodDays, periodDays }) =>
  requestedPeriodDays !== periodDays
    ? { code: "period_adjusted", checklistId: "lapse_during_upgrade",
        text: `Sold for ${periodDays} days, not ${requestedPeriodDays}: priced for ${periodDays} days; renew before it lapses.` }
    : null;

const deductible: WarningRule = ({ product }) => {
  const d = product.deductible;
  if (!d) return null;
  const text =
    d.kind === "pct_of_loss" ? `${new Decimal(d.value).toString()} % of each loss`
    : d.kind === "pct_of_cover" ? `${new Decimal(d.value).toString()} % of the cover amount`
    : `${usdWhole(toCents(d.value))} per claim`;
  return { code: "deductible", checklistId: "premium_deductible", text: `Deductible: ${text} is yours to carry.` };
};

const RULES: WarningRule[] = [
  kyc, regionUnknown, discretionary, vagueScope, incident, custodial, partialCover, minimum, quoteOnly,
  period, deductible,
];

export function warningsFor(ctx: WarningContext): SuggestionWarning[] {
  const out: SuggestionWarning[] = [];
  for (const rule of RULES) {
    const w = rule(ctx);
    if (w) out.push(w);
  }
  return out;
}

function capacityOf(product: RecommendProduct): Decimal {
  return product.capacityUsd === null ? ZERO : toCents(product.capacityUsd);
}
