import { describe, expect, it } from "vitest";
import { gap } from "../../test-fixtures";
import { riskDrivers } from "./drivers";
import { tailModel } from "./tail-fixtures";

const gaps = [
  gap({ positionId: "a-eth", venue: "aave-v3", chain: "ethereum", asset: "USDC", risk: "protocol_exploit" }),
  gap({ positionId: "a-arb", venue: "aave-v3", chain: "arbitrum", asset: "USDC", risk: "protocol_exploit" }),
  gap({ positionId: "a-eth", venue: "aave-v3", chain: "ethereum", asset: "USDC", risk: "depeg" }),
  gap({ positionId: "cb", venue: "coinbase", venueKind: "cex", asset: "usdc", risk: "depeg" }),
  gap({ positionId: "cb", venue: "coinbase", venueKind: "cex", asset: "usdc", risk: "exchange_halt" }),
  gap({ positionId: "cb", venue: "coinbase", venueKind: "cex", asset: "usdc", risk: "custody_theft" }),
  gap({ positionId: "lido", venue: "lido", venueName: "Lido Finance", asset: "stETH", assetKind: "lst", risk: "depeg" }),
  gap({ positionId: "lido", venue: "lido", asset: "stETH", assetKind: "lst", risk: "slashing" }),
  gap({ positionId: "a-oracle", venue: "aave-v3", chain: "base", risk: "oracle" }),
];

describe("risk drivers", () => {
  const drivers = riskDrivers(tailModel(gaps, []));
  const byId = new Map(drivers.map((d) => [d.id, d]));

  it("groups an exploit by venue across chains and risks of that venue", () => {
    expect(byId.get("venue:aave-v3")).toEqual({ id: "venue:aave-v3", kind: "venue", key: "aave-v3", label: "Aave v3", gaps: [0, 1, 8] });
  });

  it("groups a depeg by asset across venues, whatever the symbol's case", () => {
    expect(byId.get("asset:USDC")).toMatchObject({ kind: "asset", key: "USDC", label: "USDC", gaps: [2, 3] });
    expect(byId.get("asset:STETH")).toMatchObject({ label: "stETH", gaps: [6] });
  });

  it("groups an exchange's halt and theft as one failure of that exchange", () => {
    expect(byId.get("custody:coinbase")).toMatchObject({ kind: "custody", label: "Coinbase", gaps: [4, 5] });
  });

  it("uses the venue's display name when the portfolio gives one", () => {
    expect(byId.get("venue:lido")).toMatchObject({ label: "Lido Finance", gaps: [7] });
  });

  it("puts every gap under exactly one driver, in order of first appearance", () => {
    expect(drivers.map((d) => d.id)).toEqual(["venue:aave-v3", "asset:USDC", "custody:coinbase", "asset:STETH", "venue:lido"]);
    expect(drivers.flatMap((d) => d.gaps).sort((a, b) => a - b)).toEqual(gaps.map((_, i) => i));
  });
});
