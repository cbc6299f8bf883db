import { describe, expect, it } from "vitest";
import { Decimal, formatMoney } from "../money";
import { gapToTarget, suggestAmount } from "./suggested-amount";
import { gap, product } from "./test-fixtures";

const money = (d: Decimal) => formatMoney(d);

describe("gap to target", () => {
  it("is targetRatio · E − insured, exact", () => {
    // 0.8 × 12,345.67 − 1,000.00 = 9,876.536 − 1,000 = 8,876.536
    expect(gapToTarget(gap({ exposureUsd: "12345.67", insuredUsd: "1000" }), 0.8).toString()).toBe("8876.536");
  });

  it("is never negative", () => {
    expect(gapToTarget(gap({ exposureUsd: "1000", insuredUsd: "900" }), 0.8).toString()).toBe("0");
  });
});

describe("suggested amount (DESIGN §5 step 2)", () => {
  it("rounds the gap up to whole dollars", () => {
    // 8,876.536 → 8,877
    const s = suggestAmount(new Decimal("8876.536"), product());
    expect(money(s.amountUsd)).toBe("8877.00");
    expect(money(s.gapUsd)).toBe("8877.00");
    expect(s).toMatchObject({ partial: false, raisedToMinimum: false });
  });

  it("keeps a whole-dollar gap as it is", () => {
    expect(money(suggestAmount(new Decimal("80000"), product()).amountUsd)).toBe("80000.00");
  });

  it("raises the amount to the product minimum", () => {
    const s = suggestAmount(new Decimal("800.2"), product({ minAmountUsd: "5000" }));
    expect(money(s.amountUsd)).toBe("5000.00");
    expect(money(s.gapUsd)).toBe("801.00");
    expect(s.raisedToMinimum).toBe(true);
  });

  it("caps the amount at capacity (rounded down to dollars) and marks it partial", () => {
    // wanted 80,000; capacity 12,345.67 → 12,345
    const s = suggestAmount(new Decimal("80000"), product({ capacityUsd: "12345.67" }));
    expect(money(s.amountUsd)).toBe("12345.00");
    expect(s.partial).toBe(true);
  });

  it("is not partial when capacity equals the amount wanted", () => {
    const s = suggestAmount(new Decimal("79999.01"), product({ capacityUsd: "80000" }));
    expect(money(s.amountUsd)).toBe("80000.00");
    expect(s.partial).toBe(false);
  });

  it("caps at capacity even when the minimum is above it", () => {
    const s = suggestAmount(new Decimal("100"), product({ minAmountUsd: "5000", capacityUsd: "2000" }));
    expect(money(s.amountUsd)).toBe("2000.00");
    expect(s).toMatchObject({ partial: true, raisedToMinimum: true });
  });
});
