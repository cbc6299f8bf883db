import { describe, expect, it } from "vitest";
import { amountsOf, hideAmounts, shareOf, type SharedAmount, type SharedPortfolioView } from "./hide-amounts";

const usd = (v: string): SharedAmount => ({ kind: "usd", usd: v });

const view: SharedPortfolioView = {
  portfolioName: "DAO treasury",
  asOf: "2026-12-04",
  hideAmounts: false,
  targetRatio: 0.8,
  totals: { exposure: usd("800000.00"), insured: usd("100000.00"), uninsured: usd("700000.00"), ratio: 0.125 },
  breakdowns: {
    byRisk: [{ key: "depeg", label: "depeg", insured: usd("100000.00"), uninsured: usd("150000.00") }],
    byProvider: [{ key: "nexus-mutual", label: "Nexus Mutual", insured: usd("100000.00"), uninsured: usd("0.00") }],
    byChain: [{ key: "ethereum", label: "Ethereum", insured: usd("100000.00"), uninsured: usd("700000.00") }],
    byVenue: [{ key: "aave-v3", label: "Aave V3", insured: usd("100000.00"), uninsured: usd("150000.00") }],
    byVenueKind: [{ key: "defi", label: "defi", insured: usd("100000.00"), uninsured: usd("700000.00") }],
  },
  positions: [
    { label: "Aave USDC", asset: "USDC", venue: "Aave V3", chain: "Ethereum", value: usd("250000.00"), insured: usd("100000.00"), uninsured: usd("150000.00"), ratio: 0.4 },
    { label: "Lido stETH", asset: "stETH", venue: "Lido", chain: "Ethereum", value: usd("550000.00"), insured: usd("0.00"), uninsured: usd("550000.00"), ratio: 0 },
  ],
};

describe("hideAmounts", () => {
  it("turns every money figure into its share of the total exposure", () => {
    const hidden = hideAmounts(view);
    expect(hidden.hideAmounts).toBe(true);
    expect(hidden.totals).toEqual({ exposure: { kind: "share", share: 1 }, insured: { kind: "share", share: 0.125 }, uninsured: { kind: "share", share: 0.875 }, ratio: 0.125 });
    expect(hidden.positions[0]).toEqual({
      label: "Aave USDC", asset: "USDC", venue: "Aave V3", chain: "Ethereum",
      value: { kind: "share", share: 0.3125 }, insured: { kind: "share", share: 0.125 }, uninsured: { kind: "share", share: 0.1875 }, ratio: 0.4,
    });
    expect(hidden.breakdowns.byVenue[0]).toEqual({ key: "aave-v3", label: "Aave V3", insured: { kind: "share", share: 0.125 }, uninsured: { kind: "share", share: 0.1875 } });
  });

  it("leaves no dollar figure anywhere in the result", () => {
    const hidden = hideAmounts(view);
    expect(amountsOf(hidden).every((a) => a.kind === "share")).toBe(true);
    const json = JSON.stringify(hidden);
    expect(json).not.toContain("usd");
    for (const value of amountsOf(view).map((a) => (a.kind === "usd" ? a.usd : ""))) {
      if (Number(value) > 0) {
        expect(json).not.toContain(value);
        expect(json).not.toContain(String(Number(value)));
      }
    }
  });

  it("is idempotent and does not change its input", () => {
    const copy = structuredClone(view);
    const hidden = hideAmounts(view);
    expect(view).toEqual(copy);
    expect(hideAmounts(hidden)).toEqual(hidden);
  });

  it("an empty portfolio: every share is 0", () => {
    const empty = hideAmounts({ ...view, totals: { exposure: usd("0.00"), insured: usd("0.00"), uninsured: usd("0.00"), ratio: 0 }, positions: [] });
    expect(empty.totals.exposure).toEqual({ kind: "share", share: 0 });
    expect(shareOf("5", 0)).toBe(0);
  });

  it("rounds shares to a millionth", () => {
    expect(shareOf("1", 3)).toBe(0.333333);
  });
});
