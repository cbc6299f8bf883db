// A portfolio shaped like the load test's, for the overview's size test and `npm run bench`.
import { buildOverview } from "@/server/domain/overview/build-overview";
import type { SizingCoverRow, SizingPositionRow } from "@/server/repositories/sizing-repository";
import { toSummary } from "./summary-mapping";

const VENUES = [
  ["defi", "aave-v3", "stablecoin", "USDC"], ["defi", "lido", "lst", "stETH"], ["cex", "coinbase", "native", "BTC"],
  ["custodian", "bitgo", "native", "ETH"], ["wallet", "ledger", "native", "ETH"], ["defi", "my-vault", "stablecoin", "DAI"],
] as const;
const CHAINS = ["ethereum", "arbitrum", "base", "optimism", "polygon", "solana", "bsc", "avalanche", "gnosis", "scroll"];
const RISKS = ["protocol_exploit", "depeg", "exchange_halt", "custody_theft", "slashing"] as const;
const PROVIDERS = ["nexus-mutual", "insurace", "opencover", "sherlock", "bitgo-custody", "neptune-mutual", "tidal-finance", "etherisc", "amulet-protocol", "arbol"];

/** A portfolio shaped like the load test's: n positions on 10 chains and 6 venues, 2n covers of 10 providers, 1–3 positions each. */
export function overviewFixtureRows(n: number): { positionRows: SizingPositionRow[]; coverRows: SizingCoverRow[] } {
  const positionRows = Array.from({ length: n }, (_, i): SizingPositionRow => {
    const [venueKind, venue, assetKind, asset] = VENUES[i % VENUES.length]!;
    return {
      id: `position-${i}`, label: `Position ${i} with a realistic label`, asset, assetKind, chain: CHAINS[i % CHAINS.length]!,
      venueKind, venue: i % 7 === 0 ? `${venue}-${i}` : venue, valueUsd: `${1000 + ((i * 7919) % 500_000)}.25`, risks: [],
    };
  });
  const coverRows = Array.from({ length: 2 * n }, (_, i): SizingCoverRow => ({
    id: `cover-${i}`, status: "held", coverageType: RISKS[i % RISKS.length]!, amountUsd: `${500 + ((i * 104729) % 200_000)}`,
    startsAt: `2026-${String((i % 12) + 1).padStart(2, "0")}-01`, expiresAt: `2027-${String((i % 12) + 1).padStart(2, "0")}-${String(1 + (i % 27)).padStart(2, "0")}`,
    positionIds: Array.from({ length: 1 + (i % 3) }, (_, k) => `position-${(i * 31 + k * 17) % n}`),
    coverVenues: [], coverChains: [], coverClaimWindowDays: null, coverDeductibleKind: null, coverDeductibleValue: null,
    productId: null, productName: null, coverProductName: `Cover ${i} bought from a provider`, productVenues: null, productChains: null,
    productClaimWindowDays: null, productDeductibleKind: null, productDeductibleValue: null,
    providerSlug: PROVIDERS[i % PROVIDERS.length]!, providerName: `Provider ${PROVIDERS[i % PROVIDERS.length]}`,
  }));
  return { positionRows, coverRows };
}

const venueNames = new Map([["aave-v3", "Aave V3"], ["lido", "Lido"], ["coinbase", "Coinbase"], ["bitgo", "BitGo"], ["ledger", "Ledger"]]);

export function overviewSizes(n: number) {
  const summary = toSummary({
    portfolio: { id: "pf", name: "Treasury" }, asOf: "2026-12-04", targetRatio: 0.8, includeDrafts: false, venueNames, ...overviewFixtureRows(n),
  });
  const overview = buildOverview(summary, [], "2026-12-04");
  return { summary, overview, summaryBytes: JSON.stringify(summary).length, overviewBytes: JSON.stringify(overview).length };
}
