import { describe, expect, it } from "vitest";
import { EMPTY_POSITION, toPositionInput, validatePosition } from "./position-form-model";

const aave = {
  ...EMPTY_POSITION, label: "Aave v3 USDC deposit", asset: "USDC", assetKind: "stablecoin", chain: "ethereum",
  venueKind: "defi", venue: "aave-v3", valueUsd: "100,000",
} as const;

describe("position form", () => {
  it("accepts a complete position and sends clean values", () => {
    expect(validatePosition(aave)).toEqual({});
    expect(toPositionInput(aave)).toMatchObject({ valueUsd: "100000", quantity: null, riskGrade: null });
  });

  it("says what is missing, field by field", () => {
    expect(validatePosition(EMPTY_POSITION)).toMatchObject({
      label: "Required", asset: "Required", assetKind: "Choose the kind of asset", venueKind: "Choose where the asset is held",
      chain: "Choose the chain", venue: "Type the venue and choose it from the list, or keep it as an unlisted venue",
    });
  });

  it("rejects a negative value and a venue that is not a slug", () => {
    const errors = validatePosition({ ...aave, valueUsd: "-5", venue: "aave v3" });
    expect(errors.valueUsd).toMatch(/no sign/);
    expect(errors.venue).toMatch(/lowercase letters, digits, dots and dashes/);
  });
});
