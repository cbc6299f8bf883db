import { describe, expect, it } from "vitest";
import type { TProviderProduct } from "@/lib/schemas/provider-score";
import { productScope, productTermRows } from "./product-terms";

const base: TProviderProduct = {
  id: "p", slug: "protocol-cover", name: "Protocol Cover", coverageType: "protocol_exploit", status: "active", description: null,
  venues: ["*"], venueKinds: ["defi"], chains: ["ethereum", "bsc"], premiumLowPct: null, premiumHighPct: null, deductible: null,
  minPeriodDays: null, maxPeriodDays: null, claimWindowDays: null, capacityUsd: null, minAmountUsd: null, claimsModel: null,
  kycRequired: null, source: null, asOf: null, note: null, termSources: {},
};
const value = (p: TProviderProduct, key: string) => productTermRows(p).find((r) => r.key === key)?.value;

describe("product terms", () => {
  it("leaves every term unknown (null) when no fact states it", () => {
    expect(productTermRows(base).map((r) => r.value)).toEqual([null, null, null, null, null, null]);
  });

  it("writes the stated terms", () => {
    const p = {
      ...base, premiumLowPct: "2.6", premiumHighPct: "10", deductible: { kind: "pct_of_cover" as const, value: "5" },
      minPeriodDays: 28, maxPeriodDays: 365, claimWindowDays: 1, capacityUsd: "12000000", minAmountUsd: "2000",
    };
    expect(value(p, "premium")).toBe("2.6–10 % a year");
    expect(value(p, "deductible")).toBe("5 % of the cover amount");
    expect(value(p, "period")).toBe("28 days to 365 days");
    expect(value(p, "claimWindow")).toBe("1 day");
    expect(value(p, "capacity")).toBe("$12M");
    expect(value(p, "minAmount")).toBe("$2K");
  });

  it("writes an open-ended period and a fixed deductible", () => {
    expect(value({ ...base, minPeriodDays: 30 }, "period")).toBe("at least 30 days");
    expect(value({ ...base, maxPeriodDays: 90 }, "period")).toBe("at most 90 days");
    expect(value({ ...base, deductible: { kind: "fixed_usd", value: "500000" } }, "deductible")).toBe("$500K per claim");
  });
});

describe("product scope", () => {
  it("reads venues and chains, '*' as any", () => {
    expect(productScope(base)).toBe("any DeFi venue · on Ethereum, BNB Chain");
    expect(productScope({ venueKinds: ["custodian"], venues: ["bitgo"], chains: ["*"] })).toBe("bitgo · on any chain");
    expect(productScope({ venueKinds: [], venues: [], chains: [] })).toBeNull();
    expect(productScope({ venueKinds: [], venues: [], chains: ["gnosis"] })).toBe("Gnosis");
  });
});

describe("productScope of a listing", () => {
  it("names the venue of a listing that states no venue kind (a depeg listing at its issuer)", () => {
    expect(productScope({ venueKinds: [], venues: ["ethena-usde"], chains: ["*"] })).toBe("ethena-usde · on any chain");
    expect(productScope({ venueKinds: ["defi"], venues: ["aave-v3"], chains: ["*"] })).toBe("aave-v3 · on any chain");
  });
});
