import { addDays, formatDay } from "@/lib/format/calendar";
import { Decimal } from "../money";
import { premiumRange } from "./cost";
import type { RecommendProduct } from "./types";

/** Which point of a published premium range to price with (DESIGN §10). */
export type PriceBasis = "low" | "mid" | "high";
export const PRICE_BASES: readonly PriceBasis[] = ["low", "mid", "high"];
export const DEFAULT_PRICE_BASIS: PriceBasis = "mid";

/** A rate the user was quoted for a product, as the recommender reads it. */
export type PriceQuote = {
  id: string;
  productId: string;
  /** Annual rate, % of the amount. */
  ratePct: string;
  quotedAt: string;
  /** Last day it holds; null = QUOTE_DEFAULT_VALID_DAYS after quotedAt. */
  validUntil: string | null;
};

/** A quote that names no end holds this long: prices of dynamic-priced pools move within weeks. */
export const QUOTE_DEFAULT_VALID_DAYS = 30;

export type PriceSource = "quote" | "range" | "published" | "minimum" | "initial";

/** The annual rate a cost was computed with, and the words that say where it came from. */
export type PriceUsed = {
  pct: string;
  source: PriceSource;
  /** The point of a range used; null when the price is a single figure. */
  basis: PriceBasis | null;
  /** "your quote 2.1 % · 28 Nov", "Nexus Mutual minimum 1 %/yr", "published range 2.6–10 %, mid 6.3 %". */
  label: string;
  quoteId: string | null;
};

/** Plain notation, never an exponent, trailing zeros dropped ("3.0000" → "3"). */
const plain = (d: Decimal | string) => new Decimal(d).toFixed();

/** The quote's last valid day. */
export function quoteValidThrough(quote: Pick<PriceQuote, "quotedAt" | "validUntil">): string {
  return quote.validUntil ?? addDays(quote.quotedAt, QUOTE_DEFAULT_VALID_DAYS);
}

export function isQuoteValid(quote: Pick<PriceQuote, "quotedAt" | "validUntil">, today: string): boolean {
  return quote.quotedAt <= today && today <= quoteValidThrough(quote);
}

/** Per product, the most recent quote valid today (ties: the lower rate, then the id). */
export function validQuotesByProduct(quotes: readonly PriceQuote[], today: string): Map<string, PriceQuote> {
  const best = new Map<string, PriceQuote>();
  for (const q of quotes) {
    if (!isQuoteValid(q, today)) continue;
    const current = best.get(q.productId);
    if (!current || preferQuote(q, current)) best.set(q.productId, q);
  }
  return best;
}

function preferQuote(a: PriceQuote, b: PriceQuote): boolean {
  if (a.quotedAt !== b.quotedAt) return a.quotedAt > b.quotedAt;
  const byRate = new Decimal(a.ratePct).comparedTo(new Decimal(b.ratePct));
  return byRate !== 0 ? byRate < 0 : a.id < b.id;
}

/**
 * The rate to price a product with: a valid quote beats every catalog price; else the catalog's,
 * at the chosen point of a range. A single published figure is used as it is, named for what it is
 * (a minimum, an old initial price). Null = quote only: never priced from another product's range.
 */
export function priceFor(product: RecommendProduct, basis: PriceBasis, quote: PriceQuote | null = null): PriceUsed | null {
  if (quote) {
    return { pct: plain(quote.ratePct), source: "quote", basis: null, quoteId: quote.id,
      label: `your quote ${plain(quote.ratePct)} % · ${formatDay(quote.quotedAt)}` };
  }
  const range = premiumRange(product);
  if (range === null) return null;
  const low = new Decimal(range.low);
  const high = new Decimal(range.high);
  const whose = product.premiumSource === "provider" ? `${product.providerName} ` : "";
  if (low.eq(high)) {
    const pct = plain(low);
    switch (product.premiumKind ?? "published") {
      case "minimum": return { pct, source: "minimum", basis: null, quoteId: null, label: `${product.providerName} minimum ${pct} %/yr` };
      case "initial": return { pct, source: "initial", basis: null, quoteId: null,
        label: `${product.providerName} initial price ${pct} %/yr${product.priceAsOf ? ` (${product.priceAsOf})` : ""}` };
      case "published": return { pct, source: "published", basis: null, quoteId: null, label: `${whose}published ${pct} %/yr` };
    }
  }
  const pct = plain(basis === "low" ? low : basis === "high" ? high : low.plus(high).div(2));
  return { pct, source: "range", basis, quoteId: null,
    label: `${whose}published range ${plain(low)}–${plain(high)} %, ${basis} ${pct} %` };
}
