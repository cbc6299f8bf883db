import { describe, expect, it } from "vitest";
import { isQuoteValid, priceFor, quoteValidThrough, validQuotesByProduct, type PriceQuote } from "./price";
import { product } from "./test-fixtures";

const quote = (over: Partial<PriceQuote> = {}): PriceQuote =>
  ({ id: "q1", productId: "p-nexus-protocol", ratePct: "2.1", quotedAt: "2026-11-28", validUntil: null, ...over });

describe("priceFor: the rate a cost uses and the words for it", () => {
  const ranged = product({ premiumLowPct: "2.6", premiumHighPct: "10", premiumSource: "product" });

  it("prices a published range at its low end, its middle or its high end", () => {
    expect(priceFor(ranged, "low")).toMatchObject({ pct: "2.6", source: "range", basis: "low", label: "published range 2.6–10 %, low 2.6 %" });
    // (2.6 + 10) / 2 = 6.3
    expect(priceFor(ranged, "mid")).toMatchObject({ pct: "6.3", basis: "mid", label: "published range 2.6–10 %, mid 6.3 %" });
    expect(priceFor(ranged, "high")).toMatchObject({ pct: "10", basis: "high", label: "published range 2.6–10 %, high 10 %" });
  });

  it("says whose range it is when the product borrows its provider's", () => {
    const generic = product({ premiumLowPct: "1", premiumHighPct: "29", premiumSource: "provider" });
    // (1 + 29) / 2 = 15
    expect(priceFor(generic, "mid")?.label).toBe("Nexus Mutual published range 1–29 %, mid 15 %");
  });

  it("names a single figure for what it is: a minimum, an old initial price, a price", () => {
    const floor = product({ premiumLowPct: "1", premiumHighPct: "1", premiumKind: "minimum" });
    expect(priceFor(floor, "high")).toMatchObject({ pct: "1", source: "minimum", basis: null, label: "Nexus Mutual minimum 1 %/yr" });
    const initial = product({ premiumLowPct: "10", premiumHighPct: "10", premiumKind: "initial", priceAsOf: "2023" });
    expect(priceFor(initial, "low")?.label).toBe("Nexus Mutual initial price 10 %/yr (2023)");
    expect(priceFor(product(), "mid")?.label).toBe("published 2.3 %/yr");
  });

  it("a valid quote beats every catalog price and carries its date", () => {
    expect(priceFor(ranged, "high", quote())).toMatchObject({ pct: "2.1", source: "quote", quoteId: "q1", label: "your quote 2.1 % · Nov 28, 2026" });
  });

  it("a product with no price stays quote only, whatever the basis", () => {
    const unpriced = product({ premiumLowPct: null, premiumHighPct: null });
    for (const basis of ["low", "mid", "high"] as const) expect(priceFor(unpriced, basis)).toBeNull();
  });
});

describe("quotes in force", () => {
  it("a quote without an end holds 30 days; one with an end holds through that day", () => {
    expect(quoteValidThrough(quote())).toBe("2026-12-28"); // 28 Nov + 30 days
    expect(isQuoteValid(quote(), "2026-12-28")).toBe(true);
    expect(isQuoteValid(quote(), "2026-12-29")).toBe(false);
    expect(isQuoteValid(quote({ validUntil: "2026-12-01" }), "2026-12-02")).toBe(false);
    expect(isQuoteValid(quote({ quotedAt: "2026-12-05" }), "2026-12-04")).toBe(false); // dated in the future
  });

  it("uses the most recent valid quote per product and never an expired one", () => {
    const quotes = [
      quote({ id: "old", quotedAt: "2026-11-01", ratePct: "1.5" }),
      quote({ id: "new", quotedAt: "2026-11-28", ratePct: "2.1" }),
      quote({ id: "expired", productId: "other", quotedAt: "2026-10-01", validUntil: "2026-10-31" }),
    ];
    const inForce = validQuotesByProduct(quotes, "2026-12-04");
    expect(inForce.get("p-nexus-protocol")?.id).toBe("new");
    expect(inForce.has("other")).toBe(false);
  });
});
