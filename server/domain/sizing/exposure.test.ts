import { describe, expect, it } from "vitest";
import { cover, flagCodes, position, positionIn, riskIn, size } from "./test-fixtures";

/** DESIGN §3.2: exposure, pro-rata allocation, insured / uninsured / wasted per (position, risk). */

describe("one cover on one position", () => {
  it("insures up to its amount and leaves the rest uninsured", () => {
    const result = size([position("aave", { valueUsd: "10000" })], [cover("nexus", ["aave"], { amountUsd: "6000" })]);
    const aave = positionIn(result, "aave");
    expect(aave.insuredUsd).toBe("6000.00"); // min(E 10,000, pay 6,000)
    expect(aave.uninsuredUsd).toBe("4000.00"); // 10,000 − 6,000
    expect(aave.wastedUsd).toBe("0.00"); // alloc 6,000 ≤ E
    expect(aave.ratio).toBe(0.6); // 6,000 / 10,000
    expect(aave.risks[0]?.covers).toEqual([{ coverId: "nexus", allocatedUsd: "6000.00", payUsd: "6000.00" }]);
  });
});

describe("a cover shared by several positions is allocated pro-rata by exposure", () => {
  it("splits over two positions, the left-over cent to the larger remainder", () => {
    const result = size(
      [position("a", { valueUsd: "100" }), position("b", { valueUsd: "200" })],
      [cover("shared", ["a", "b"], { amountUsd: "100" })],
    );
    // a: 100 · 100/300 = 33.333… → 33.33 (remainder .333)
    // b: 100 · 200/300 = 66.666… → 66.66 (remainder .666) + the left-over cent → 66.67
    expect(riskIn(result, "a", "protocol_exploit").covers[0]?.allocatedUsd).toBe("33.33");
    expect(riskIn(result, "b", "protocol_exploit").covers[0]?.allocatedUsd).toBe("66.67");
    expect(positionIn(result, "a").insuredUsd).toBe("33.33");
    expect(positionIn(result, "b").insuredUsd).toBe("66.67");
    expect(result.totals.insuredUsd).toBe("100.00"); // 33.33 + 66.67 = A exactly
  });

  it("splits over three equal positions, the left-over cent to the smallest id", () => {
    const result = size(
      [position("p3"), position("p1"), position("p2")],
      [cover("shared", ["p3", "p1", "p2"], { amountUsd: "100" })],
    );
    // 100 / 3 = 33.333… each → 33.33 + 33.33 + 33.33 = 99.99: one cent left,
    // equal remainders and exposures → the smaller id, p1
    expect(riskIn(result, "p1", "protocol_exploit").covers[0]?.allocatedUsd).toBe("33.34");
    expect(riskIn(result, "p2", "protocol_exploit").covers[0]?.allocatedUsd).toBe("33.33");
    expect(riskIn(result, "p3", "protocol_exploit").covers[0]?.allocatedUsd).toBe("33.33");
  });

  it("gives a tie on remainders to the larger exposure", () => {
    const result = size(
      [position("small", { valueUsd: "100" }), position("large", { valueUsd: "300" })],
      [cover("shared", ["small", "large"], { amountUsd: "0.02" })],
    );
    // 2 cents · 100/400 = 0.5 cent → 0 r ½;  2 cents · 300/400 = 1.5 cents → 1 r ½
    // one cent left, equal remainders → the larger exposure: 0.00 and 0.02
    expect(riskIn(result, "small", "protocol_exploit").covers[0]?.allocatedUsd).toBe("0.00");
    expect(riskIn(result, "large", "protocol_exploit").covers[0]?.allocatedUsd).toBe("0.02");
  });

  it("splits equally when every exposure is 0", () => {
    const result = size(
      [position("a", { valueUsd: "0" }), position("b", { valueUsd: "0" })],
      [cover("shared", ["a", "b"], { amountUsd: "100.01" })],
    );
    // 100.01 / 2 = 50.005 each → 50.00 + 50.00, the cent to the smaller id a
    expect(riskIn(result, "a", "protocol_exploit").covers[0]?.allocatedUsd).toBe("50.01");
    expect(riskIn(result, "b", "protocol_exploit").covers[0]?.allocatedUsd).toBe("50.00");
  });

  it("allocates nothing to a linked position it does not apply to", () => {
    const result = size(
      [position("eth", { valueUsd: "100" }), position("arb", { valueUsd: "300", chain: "arbitrum" })],
      [cover("eth-only", ["eth", "arb"], { amountUsd: "80", chains: ["ethereum"] })],
    );
    // arb is out of scope: all of A goes to eth
    expect(riskIn(result, "eth", "protocol_exploit").covers[0]?.allocatedUsd).toBe("80.00");
    expect(riskIn(result, "arb", "protocol_exploit").covers).toEqual([]);
  });
});

describe("several covers on one risk", () => {
  it("stack up to the exposure and no further", () => {
    const result = size(
      [position("aave", { valueUsd: "1000" })],
      [cover("first", ["aave"], { amountUsd: "700" }), cover("second", ["aave"], { amountUsd: "500" })],
    );
    const aave = positionIn(result, "aave");
    expect(aave.insuredUsd).toBe("1000.00"); // min(E 1,000, 700 + 500 = 1,200)
    expect(aave.uninsuredUsd).toBe("0.00"); // 1,000 − 1,000
    expect(aave.wastedUsd).toBe("200.00"); // Σ alloc 1,200 − E 1,000
    expect(aave.risks[0]?.covers.map((share) => share.payUsd)).toEqual(["700.00", "500.00"]); // each ≤ E
  });

  it("flag the cover bought beyond the exposure as over-insurance", () => {
    const result = size([position("aave", { valueUsd: "1000" })], [cover("big", ["aave"], { amountUsd: "2500" })]);
    const aave = positionIn(result, "aave");
    expect(aave.insuredUsd).toBe("1000.00"); // pay = min(alloc 2,500, E 1,000)
    expect(aave.wastedUsd).toBe("1500.00"); // 2,500 − 1,000
    expect(aave.ratio).toBe(1);
    expect(aave.flags).toContainEqual({ code: "over_insured", coverIds: ["big"] });
  });
});

describe("positions with unusual risk lists", () => {
  it("a wallet's native asset has no cover market and is fully uninsured", () => {
    const result = size([position("ledger", { venueKind: "wallet", venue: "ledger", assetKind: "native", valueUsd: "5000" })]);
    const ledger = positionIn(result, "ledger");
    expect(ledger.primaryRisk).toBeNull();
    expect(ledger.risks).toEqual([]);
    expect(ledger.insuredUsd).toBe("0.00");
    expect(ledger.uninsuredUsd).toBe("5000.00"); // all of it
    expect(ledger.ratio).toBe(0);
    expect(ledger.flags).toEqual([{ code: "no_cover_market", coverIds: [] }]);
  });

  it("an explicitly empty risk list has no cover market, whatever the venue and asset kinds", () => {
    const result = size(
      [position("cb", { venueKind: "cex", venue: "coinbase", assetKind: "stablecoin", valueUsd: "5000", risks: [] })],
      [cover("halt", ["cb"], { coverageType: "exchange_halt", amountUsd: "5000" })],
    );
    const cb = positionIn(result, "cb");
    expect(cb.primaryRisk).toBeNull(); // not exchange_halt: [] is "no risk", not "derive"
    expect(cb.risks).toEqual([]);
    expect(cb.insuredUsd).toBe("0.00"); // the cover has no risk of cb's to apply to
    expect(cb.uninsuredUsd).toBe("5000.00"); // all of it
    expect(cb.flags).toEqual([
      { code: "no_cover_market", coverIds: [] },
      { code: "scope_mismatch", coverIds: ["halt"] }, // exchange_halt is not among cb's (no) risks
    ]);
  });

  it("an LST in DeFi carries three risks, each sized on its own; the headline is the primary", () => {
    const result = size(
      [position("lido", { venue: "lido", assetKind: "lst", valueUsd: "10000" })],
      [
        cover("exploit", ["lido"], { coverageType: "protocol_exploit", amountUsd: "4000" }),
        cover("depeg", ["lido"], { coverageType: "depeg", amountUsd: "10000" }),
      ],
    );
    const lido = positionIn(result, "lido");
    expect(lido.risks.map((risk) => risk.risk)).toEqual(["protocol_exploit", "depeg", "slashing"]);
    expect(riskIn(result, "lido", "protocol_exploit").insuredUsd).toBe("4000.00"); // min(10,000, 4,000)
    expect(riskIn(result, "lido", "depeg").insuredUsd).toBe("10000.00"); // min(10,000, 10,000)
    expect(riskIn(result, "lido", "slashing").uninsuredUsd).toBe("10000.00"); // no cover
    expect(lido.primaryRisk).toBe("protocol_exploit");
    expect(lido.insuredUsd).toBe("4000.00"); // headline = primary risk
    expect(lido.ratio).toBe(0.4); // 4,000 / 10,000
    expect(result.totals.insuredUsd).toBe("4000.00"); // totals sum headlines only
  });

  it("a zero-value position has ratio 0 and wastes any cover on it", () => {
    const result = size([position("empty", { valueUsd: "0" })], [cover("c", ["empty"], { amountUsd: "50" })]);
    const empty = positionIn(result, "empty");
    expect(empty.insuredUsd).toBe("0.00"); // min(E 0, pay)
    expect(empty.uninsuredUsd).toBe("0.00"); // 0 − 0
    expect(empty.wastedUsd).toBe("50.00"); // alloc 50 − E 0
    expect(empty.ratio).toBe(0); // exposure 0
    expect(flagCodes(result, "empty")).toEqual(["over_insured"]); // not "uninsured": 0 < $1,000
  });
});

describe("input money is rounded half-up to cents on entry", () => {
  it("rounds values and amounts before any arithmetic", () => {
    const result = size(
      [position("a", { valueUsd: "100.005" }), position("b", { valueUsd: "99.994" })],
      [cover("c", ["a"], { amountUsd: "40.125" })],
    );
    expect(positionIn(result, "a").valueUsd).toBe("100.01"); // 100.005 → 100.01
    expect(positionIn(result, "b").valueUsd).toBe("99.99"); // 99.994 → 99.99
    expect(positionIn(result, "a").insuredUsd).toBe("40.13"); // 40.125 → 40.13
    expect(positionIn(result, "a").uninsuredUsd).toBe("59.88"); // 100.01 − 40.13
    expect(result.totals.valueUsd).toBe("200.00"); // 100.01 + 99.99
  });
});

describe("links that point nowhere", () => {
  it("ignore unknown position ids and count a repeated id once", () => {
    const result = size([position("a", { valueUsd: "100" })], [cover("c", ["ghost", "a", "a"], { amountUsd: "60" })]);
    expect(riskIn(result, "a", "protocol_exploit").covers).toEqual([
      { coverId: "c", allocatedUsd: "60.00", payUsd: "60.00" }, // all of A, once
    ]);
  });
});

describe("positions come back in input order", () => {
  it("keeps the order of the input", () => {
    const result = size([position("z"), position("a"), position("m")]);
    expect(result.positions.map((row) => row.id)).toEqual(["z", "a", "m"]);
  });
});
