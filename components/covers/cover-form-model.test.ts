import { describe, expect, it } from "vitest";
import type { TCoverProduct } from "@/lib/schemas/provider";
import { applyProduct, coverServerFields, emptyCover, toCoverInput, validateCover, type CoverFormValues } from "./cover-form-model";

const filled: CoverFormValues = {
  ...emptyCover(["pos-1"]),
  source: "elsewhere", productName: "Exchange halt cover", coverageType: "exchange_halt",
  amountUsd: "$50,000", startsAt: "2026-01-01", expiresAt: "2026-07-01", claimWindowDays: "30",
};

const nexusProtocol = {
  id: "prod-1", coverageType: "protocol_exploit", deductible: { kind: "pct_of_cover", value: "5" },
} as TCoverProduct;

describe("cover form validation", () => {
  it("accepts a complete cover bought elsewhere", () => {
    expect(validateCover(filled)).toEqual({});
  });

  it("puts reversed dates on the expiry field", () => {
    expect(validateCover({ ...filled, expiresAt: "2025-12-01" })).toEqual({ expiresAt: "Expiry must be after the start date" });
  });

  it("asks for a product from the catalog, or a name for one bought elsewhere", () => {
    expect(validateCover({ ...filled, source: "catalog" }).productId).toBe("Choose the provider, then the product");
    expect(validateCover({ ...filled, source: "catalog", providerSlug: "nexus-mutual" }).productId).toBe("Choose the product you bought");
    expect(validateCover({ ...filled, productName: "  " }).productName).toBe("Pick a product from the catalog or name the cover you bought");
  });

  it("explains each wrong field in words", () => {
    const errors = validateCover({
      ...filled, coverageType: "", amountUsd: "lots", claimWindowDays: "2 weeks",
      deductibleKind: "pct_of_loss", deductibleValue: "150", startsAt: "", expiresAt: "",
    });
    expect(errors).toMatchObject({
      coverageType: "Choose the risk this cover protects against",
      amountUsd: "Enter an amount in USD, e.g. 1250.50 (no sign, at most 8 decimals)",
      claimWindowDays: "Enter whole days, e.g. 30",
      "deductible.value": "Must be between 0 and 100",
      startsAt: "Enter the first day of cover",
      expiresAt: "Enter the day the cover ends",
    });
  });

  it("allows a fixed deductible above 100 dollars", () => {
    expect(validateCover({ ...filled, deductibleKind: "fixed_usd", deductibleValue: "2,500" })).toEqual({});
  });
});

describe("cover form input", () => {
  it("sends a catalog product by id and nothing typed for elsewhere", () => {
    const v = applyProduct({ ...filled, source: "catalog", providerSlug: "nexus-mutual", productName: "stale" }, nexusProtocol);
    expect(toCoverInput(v)).toMatchObject({
      productId: "prod-1", providerSlug: null, productName: null, coverageType: "protocol_exploit",
      deductible: { kind: "pct_of_cover", value: "5" },
    });
  });

  it("sends a cover bought elsewhere with its optional provider and clean amounts", () => {
    expect(toCoverInput({ ...filled, providerSlug: "" })).toMatchObject({
      productId: null, providerSlug: null, productName: "Exchange halt cover", amountUsd: "50000",
      premiumUsd: null, deductible: null, claimWindowDays: 30, positionIds: ["pos-1"],
    });
  });

  it("clears the product when none is picked", () => {
    expect(applyProduct({ ...filled, productId: "prod-1" }, undefined).productId).toBe("");
  });
});

describe("server errors beside the field", () => {
  it("shows a bad linked id on the checklist and a deductible error on its value", () => {
    expect(coverServerFields({ "positionIds.2": "Not a valid id", deductible: "A percentage must be between 0 and 100" })).toMatchObject({
      positionIds: "Not a valid id", "deductible.value": "A percentage must be between 0 and 100",
    });
  });
});
