import { describe, expect, it } from "vitest";
import { Decimal } from "../money";
import { premiumFor } from "./cost";
import { priceFor, type PriceBasis } from "./price";
import { reasonsFor, scopeReason } from "./reasons";
import { gap, product } from "./test-fixtures";

/** The reasons at the price the recommender would use for 80,000 of cover. */
function reasonsAt(p: ReturnType<typeof product>, basis: PriceBasis = "mid", amount = "80000") {
  const price = priceFor(p, basis);
  const annual = price && premiumFor(new Decimal(amount), price.pct).toFixed(2);
  return reasonsFor(gap(), p, price, annual);
}

describe("reasons", () => {
  it("names venue and chain, claims model, capacity, cost and score", () => {
    const p = product({ capacityUsd: "12000000", providerScore: 7.84 });
    // 80,000 × 2.3 % = 1,840 a year
    expect(reasonsAt(p)).toEqual([
      "covers Aave v3 on Ethereum",
      "parametric trigger",
      "no KYC",
      "capacity $12M",
      "≈ $1,840/yr at published 2.3 %/yr",
      "provider score 7.8/10",
    ]);
  });

  it("prices a range at the chosen point and says which, and says quote only when unknown", () => {
    const ranged = product({ premiumLowPct: "2.3", premiumHighPct: "3.0000", premiumSource: "product" });
    // 80,000 × 2.3 % = 1,840; mid (2.3 + 3) / 2 = 2.65 %: 80,000 × 2.65 % = 2,120; × 3 % = 2,400
    expect(reasonsAt(ranged, "low")).toContain("≈ $1,840/yr at published range 2.3–3 %, low 2.3 %");
    expect(reasonsAt(ranged, "mid")).toContain("≈ $2,120/yr at published range 2.3–3 %, mid 2.65 %");
    expect(reasonsAt(ranged, "high")).toContain("≈ $2,400/yr at published range 2.3–3 %, high 3 %");
    const quote = product({ premiumLowPct: null, premiumHighPct: null, kycRequired: true, claimsModel: null });
    const reasons = reasonsAt(quote);
    expect(reasons).toContain("premium on quote only");
    expect(reasons).not.toContain("no KYC");
  });

  it("says when the scope is a wildcard rather than a listing", () => {
    expect(scopeReason(gap(), product({ venues: ["*"], chains: ["*"] }))).toBe(
      "covers Aave v3 (any DeFi venue) on Ethereum (any chain)",
    );
    expect(scopeReason(gap({ venueName: "Aave V3 Core", chainName: "Ethereum mainnet" }), product())).toBe(
      "covers Aave V3 Core on Ethereum mainnet",
    );
  });

  it("formats capacity compactly", () => {
    const reason = (cap: string) =>
      reasonsAt(product({ capacityUsd: cap }))[3];
    expect(reason("2500000")).toBe("capacity $2.5M");
    expect(reason("750000")).toBe("capacity $750K");
    expect(reason("1200000000")).toBe("capacity $1.2B");
    expect(reason("800")).toBe("capacity $800");
  });
});
