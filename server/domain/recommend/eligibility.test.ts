import { describe, expect, it } from "vitest";
import { checkEligibility, partitionProducts } from "./eligibility";
import { gap, PREFS, product } from "./test-fixtures";

const codes = (g = gap(), p = product(), prefs = PREFS) => checkEligibility(g, p, prefs).exclusions.map((e) => e.code);

describe("eligibility (DESIGN §5 step 1)", () => {
  it("accepts a product listing the venue and chain", () => {
    expect(checkEligibility(gap(), product(), PREFS)).toEqual({ eligible: true, exclusions: [] });
  });

  it("requires the coverage type to match the risk", () => {
    expect(codes(gap(), product({ coverageType: "depeg" }))).toEqual(["coverage_type"]);
  });

  it("requires the venue to be listed, or a wildcard of the right venue kind", () => {
    expect(codes(gap(), product({ venues: ["curve"] }))).toEqual(["venue"]);
    expect(codes(gap(), product({ venues: ["*"], venueKinds: ["defi"] }))).toEqual([]);
    expect(codes(gap(), product({ venues: ["*"], venueKinds: ["cex"] }))).toEqual(["venue_kind"]);
    expect(codes(gap(), product({ venues: ["*"], venueKinds: [] }))).toEqual([]);
  });

  it("requires the chain to be listed, or a wildcard", () => {
    expect(codes(gap({ chain: "solana" }))).toEqual(["chain"]);
    expect(codes(gap({ chain: "solana" }), product({ chains: ["*"] }))).toEqual([]);
  });

  it("keeps a product that states no scope (warned as vague elsewhere)", () => {
    expect(codes(gap(), product({ venues: [], chains: [] }))).toEqual([]);
  });

  it("requires an active provider and a product that is not deprecated", () => {
    expect(codes(gap(), product({ providerStatus: "wound_down" }))).toEqual(["provider_inactive"]);
    expect(codes(gap(), product({ providerStatus: "unknown" }))).toEqual(["provider_inactive"]);
    expect(codes(gap(), product({ status: "deprecated" }))).toEqual(["product_deprecated"]);
    expect(codes(gap(), product({ status: "unknown" }))).toEqual([]);
  });

  it("excludes a product not offered in the user's region, case-insensitively", () => {
    expect(codes(gap(), product({ regionsExcluded: ["fr", "US"] }))).toEqual(["region_excluded"]);
    expect(codes(gap(), product({ regionsExcluded: ["US"] }))).toEqual([]);
    expect(codes(gap(), product({ regionsExcluded: ["FR"] }), { ...PREFS, region: null })).toEqual([]);
  });

  it("excludes KYC products only for a user who will not do KYC", () => {
    const noKyc = { ...PREFS, kycOk: false };
    expect(codes(gap(), product({ kycRequired: true }), noKyc)).toEqual(["kyc_required"]);
    expect(codes(gap(), product({ kycRequired: true }), PREFS)).toEqual([]);
    expect(codes(gap(), product({ kycRequired: null }), noKyc)).toEqual([]);
  });

  it("does not exclude on capacity: a small capacity is a partial suggestion", () => {
    expect(codes(gap(), product({ capacityUsd: "10" }))).toEqual([]);
  });

  it("reports every failing rule, with words the UI can show", () => {
    const result = checkEligibility(
      gap({ chain: "solana" }),
      product({ venues: ["curve"], providerStatus: "wound_down", regionsExcluded: ["FR"] }),
      PREFS,
    );
    expect(result.eligible).toBe(false);
    expect(result.exclusions).toEqual([
      { code: "venue", text: "does not list Aave v3" },
      { code: "chain", text: "not available on Solana" },
      { code: "provider_inactive", text: "Nexus Mutual is not active (wound down)" },
      { code: "region_excluded", text: "not offered in your region (FR)" },
    ]);
  });

  it("lists as excluded only the products of the right coverage type", () => {
    const products = [
      product({ id: "ok" }),
      product({ id: "wrong-chain", chains: ["base"] }),
      product({ id: "depeg", coverageType: "depeg" }),
    ];
    const { eligible, excluded } = partitionProducts(gap(), products, PREFS);
    expect(eligible.map((p) => p.id)).toEqual(["ok"]);
    expect(excluded.map((p) => p.productId)).toEqual(["wrong-chain"]);
  });
});
