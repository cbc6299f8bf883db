import { describe, expect, it } from "vitest";
import { cover, position, size } from "./test-fixtures";

/** DESIGN §3.4: totals, breakdowns and the provider concentration flag. */

describe("totals", () => {
  it("sum the headline (primary-risk) figures of every position", () => {
    const result = size(
      [
        position("a", { valueUsd: "1000" }),
        position("b", { valueUsd: "3000", assetKind: "stablecoin" }),
        position("w", { valueUsd: "500", venueKind: "wallet", venue: "ledger", assetKind: "native" }),
      ],
      [
        cover("ca", ["a"], { amountUsd: "1500" }),
        cover("cb", ["b"], { amountUsd: "1000" }),
        cover("depeg", ["b"], { coverageType: "depeg", amountUsd: "3000" }), // not primary: not in totals
      ],
    );
    expect(result.totals).toEqual({
      valueUsd: "4500.00", // 1,000 + 3,000 + 500
      insuredUsd: "2000.00", // 1,000 + 1,000 + 0
      uninsuredUsd: "2500.00", // 0 + 2,000 + 500 (the wallet is fully uninsured)
      wastedUsd: "500.00", // 1,500 − 1,000 on a
      ratio: 0.4444, // 2,000 / 4,500 = 0.44444…
    });
  });
});

describe("breakdowns by chain, venue, venue kind and risk", () => {
  const result = size(
    [
      position("eth-aave", { valueUsd: "1000", chain: "ethereum", venue: "aave-v3" }),
      position("base-aave", { valueUsd: "2000", chain: "base", venue: "aave-v3", assetKind: "stablecoin" }),
      position("cb", { valueUsd: "4000", chain: "ethereum", venueKind: "cex", venue: "coinbase" }),
    ],
    [
      cover("c1", ["eth-aave"], { amountUsd: "400" }),
      cover("c2", ["cb"], { coverageType: "custody_theft", amountUsd: "4000" }),
      cover("c3", ["base-aave"], { coverageType: "depeg", amountUsd: "500" }),
    ],
  );

  it("group the headline figures by chain, sorted by key", () => {
    expect(result.breakdowns.byChain).toEqual([
      { key: "base", insuredUsd: "0.00", uninsuredUsd: "2000.00" }, // primary protocol_exploit uncovered
      { key: "ethereum", insuredUsd: "400.00", uninsuredUsd: "4600.00" }, // 400 + 0 | 600 + 4,000
    ]);
  });

  it("group the headline figures by venue and by venue kind", () => {
    expect(result.breakdowns.byVenue).toEqual([
      { key: "aave-v3", insuredUsd: "400.00", uninsuredUsd: "2600.00" }, // 400 + 0 | 600 + 2,000
      { key: "coinbase", insuredUsd: "0.00", uninsuredUsd: "4000.00" }, // primary exchange_halt uncovered
    ]);
    expect(result.breakdowns.byVenueKind).toEqual([
      { key: "cex", insuredUsd: "0.00", uninsuredUsd: "4000.00" },
      { key: "defi", insuredUsd: "400.00", uninsuredUsd: "2600.00" },
    ]);
  });

  it("group every (position, risk) row by risk", () => {
    expect(result.breakdowns.byRisk).toEqual([
      { key: "custody_theft", insuredUsd: "4000.00", uninsuredUsd: "0.00" }, // cb's second risk
      { key: "depeg", insuredUsd: "500.00", uninsuredUsd: "1500.00" }, // base-aave: 2,000 − 500
      { key: "exchange_halt", insuredUsd: "0.00", uninsuredUsd: "4000.00" },
      { key: "protocol_exploit", insuredUsd: "400.00", uninsuredUsd: "2600.00" }, // eth-aave + base-aave
    ]);
  });
});

describe("byProvider", () => {
  it("shares a position's insured among the paying providers in proportion to their pay", () => {
    const result = size(
      [position("p", { valueUsd: "100" })],
      [
        cover("x", ["p"], { providerSlug: "nexus-mutual", amountUsd: "100" }),
        cover("y", ["p"], { providerSlug: "insurace", amountUsd: "50" }),
      ],
    );
    // insured = min(100, 100 + 50) = 100, shared 100 : 50
    // nexus 100 · 100/150 = 66.666… → 66.66 r .666 (+ the left-over cent) → 66.67
    // insurace 100 · 50/150 = 33.333… → 33.33
    expect(result.breakdowns.byProvider).toEqual([
      { key: "insurace", insuredUsd: "33.33", uninsuredUsd: "0.00" },
      { key: "nexus-mutual", insuredUsd: "66.67", uninsuredUsd: "0.00" },
    ]);
  });

  it("splits among the covers by largest remainder, then sums each provider's shares", () => {
    const result = size(
      [position("p", { valueUsd: "1000" })],
      [
        cover("a", ["p"], { providerSlug: "nexus-mutual", amountUsd: "138" }),
        cover("b", ["p"], { providerSlug: "nexus-mutual", amountUsd: "583" }),
        cover("c", ["p"], { providerSlug: "insurace", amountUsd: "868" }),
      ],
    );
    // insured = min(1,000, 138 + 583 + 868 = 1,589) = 1,000
    // a 1,000 · 138/1,589 = 86.847… → 86.84;  b · 583/1,589 = 366.897… → 366.89;
    // c · 868/1,589 = 546.255… → 546.25; floors 999.98: the two cents left to b (.897) and a (.847)
    // → a 86.85, b 366.90, c 546.25; nexus = 86.85 + 366.90 = 453.75, insurace = 546.25
    // (sharing 721 : 868 between the providers instead would give 453.74 / 546.26)
    expect(result.breakdowns.byProvider).toEqual([
      { key: "insurace", insuredUsd: "546.25", uninsuredUsd: "0.00" },
      { key: "nexus-mutual", insuredUsd: "453.75", uninsuredUsd: "0.00" },
    ]);
  });

  it("gives a cent left on equal remainders to the larger pay", () => {
    const result = size(
      [position("p", { valueUsd: "0.02" })],
      [
        cover("a", ["p"], { providerSlug: "nexus-mutual", deductible: { kind: "pct_of_loss", value: "75" } }),
        cover("b", ["p"], { providerSlug: "insurace", deductible: { kind: "pct_of_loss", value: "25" } }),
      ],
    );
    // pays 0.02 · 25% = 0.005 (a) and 0.02 · 75% = 0.015 (b); insured = min(0.02, 0.02) = 0.02
    // a 2¢ · 0.5/2 = 0.5¢ → 0 r ½;  b 2¢ · 1.5/2 = 1.5¢ → 1 r ½: equal remainders → the larger pay, b
    expect(result.breakdowns.byProvider).toEqual([{ key: "insurace", insuredUsd: "0.02", uninsuredUsd: "0.00" }]);
  });

  it("gives a cent left on equal remainders and pays to the smaller cover id, not provider key", () => {
    const result = size(
      [position("p", { valueUsd: "100.01" })],
      [
        cover("b", ["p"], { providerSlug: "insurace", amountUsd: "100.01" }),
        cover("a", ["p"], { providerSlug: "nexus-mutual", amountUsd: "100.01" }),
      ],
    );
    // insured = min(100.01, 200.02) = 100.01, shared 1 : 1 → 50.005 each → 50.00 + 50.00
    // one cent left, equal remainders and pays → the smaller cover id, a (nexus-mutual)
    expect(result.breakdowns.byProvider).toEqual([
      { key: "insurace", insuredUsd: "50.00", uninsuredUsd: "0.00" },
      { key: "nexus-mutual", insuredUsd: "50.01", uninsuredUsd: "0.00" },
    ]);
  });

  it("gives one provider all of a position's insured, however many of its covers pay", () => {
    const result = size(
      [position("p", { valueUsd: "100" })],
      [
        cover("x1", ["p"], { amountUsd: "33.33" }),
        cover("x2", ["p"], { amountUsd: "33.33" }),
        cover("x3", ["p"], { amountUsd: "33.34" }),
      ],
    );
    expect(result.breakdowns.byProvider).toEqual([
      { key: "nexus-mutual", insuredUsd: "100.00", uninsuredUsd: "0.00" }, // 33.33 + 33.33 + 33.34
    ]);
  });

  it("shares by the exact pays when they hold fractions of a cent", () => {
    const result = size(
      [position("p", { valueUsd: "1000.01" })],
      [
        cover("x", ["p"], { providerSlug: "nexus-mutual", deductible: { kind: "pct_of_loss", value: "70" } }),
        cover("y", ["p"], { providerSlug: "insurace", deductible: { kind: "pct_of_loss", value: "60" } }),
      ],
    );
    // pays 1,000.01 · 30% = 300.003 and 1,000.01 · 40% = 400.004; insured 700.007 → 700.01
    // shared 300.003 : 400.004 = 3 : 4 → nexus 700.01 · 3/7 = 300.0043 → 300.00 (r .43 cent),
    // insurace 700.01 · 4/7 = 400.0057 → 400.00 (r .57 cent); the cent left → insurace
    expect(result.breakdowns.byProvider).toEqual([
      { key: "insurace", insuredUsd: "400.01", uninsuredUsd: "0.00" },
      { key: "nexus-mutual", insuredUsd: "300.00", uninsuredUsd: "0.00" },
    ]);
  });

  it("groups covers without a provider under \"unknown\" and sums to the insured total", () => {
    const result = size(
      [position("a", { valueUsd: "300" }), position("b", { valueUsd: "200" })],
      [cover("known", ["a"], { amountUsd: "300" }), cover("elsewhere", ["b"], { providerSlug: undefined, amountUsd: "120" })],
    );
    expect(result.breakdowns.byProvider).toEqual([
      { key: "nexus-mutual", insuredUsd: "300.00", uninsuredUsd: "0.00" },
      { key: "unknown", insuredUsd: "120.00", uninsuredUsd: "0.00" },
    ]);
    expect(result.totals.insuredUsd).toBe("420.00"); // 300 + 120
  });
});

describe("provider concentration", () => {
  it("is not flagged at exactly 50 %", () => {
    const result = size(
      [position("a"), position("b")],
      [cover("x", ["a"], { providerSlug: "nexus-mutual" }), cover("y", ["b"], { providerSlug: "insurace" })],
    );
    expect(result.portfolioFlags).toEqual([]); // 1,000 / 2,000 = 50 %, not > 50 %
  });

  it("is flagged above 50 %, with the provider's share", () => {
    const result = size(
      [position("a"), position("b")],
      [
        cover("x", ["a"], { providerSlug: "nexus-mutual", amountUsd: "1000" }),
        cover("y", ["b"], { providerSlug: "insurace", amountUsd: "999.99" }),
      ],
    );
    // 1,000 / 1,999.99 = 0.500002…
    expect(result.portfolioFlags).toEqual([{ code: "provider_concentration", key: "nexus-mutual", share: 0.5 }]);
  });

  it("is never raised for the \"unknown\" group, which may hold many providers", () => {
    const result = size([position("a")], [cover("x", ["a"], { providerSlug: undefined })]);
    expect(result.breakdowns.byProvider).toEqual([{ key: "unknown", insuredUsd: "1000.00", uninsuredUsd: "0.00" }]);
    expect(result.portfolioFlags).toEqual([]);
  });

  it("is not raised when nothing is insured", () => {
    expect(size([position("a")]).portfolioFlags).toEqual([]);
  });
});
