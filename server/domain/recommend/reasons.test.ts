import { describe, expect, it } from "vitest";
import { Decimal } from "../money";
import { estimateCost } from "./cost";
import { reasonsFor, scopeReason } from "./reasons";
import { gap, product } from "./test-fixtures";

describe("reasons", () => {
  it("names venue and chain, claims model, capacity, cost and score", () => {
    const p = product({ capacityUsd: "12000000", providerScore: 7.84 });
    // 80,000 × 2.3 % = 1,840 a year
    const cost = estimateCost(new Decimal("80000"), p, 365);
    expect(reasonsFor(gap(), p, cost)).toEqual([
      "covers Aave v3 on Ethereum",
      "parametric trigger",
      "no KYC",
      "capacity $12M",
      "≈ $1,840/yr at 2.3 %",
      "provider score 7.8/10",
    ]);
  });

  it("shows a premium range, and quote only when unknown", () => {
    const ranged = product({ premiumLowPct: "2.3", premiumHighPct: "3.0000" });
    // 80,000 × 2.3 % = 1,840; × 3 % = 2,400
    expect(reasonsFor(gap(), ranged, estimateCost(new Decimal("80000"), ranged, 365))).toContain("≈ $1,840–$2,400/yr at 2.3–3 %");
    const quote = product({ premiumLowPct: null, premiumHighPct: null, kycRequired: true, claimsModel: null });
    const reasons = reasonsFor(gap(), quote, estimateCost(new Decimal("80000"), quote, 365));
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
      reasonsFor(gap(), product({ capacityUsd: cap }), estimateCost(new Decimal(1), product(), 365))[3];
    expect(reason("2500000")).toBe("capacity $2.5M");
    expect(reason("750000")).toBe("capacity $750K");
    expect(reason("1200000000")).toBe("capacity $1.2B");
    expect(reason("800")).toBe("capacity $800");
  });
});
