// Test data for the dashboard's view-model tests: a small portfolio shaped like portfolio.summary's output.
import type { TSummary, TSummaryCover, TSummaryPosition } from "@/lib/schemas/summary";

export function position(id: string, patch: Partial<TSummaryPosition> = {}): TSummaryPosition {
  return {
    id, label: `Position ${id}`, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", venueName: "Aave V3",
    valueUsd: "1000.00", primaryRisk: "protocol_exploit", insuredUsd: "0.00", uninsuredUsd: "1000.00", wastedUsd: "0.00", ratio: 0,
    risks: [], flags: [], ...patch,
  };
}

export function cover(id: string, patch: Partial<TSummaryCover> = {}): TSummaryCover {
  return {
    id, name: "Protocol Cover", providerSlug: "nexus-mutual", providerName: "Nexus Mutual", coverageType: "protocol_exploit",
    amountUsd: "1000", startsAt: "2026-01-01", expiresAt: "2027-01-01", status: "held", positionIds: [], ...patch,
  };
}

export function summary(patch: Partial<TSummary> = {}): TSummary {
  const zero = { valueUsd: "0.00", insuredUsd: "0.00", uninsuredUsd: "0.00", wastedUsd: "0.00", ratio: 0 };
  return {
    portfolio: { id: "pf1", name: "Treasury" }, asOf: "2026-11-25", targetRatio: 0.8, includeDrafts: false,
    positions: [], covers: [], totals: zero,
    breakdowns: { byProvider: [], byChain: [], byVenue: [], byVenueKind: [], byRisk: [] },
    portfolioFlags: [], timeline: [{ date: "2026-11-25", insuredUsd: "0.00" }], ...patch,
  };
}
