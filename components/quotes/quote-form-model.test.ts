import { describe, expect, it } from "vitest";
import { emptyQuote, toQuoteInput } from "./quote-form-model";

const ids = { portfolioId: "pf1", productId: "prod1" };
const today = "2026-12-04";

describe("the quote form", () => {
  it("sends what was typed, leaving out blank optional fields", () => {
    const out = toQuoteInput({ ...emptyQuote(today), ratePct: " 2.1 ", note: " " }, ids, today);
    expect(out).toEqual({ errors: null, input: { ...ids, ratePct: "2.1", quotedAt: today } });
  });

  it("names every field at fault, as the server would", () => {
    const out = toQuoteInput({ ratePct: "0", quotedAt: "2026-12-05", validUntil: "2026-12-01", note: "", url: "ftp://x" }, ids, today);
    expect(out.errors).toEqual({
      ratePct: "Must be above 0 %",
      validUntil: "Must be on or after the day of the quote",
      url: "Enter a link starting with https:// or http://",
      quotedAt: "A quote cannot be dated after today",
    });
    expect(toQuoteInput({ ...emptyQuote(today), ratePct: "101" }, ids, today).errors).toEqual({ ratePct: "At most 100 %" });
  });
});
