// How each typed column of the catalog is derived from the researched facts. A column whose
// fact is null or states no usable figure is null (unknown) — never estimated.
import type { ProviderColumns } from "./types";

export const COLUMN_RULES: Record<keyof ProviderColumns, string> = {
  kind: "kind.value, verbatim.",
  status: "status.value.state: 'active…' → active, 'wound down…' → wound_down; no fact → unknown. statusDate = status.value.date.",
  website: "website.value.",
  docsUrl: "docs_url.value.",
  claimsModel: "claims_model.value (already in the claims vocabulary).",
  kycRequired: "kyc_required.value: 'yes' → true, 'no' → false.",
  regionsExcluded: "regions_eligibility.value.restricted_countries mapped to ISO 3166 alpha-2 (regions.ts); prose without a country list → [] (none known).",
  regulated: "regulated_status: true when it states a licence, charter or regulated policies; false when it states the provider is not an insurer; no fact → null.",
  jurisdiction: "jurisdiction.value, verbatim.",
  foundedYear: "founded_year.value.",
  capacityUsd:
    "The most recent capacity fact that measures underwriting capital or a cover limit (capital pool, pool TVL, underwriting capacity, insurance limit, max cover). Cover sold, assets under custody and notional risk transferred are not capacity, nor a limit whose note says it belongs to something else. Undated and low-confidence figures rank last. `from` names the fact used.",
  claimsPaidUsd: "payout_track_record.total_claims_paid.value.usd only; notable payouts are never summed into a total.",
  premiumLowPct: "pricing.typical_annual_premium_pct: the lowest stated annual rate (a contract floor counts).",
  premiumHighPct: "pricing.typical_annual_premium_pct: the highest stated closed rate. Open-ended figures ('>30', '<4', '<=25') are not rates and are not used.",
  auditCount: "Number of audit entries in audits.value; bug-bounty entries are not audits.",
  chains: "chainSlugsOf(chains_supported.value) (chains.ts): every chain named in any sub-list, as slugs; a generic 'EVM networks / L2s' phrase expands to the EVM set; other phrases ('others') stay in the fact only.",
  coverageTypes: "coverage_types.value (already in the coverage vocabulary); no fact → [].",
};

export const PRODUCT_RULES = {
  skipped: "Products with coverage_type null (no matching vocabulary) are not seeded; they stay as facts under products.<n>.",
  status: "Stated status ('deprecated…', 'closed') → deprecated; a note saying availability is unconfirmed or a product only announced → unknown; otherwise the provider's status (active → active, else unknown).",
  scope:
    "venueKinds/venues/chains are CoverDesk's mapping of the product description and stated chains, explained per product in scope.rule: protocol cover → defi, venues '*' (any listed protocol) unless the product names one venue; custodian crime policy → custodian + the custodian's slug, chains '*'; exchange/custody cover → cex+custodian; depeg/slashing → defi+wallet; real-world parametric → no scope. Stated chains are normalised like provider chains; generic phrases ('multi-chain', chains not stated) → the provider's chains; custodial and 'LI.FI-supported chains' → '*'.",
  terms: "Premium %, deductible, periods, claim window, capacity and minimum amount only where a fact states the number; each names its fact. claimsModel and kycRequired are the provider's.",
} as const;

export const EDITORIAL_NOTE =
  "UX and Support scores are EDITORIAL: CoverDesk's conservative judgement (0-10) based on the facts listed as their basis, not researched figures.";
