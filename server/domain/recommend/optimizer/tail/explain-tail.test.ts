import { describe, expect, it } from "vitest";
import { Decimal, ZERO } from "../../../money";
import { gap, product } from "../../test-fixtures";
import { riskDrivers, type TailDriver } from "./drivers";
import { explainTail } from "./explain-tail";
import { tailModel } from "./tail-fixtures";

// One eligible product per gap, so variable i is gap i.
const model = tailModel(
  [
    gap({ positionId: "A", venue: "aave-v3" }),
    gap({ positionId: "B", venue: "aave-v3", chain: "arbitrum" }),
    gap({ positionId: "C", venue: "aave-v3", chain: "base" }),
    gap({ positionId: "A", venue: "aave-v3", risk: "depeg" }),
    gap({ positionId: "D", venue: "coinbase", venueKind: "cex", risk: "depeg" }),
    gap({ positionId: "D", venue: "coinbase", venueKind: "cex", risk: "exchange_halt" }),
    gap({ positionId: "E", venue: "curve" }),
    gap({ positionId: "F", venue: "lido" }),
    gap({ positionId: "G", venue: "morpho" }),
  ],
  (["protocol_exploit", "depeg", "exchange_halt"] as const).map((risk) => product({
    id: risk, coverageType: risk, venues: ["*"], venueKinds: [], chains: ["*"], premiumLowPct: "1", premiumHighPct: "1",
  })),
);

/** Shares of the worst years by driver: Aave, USDC, Coinbase, Curve, Lido, Morpho. */
function drivers(shares: number[]): TailDriver[] {
  return riskDrivers(model).map((d, i) => ({ ...d, worstYearsShare: shares[i]! }));
}

function plan(amounts: Record<number, string>): Decimal[] {
  return model.vars.map((_, i) => (amounts[i] === undefined ? ZERO : new Decimal(amounts[i])));
}

describe("explaining tail mode against expected mode", () => {
  it("has one variable per gap and the drivers in order", () => {
    expect(model.vars.map((v) => v.gapIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(riskDrivers(model).map((d) => d.id)).toEqual([
      "venue:aave-v3", "asset:USDC", "custody:coinbase", "venue:curve", "venue:lido", "venue:morpho",
    ]);
  });

  it("says where cover is spread over a driver and where less is bought, largest first, at most 5 lines", () => {
    const expected = plan({ 6: "10000", 7: "3000", 8: "5000" });
    const tail = plan({ 0: "10000", 1: "10000", 3: "5000", 4: "5000", 5: "1000" });
    expect(explainTail(model, drivers([0.9, 0.7, 0.3, 0.1, 0.6, 0]), expected, tail)).toEqual([
      "Spreads cover across 2 of the 3 Aave v3 positions because they fail together: $20,000.00 in all (expected mode: $0.00).",
      "Spreads cover across the 2 positions holding USDC because a depeg hits them together: $10,000.00 in all (expected mode: $0.00).",
      "Buys $10,000.00 less on Curve: rarely in the worst 5 % of years (10 %).",
      "Buys $5,000.00 less on Morpho: never in the worst 5 % of years.",
      "Buys $3,000.00 less on Lido: hit in 60 % of the worst 5 % of years, but cover elsewhere does more for them.",
    ]);
    // Coinbase's extra $1,000 would be a sixth line: left out.
  });

  it("says where more or less is bought, with how often the driver is in the worst years", () => {
    const expected = plan({ 3: "1000", 6: "500", 8: "700" });
    const tail = plan({ 0: "2500", 3: "3000", 5: "1000", 6: "500.40" });
    expect(explainTail(model, drivers([0.9, 0.004, 0.3, 0.5, 0, 0.3]), expected, tail)).toEqual([
      "Puts $2,500.00 more on Aave v3: its loss would land in the worst years (hit in 90 % of the worst 5 %).",
      "Puts $2,000.00 more on a USDC depeg: hit in under 1 % of the worst 5 % of years.",
      "Puts $1,000.00 more on Coinbase: hit in 30 % of the worst 5 % of years.",
      "Buys $700.00 less on Morpho: in only 30 % of the worst 5 % of years.",
    ]);
    // Curve's 40 cents are rounding, not a choice.
  });

  it("says so when both modes buy the same cover", () => {
    const same = plan({ 0: "1000", 7: "2000" });
    expect(explainTail(model, drivers([1, 0, 0, 0, 0, 0]), same, plan({ 0: "1000", 7: "2000.99" })))
      .toEqual(["Tail mode buys the same cover as expected mode."]);
  });
});
