import { z } from "zod";
import { ZDay, ZId, ZMoney } from "./primitives";

/** An annual rate: above 0, at most 100 %, at most 4 decimals. */
export const ZRatePct = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, "Enter the annual rate in %, e.g. 2.1")
  .refine((s) => Number(s) > 0, "Must be above 0 %")
  .refine((s) => Number(s) <= 100, "At most 100 %");

export const ZCreateQuoteInput = z
  .object({
    portfolioId: ZId,
    productId: ZId,
    /** When given, the product must be this provider's. */
    providerSlug: z.string().trim().min(1).max(64).optional(),
    ratePct: ZRatePct,
    amountUsd: ZMoney.optional(),
    periodDays: z.number().int("Whole days").min(1, "At least 1 day").max(1095, "At most 1,095 days (3 years)").optional(),
    quotedAt: ZDay,
    validUntil: ZDay.optional(),
    note: z.string().trim().max(500, "At most 500 characters").optional(),
    url: z.url({ protocol: /^https?$/, error: "Enter a link starting with https:// or http://" }).max(2000, "At most 2,000 characters").optional(),
  })
  .refine((q) => q.validUntil === undefined || q.validUntil >= q.quotedAt, { path: ["validUntil"], message: "Must be on or after the day of the quote" });
export type TCreateQuoteInput = z.infer<typeof ZCreateQuoteInput>;

export const ZQuote = z.object({
  id: z.string(),
  portfolioId: z.string(),
  productId: z.string(),
  productName: z.string(),
  providerName: z.string(),
  ratePct: z.string(),
  amountUsd: z.string().nullable(),
  periodDays: z.number().int().nullable(),
  quotedAt: z.string(),
  validUntil: z.string().nullable(),
  /** The last day it prices the product (validUntil, or 30 days after quotedAt). */
  validThrough: z.string(),
  /** "valid": it prices the product now; "expired": kept, unused; "future": dated after today. */
  status: z.enum(["valid", "expired", "future"]),
  /** A newer valid quote for the same product is used instead. */
  superseded: z.boolean(),
  note: z.string().nullable(),
  url: z.string().nullable(),
});
export type TQuote = z.infer<typeof ZQuote>;

export const ZQuoteListInput = z.object({ portfolioId: ZId });
export const ZQuoteDeleteInput = z.object({ id: ZId });
