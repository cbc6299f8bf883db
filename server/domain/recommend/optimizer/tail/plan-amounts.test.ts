import { describe, expect, it } from "vitest";
import { gap, product } from "../../test-fixtures";
import { amountsFromAllocations } from "./plan-amounts";
import { tailModel } from "./tail-fixtures";

describe("an expected-mode plan as amounts per variable", () => {
  const model = tailModel(
    [gap({ positionId: "A", venue: "aave-v3" }), gap({ positionId: "A", venue: "aave-v3", risk: "depeg" })],
    [product({ id: "k0", venues: ["aave-v3"] }), product({ id: "k1", coverageType: "depeg", venues: ["*"], venueKinds: [] }),
      product({ id: "k2", venues: ["aave-v3"] })],
  );
  // x0 = (A exploit, k0), x1 = (A exploit, k2), x2 = (A depeg, k1)

  it("puts each row on its (position, risk, product) variable", () => {
    const amounts = amountsFromAllocations(model, [
      { positionId: "A", risk: "depeg", productId: "k1", amountUsd: "1200.50" },
      { positionId: "A", risk: "protocol_exploit", productId: "k2", amountUsd: "300.00" },
    ]);
    expect(amounts.map((a) => a.toFixed(2))).toEqual(["0.00", "300.00", "1200.50"]);
  });

  it("rejects a row the model has no variable for, or more than one", () => {
    expect(() => amountsFromAllocations(model, [{ positionId: "A", risk: "depeg", productId: "k0", amountUsd: "1" }]))
      .toThrow("no variable for A / depeg / k0");
    const twice = tailModel([gap({ positionId: "A" }), gap({ positionId: "A", chain: "arbitrum" })], [product({ id: "k0", venues: ["aave-v3"] })]);
    expect(() => amountsFromAllocations(twice, [{ positionId: "A", risk: "protocol_exploit", productId: "k0", amountUsd: "1" }]))
      .toThrow("more than one variable for A / protocol_exploit / k0");
  });
});
