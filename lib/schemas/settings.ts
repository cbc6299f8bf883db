import { z } from "zod";
import { DEFAULT_WEIGHTS as SCORING_DEFAULT_WEIGHTS } from "@/server/domain/scoring/weights";
import { ZRegion } from "./provider";

const ZWeight = z.number().finite("Must be a number").min(0, "Must be 0 or more").max(100, "At most 100");

export { WEIGHT_KEYS, type WeightKey } from "./values";

export const ZWeights = z
  .object({ liquidity: ZWeight, security: ZWeight, coverage: ZWeight, costs: ZWeight, ux: ZWeight, support: ZWeight })
  .refine((w) => Object.values(w).some((v) => v > 0), { message: "At least one weight must be above zero" });
export type TWeights = z.infer<typeof ZWeights>;

export const DEFAULT_WEIGHTS: TWeights = { ...SCORING_DEFAULT_WEIGHTS };

const ZProbability = z.number().finite().min(0, "At least 0").max(1, "At most 1 (100 %)");
export const ZGradeProbabilities = z.object({ A: ZProbability, B: ZProbability, C: ZProbability, D: ZProbability, E: ZProbability, F: ZProbability });
export type TGradeProbabilities = z.infer<typeof ZGradeProbabilities>;
export const DEFAULT_GRADE_PROBABILITIES: TGradeProbabilities = { A: 0.005, B: 0.01, C: 0.025, D: 0.05, E: 0.1, F: 0.2 };

/** The value guard (DESIGN §10): premium per dollar of expected loss above which advice is poor value. */
export const MAX_LOADING_DEFAULT = 3;
export const ZMaxLoading = z.number().finite("Must be a number").min(1, "At least 1").max(20, "At most 20");

/** DESIGN §11: incidents this many days back raise an alert. */
export const INCIDENT_LOOKBACK_DEFAULT = 90;
export const ZIncidentLookbackDays = z.number().int("Whole days").min(1, "At least 1 day").max(3650, "At most 3,650 days (10 years)");

export const ZSettings = z.object({
  email: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  kycOk: z.boolean(),
  targetRatio: z.number(),
  weights: ZWeights,
  weightsAreDefault: z.boolean(),
  gradeProbabilities: ZGradeProbabilities,
  maxLoading: z.number(),
  incidentLookbackDays: z.number().int(),
});
export type TSettings = z.infer<typeof ZSettings>;

export const ZUpdateSettingsInput = z.object({
  name: z.string().trim().min(1, "Required").max(120, "At most 120 characters").optional(),
  region: ZRegion.nullable().optional(),
  kycOk: z.boolean().optional(),
  targetRatio: z.number().finite().gt(0, "Must be above 0").max(1, "At most 1 (100 %)").optional(),
  weights: ZWeights.nullable().optional(),
  gradeProbabilities: ZGradeProbabilities.nullable().optional(),
  /** null = back to the default (3). */
  maxLoading: ZMaxLoading.nullable().optional(),
  /** null = back to the default (90). */
  incidentLookbackDays: ZIncidentLookbackDays.nullable().optional(),
});
