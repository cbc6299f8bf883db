import type { CLAIMS_MODELS } from "@/lib/schemas/primitives";
import type { TProviderColumn } from "@/lib/schemas/provider";
import type { TWeightsSource } from "@/lib/schemas/provider-score";

export { COVERAGE_LABELS, DEDUCTIBLE_LABELS } from "@/components/covers/coverage-labels";

export const CLAIMS_MODEL_LABELS: Record<(typeof CLAIMS_MODELS)[number], string> = {
  discretionary_vote: "Member vote",
  parametric: "Parametric trigger",
  automated_rules: "Automated on-chain rules",
  insurer_adjusted: "Insurer's adjuster",
  custodian_policy: "Custodian's crime policy",
};

export const STATUS_LABELS = { active: "Active", wound_down: "Wound down", unknown: "Status unknown" } as const;

export const COLUMN_LABELS: Record<TProviderColumn, string> = {
  kind: "Kind",
  status: "Status",
  website: "Website",
  docsUrl: "Docs",
  claimsModel: "Claims model",
  kycRequired: "KYC required",
  regionsExcluded: "Regions excluded",
  regulated: "Regulated",
  jurisdiction: "Jurisdiction",
  foundedYear: "Founded",
  capacityUsd: "Capacity",
  claimsPaidUsd: "Claims paid",
  premiumLowPct: "Premium, low",
  premiumHighPct: "Premium, high",
  auditCount: "Audits",
  chains: "Chains",
  coverageTypes: "Coverage types",
};

export const WEIGHTS_SOURCE_LABELS: Record<TWeightsSource, string> = {
  input: "your weights on this page",
  saved: "the weights saved in your settings",
  default: "the default weights",
};

const CHAIN_NAMES: Record<string, string> = { bsc: "BNB Chain", "*": "Any chain" };

export function chainLabel(slug: string): string {
  return CHAIN_NAMES[slug] ?? slug.charAt(0).toUpperCase() + slug.slice(1);
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

export function regionLabel(code: string): string {
  return regionNames.of(code) ?? code;
}
