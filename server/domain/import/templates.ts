import { coversCsv, positionsCsv } from "./format";
import type { ImportKind } from "./types";

/** Downloadable starting points: the header and example rows the README describes. */
export function importTemplate(kind: ImportKind): string {
  if (kind === "positions") {
    return positionsCsv([
      { label: "Aave USDC treasury", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "1250000.50", quantity: "1250000.5", riskGrade: "B", risks: [] },
      { label: "Coinbase ETH", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "cex", venue: "coinbase", valueUsd: "480000", quantity: "150", riskGrade: null, risks: [] },
    ]);
  }
  return coversCsv([
    {
      providerSlug: "nexus-mutual", productSlug: "protocol-cover", productName: null, coverageType: "protocol_exploit",
      amountUsd: "1000000", premiumUsd: "26000", deductible: null, startsAt: "2026-01-01", expiresAt: "2027-01-01",
      claimWindowDays: null, venues: [], chains: [], status: "held", positions: ["Aave USDC treasury"],
    },
    {
      providerSlug: null, productSlug: null, productName: "Exchange crime policy", coverageType: "custody_theft",
      amountUsd: "250000", premiumUsd: null, deductible: { kind: "fixed_usd", value: "5000" }, startsAt: "2026-03-01",
      expiresAt: "2026-09-01", claimWindowDays: 30, venues: ["coinbase"], chains: [], status: "held", positions: ["Coinbase ETH"],
    },
  ]);
}

export const templateFilename = (kind: ImportKind) => `coverdesk-${kind}-template.csv`;
