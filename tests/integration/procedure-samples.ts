/**
 * A valid input for every procedure that touches a user's rows, built from that user's ids.
 * The authorization sweep checks this covers every procedure of the router, so a new
 * procedure cannot ship without being swept.
 */
export type OwnedIds = { portfolioId: string; positionId: string; coverId: string };

export const PUBLIC_PROCEDURES: string[] = ["auth.signUp", "provider.list", "provider.get"];

/** Protected procedures that take no id: they act on the caller's own data only. */
export const SELF_SCOPED_PROCEDURES: string[] = ["portfolio.list", "portfolio.create", "settings.get", "settings.update"];

const position = { label: "Intruder", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "wallet", venue: "ledger", valueUsd: "1" };
const cover = { productName: "Intruder cover", coverageType: "protocol_exploit", amountUsd: "1", startsAt: "2026-01-01", expiresAt: "2026-02-01" };

export function ownedIdSamples(ids: OwnedIds): Record<string, unknown> {
  return {
    "settings.get": undefined,
    "settings.update": { kycOk: false },
    "portfolio.list": undefined,
    "portfolio.get": { id: ids.portfolioId },
    "portfolio.create": { name: "Intruder portfolio" },
    "portfolio.update": { id: ids.portfolioId, name: "Renamed by intruder" },
    "portfolio.delete": { id: ids.portfolioId },
    "portfolio.summary": { portfolioId: ids.portfolioId, asOf: "2026-06-01" },
    "position.list": { portfolioId: ids.portfolioId },
    "position.get": { id: ids.positionId },
    "position.create": { portfolioId: ids.portfolioId, ...position },
    "position.update": { id: ids.positionId, valueUsd: "0" },
    "position.delete": { id: ids.positionId },
    "cover.list": { portfolioId: ids.portfolioId },
    "cover.get": { id: ids.coverId },
    "cover.create": { portfolioId: ids.portfolioId, ...cover, positionIds: [ids.positionId] },
    "cover.update": { id: ids.coverId, amountUsd: "999" },
    "cover.delete": { id: ids.coverId },
  };
}
