import { z } from "zod";
import { ZId } from "./primitives";

/** DESIGN §13: share links — a read-only link /s/<token> to a portfolio's dashboard and positions. */

/** "YYYY-MM-DD" (the link works through the end of that day, UTC) or an ISO date-time with a zone. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const ZShareExpiry = z
  .string()
  .trim()
  .max(40, "Not a valid date")
  .refine((s) => DAY.test(s) || DATE_TIME.test(s), "Use a date (YYYY-MM-DD) or a date and time with a zone")
  .refine((s) => !Number.isNaN(Date.parse(DAY.test(s) ? `${s}T00:00:00Z` : s)), "Not a real date");

export const ZShareCreateInput = z.object({
  portfolioId: ZId,
  /** Absent or null: the link works until it is revoked. */
  expiresAt: ZShareExpiry.nullish(),
  /** Every money figure shown as a share of the total exposure instead. */
  hideAmounts: z.boolean().optional(),
});
export type TShareCreateInput = z.infer<typeof ZShareCreateInput>;

export const ZShareListInput = z.object({ portfolioId: ZId });
export const ZShareRevokeInput = z.object({ id: ZId });

export const SHARE_LINK_STATUSES = ["active", "expired", "revoked"] as const;
export const ZShareLinkStatus = z.enum(SHARE_LINK_STATUSES);
export type TShareLinkStatus = z.infer<typeof ZShareLinkStatus>;

/** What share.create returns: the only time the link's address (its token) is ever shown. */
export const ZShareCreated = z.object({
  id: z.string(),
  url: z.string(),
  /** ISO date-time; null = no expiry. */
  expiresAt: z.string().nullable(),
  hideAmounts: z.boolean(),
});
export type TShareCreated = z.infer<typeof ZShareCreated>;

/** A link as share.list shows it: never its token. */
export const ZShareLink = z.object({
  id: z.string(),
  createdAt: z.string(),
  /** The creator's name (or e-mail address); null once their account is deleted. */
  createdByName: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  hideAmounts: z.boolean(),
  status: ZShareLinkStatus,
});
export type TShareLink = z.infer<typeof ZShareLink>;

export const ZShareRevoked = z.object({ id: z.string(), status: z.literal("revoked") });
