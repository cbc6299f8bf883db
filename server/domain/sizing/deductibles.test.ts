import { describe, expect, it } from "vitest";
import { cover, position, positionIn, riskIn, size } from "./test-fixtures";

/** DESIGN §3.2: what a cover pays on a total loss, by deductible kind. */

describe("no deductible", () => {
  it("pays its allocation, up to the exposure", () => {
    const result = size([position("p", { valueUsd: "800" })], [cover("c", ["p"], { amountUsd: "1000" })]);
    expect(riskIn(result, "p", "protocol_exploit").covers[0]?.payUsd).toBe("800.00"); // min(alloc 1,000, E 800)
  });
});

describe("pct_of_loss: the holder keeps a share of the loss", () => {
  it("pays E · (1 − d/100) when the cover is large enough", () => {
    const result = size(
      [position("p", { valueUsd: "1000" })],
      [cover("c", ["p"], { amountUsd: "2000", deductible: { kind: "pct_of_loss", value: "10" } })],
    );
    const risk = riskIn(result, "p", "protocol_exploit");
    expect(risk.covers[0]?.payUsd).toBe("900.00"); // min(2,000, 1,000 · 0.9 = 900)
    expect(risk.insuredUsd).toBe("900.00");
    expect(risk.uninsuredUsd).toBe("100.00"); // 1,000 − 900
    expect(risk.wastedUsd).toBe("1000.00"); // alloc 2,000 − E 1,000
  });

  it("pays the allocation when it is below the loss net of the deductible", () => {
    const result = size(
      [position("p", { valueUsd: "1000" })],
      [cover("c", ["p"], { amountUsd: "500", deductible: { kind: "pct_of_loss", value: "2.5" } })],
    );
    expect(positionIn(result, "p").insuredUsd).toBe("500.00"); // min(500, 1,000 · 0.975 = 975)
  });
});

describe("pct_of_cover: the loss less a share of the cover amount", () => {
  it("takes d % of the allocation off the loss", () => {
    const result = size(
      [position("p", { valueUsd: "1000" })],
      [cover("c", ["p"], { amountUsd: "1000", deductible: { kind: "pct_of_cover", value: "5" } })],
    );
    expect(positionIn(result, "p").insuredUsd).toBe("950.00"); // min(1,000, 1,000 − 1,000 · 5% = 950)
  });

  it("does not bite when the loss exceeds the cover by more than the deductible", () => {
    const result = size(
      [position("p", { valueUsd: "1000" })],
      [cover("c", ["p"], { amountUsd: "600", deductible: { kind: "pct_of_cover", value: "5" } })],
    );
    expect(positionIn(result, "p").insuredUsd).toBe("600.00"); // min(600, 1,000 − 600 · 5% = 970)
  });
});

describe("fixed_usd: a fixed excess, shared among positions like the amount", () => {
  it("takes the excess off one position's loss", () => {
    const result = size(
      [position("p", { valueUsd: "1000" })],
      [cover("c", ["p"], { amountUsd: "1000", deductible: { kind: "fixed_usd", value: "250" } })],
    );
    expect(positionIn(result, "p").insuredUsd).toBe("750.00"); // min(1,000, 1,000 − 250 · 1,000/1,000)
  });

  it("shares the excess across positions in proportion to their allocations", () => {
    const result = size(
      [position("a", { valueUsd: "300" }), position("b", { valueUsd: "700" })],
      [cover("c", ["a", "b"], { amountUsd: "1000", deductible: { kind: "fixed_usd", value: "100" } })],
    );
    // allocations 300 and 700; excess shares 100 · 300/1,000 = 30 and 100 · 700/1,000 = 70
    expect(positionIn(result, "a").insuredUsd).toBe("270.00"); // min(300, 300 − 30)
    expect(positionIn(result, "b").insuredUsd).toBe("630.00"); // min(700, 700 − 70)
    expect(result.totals.insuredUsd).toBe("900.00"); // A − D
  });

  it("pays nothing when the excess exceeds the loss", () => {
    const result = size(
      [position("p", { valueUsd: "100" })],
      [cover("c", ["p"], { amountUsd: "1000", deductible: { kind: "fixed_usd", value: "5000" } })],
    );
    expect(riskIn(result, "p", "protocol_exploit").covers[0]?.payUsd).toBe("0.00"); // max(0, 100 − 5,000)
    expect(positionIn(result, "p").insuredUsd).toBe("0.00");
  });
});

describe("exactness: pays are exact, rounded only at the end", () => {
  it("shows each pay rounded half-up", () => {
    const result = size(
      [position("p", { valueUsd: "0.05" })],
      [cover("c", ["p"], { amountUsd: "1", deductible: { kind: "pct_of_loss", value: "50" } })],
    );
    // 0.05 · 50% = 0.025 → shown 0.03; insured = min(0.05, 0.025) → 0.03; uninsured 0.05 − 0.03
    expect(riskIn(result, "p", "protocol_exploit").covers[0]?.payUsd).toBe("0.03");
    expect(positionIn(result, "p").insuredUsd).toBe("0.03");
    expect(positionIn(result, "p").uninsuredUsd).toBe("0.02");
  });

  it("rounds insured once from the exact pays, not by adding the rounded ones", () => {
    const result = size(
      [position("p", { valueUsd: "1000.01" })],
      [
        cover("first", ["p"], { amountUsd: "1000", deductible: { kind: "pct_of_loss", value: "70" } }),
        cover("second", ["p"], { amountUsd: "1000", deductible: { kind: "pct_of_loss", value: "70" } }),
      ],
    );
    // each pays 1,000.01 · 30% = 300.003 → shown 300.00
    // insured = 300.003 + 300.003 = 600.006 → 600.01 (not 300.00 + 300.00 = 600.00)
    const risk = riskIn(result, "p", "protocol_exploit");
    expect(risk.covers.map((share) => share.payUsd)).toEqual(["300.00", "300.00"]);
    expect(risk.insuredUsd).toBe("600.01");
    expect(risk.uninsuredUsd).toBe("400.00"); // 1,000.01 − 600.01
  });

  it("keeps fractions of a cent from a shared fixed excess exact", () => {
    const result = size(
      [position("a", { valueUsd: "100" }), position("b", { valueUsd: "200" })],
      [cover("c", ["a", "b"], { amountUsd: "300", deductible: { kind: "fixed_usd", value: "0.10" } })],
    );
    // allocations 100 and 200; excess 0.10 · 100/300 = 0.0333… and 0.10 · 200/300 = 0.0666…
    expect(positionIn(result, "a").insuredUsd).toBe("99.97"); // 100 − 0.0333… = 99.9666… → 99.97
    expect(positionIn(result, "b").insuredUsd).toBe("199.93"); // 200 − 0.0666… = 199.9333… → 199.93
  });
});
