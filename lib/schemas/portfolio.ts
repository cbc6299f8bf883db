import { z } from "zod";
import { ZDescription, ZId, ZName } from "./primitives";

export const ZCreatePortfolioInput = z.object({
  name: ZName,
  description: ZDescription.optional(),
});
export const ZUpdatePortfolioInput = z.object({
  id: ZId,
  name: ZName.optional(),
  description: ZDescription.nullable().optional(),
});
export const ZPortfolio = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  positionCount: z.number().int(),
  coverCount: z.number().int(),
  totalValueUsd: z.string(),
  createdAt: z.string(),
  /** The caller's role in it (DESIGN §13). */
  role: z.enum(["owner", "editor", "viewer"]),
  memberCount: z.number().int(),
});
export type TPortfolio = z.infer<typeof ZPortfolio>;
