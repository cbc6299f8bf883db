import { z } from "zod";
import {
  ZCoverStatus, ZCoverageType, ZDay, ZDeductibleKind, ZId, ZMoney, ZName, ZSlug, wholeNumber,
} from "./primitives";

export const MAX_LINKED_POSITIONS = 1000;

export const ZDeductible = z
  .object({ kind: ZDeductibleKind, value: ZMoney })
  .refine((d) => d.kind === "fixed_usd" || Number(d.value) <= 100, {
    message: "A percentage must be between 0 and 100",
    path: ["value"],
  });

const coverShape = {
  productId: ZId.nullable().optional(),
  providerSlug: ZSlug.nullable().optional(),
  productName: ZName.nullable().optional(),
  coverageType: ZCoverageType,
  amountUsd: ZMoney,
  premiumUsd: ZMoney.nullable().optional(),
  deductible: ZDeductible.nullable().optional(),
  startsAt: ZDay,
  expiresAt: ZDay,
  claimWindowDays: wholeNumber(z.number().int("Whole days").min(0, "At least 0").max(3650, "At most 3650 days")).nullable().optional(),
  venues: z.array(ZSlug).max(100).optional(),
  chains: z.array(ZSlug).max(100).optional(),
  status: ZCoverStatus.optional(),
  positionIds: z.array(ZId).max(MAX_LINKED_POSITIONS, `At most ${MAX_LINKED_POSITIONS} positions per cover`),
};

type DatesAndProduct = {
  startsAt?: string; expiresAt?: string; productId?: string | null; productName?: string | null;
};

/** Cross-field rules shared by create and (merged) update. */
export function checkCoverRules(c: DatesAndProduct, ctx: z.RefinementCtx): void {
  if (c.startsAt && c.expiresAt && c.expiresAt <= c.startsAt) {
    ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "Expiry must be after the start date" });
  }
  if (!c.productId && !c.productName) {
    ctx.addIssue({ code: "custom", path: ["productName"], message: "Pick a product from the catalog or name the cover you bought" });
  }
}

export const ZCoverFields = z.object(coverShape);
export const ZCreateCoverInput = z.object({ ...coverShape, portfolioId: ZId }).superRefine(checkCoverRules);
export const ZUpdateCoverInput = z
  .object(coverShape)
  .partial()
  .extend({ id: ZId })
  .superRefine((c, ctx) => {
    if (c.startsAt && c.expiresAt && c.expiresAt <= c.startsAt) {
      ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "Expiry must be after the start date" });
    }
  });

export const ZCover = z.object({
  id: z.string(),
  portfolioId: z.string(),
  productId: z.string().nullable(),
  providerSlug: z.string().nullable(),
  providerName: z.string().nullable(),
  productName: z.string(),
  coverageType: ZCoverageType,
  amountUsd: z.string(),
  premiumUsd: z.string().nullable(),
  deductible: z.object({ kind: ZDeductibleKind, value: z.string() }).nullable(),
  venues: z.array(z.string()),
  chains: z.array(z.string()),
  claimWindowDays: z.number().int().nullable(),
  startsAt: z.string(),
  expiresAt: z.string(),
  status: ZCoverStatus,
  positionIds: z.array(z.string()),
});
export type TCover = z.infer<typeof ZCover>;
