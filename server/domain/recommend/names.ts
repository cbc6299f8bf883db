import type { ClaimsModel, RiskType, VenueKind } from "./types";

/** Slugs whose display name is not their title-cased form. */
const KNOWN_NAMES: Record<string, string> = {
  bsc: "BNB Chain",
  bitgo: "BitGo",
  okx: "OKX",
  "eigen-layer": "EigenLayer",
  eigenlayer: "EigenLayer",
  makerdao: "MakerDAO",
  gmx: "GMX",
};

/** "aave-v3" → "Aave v3", "ethereum" → "Ethereum": version tokens stay lower-case. */
export function displayName(slug: string): string {
  const known = KNOWN_NAMES[slug.toLowerCase()];
  if (known) return known;
  return slug
    .split(/[-_]/)
    .filter((part) => part.length > 0)
    .map((part) => (/^v\d+$/i.test(part) ? part.toLowerCase() : part[0]!.toUpperCase() + part.slice(1)))
    .join(" ");
}

export function riskLabel(risk: RiskType): string {
  return risk.replace(/_/g, " ");
}

export const VENUE_KIND_LABEL: Record<VenueKind, string> = {
  defi: "DeFi",
  cex: "exchange",
  custodian: "custodian",
  wallet: "wallet",
};

/** How a claim gets paid, in the words a reason uses. */
export const CLAIMS_MODEL_REASON: Record<ClaimsModel, string> = {
  parametric: "parametric trigger",
  automated_rules: "claims paid by on-chain rules",
  insurer_adjusted: "claims assessed by a regulated insurer",
  custodian_policy: "custodian's crime policy",
  discretionary_vote: "claims decided by member vote",
};
