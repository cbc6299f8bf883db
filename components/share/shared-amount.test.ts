import { describe, expect, it } from "vitest";
import { formatAmount, formatShare } from "./shared-amount";

describe("shared page figures", () => {
  it("a share of the total: one decimal, a tiny non-zero share as < 0.1 %", () => {
    expect(formatShare(0.125)).toBe("12.5 %");
    expect(formatShare(1)).toBe("100.0 %");
    expect(formatShare(0)).toBe("0.0 %");
    expect(formatShare(0.0001)).toBe("< 0.1 %");
  });

  it("dollars only for a link that shows amounts", () => {
    expect(formatAmount({ kind: "usd", usd: "1234.5" })).toBe("$1,234.50");
    expect(formatAmount({ kind: "share", share: 0.3125 })).toBe("31.3 %");
    expect(formatAmount({ kind: "share", share: 0.3125 })).not.toContain("$");
  });
});
