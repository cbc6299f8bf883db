import { ZCreateQuoteInput, type TCreateQuoteInput } from "@/lib/schemas/quote";

export type QuoteValues = { ratePct: string; quotedAt: string; validUntil: string; note: string; url: string };

export const emptyQuote = (today: string): QuoteValues => ({ ratePct: "", quotedAt: today, validUntil: "", note: "", url: "" });

/** The form's values checked as the server will check them; errors by field, or the input to send. */
export function toQuoteInput(
  v: QuoteValues, ids: { portfolioId: string; productId: string }, today: string,
): { input: TCreateQuoteInput; errors: null } | { input: null; errors: Record<string, string> } {
  const parsed = ZCreateQuoteInput.safeParse({
    ...ids, ratePct: v.ratePct, quotedAt: v.quotedAt,
    ...(v.validUntil && { validUntil: v.validUntil }), ...(v.note.trim() && { note: v.note }), ...(v.url.trim() && { url: v.url.trim() }),
  });
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  if (v.quotedAt > today) errors.quotedAt ??= "A quote cannot be dated after today";
  if (!parsed.success || Object.keys(errors).length > 0) return { input: null, errors };
  return { input: parsed.data, errors: null };
}
