import type { PrismaClient } from "@/server/db/generated/client";
import { Prisma } from "@/server/db/generated/client";
import { notFound } from "@/server/api/errors";
import {
  DEFAULT_GRADE_PROBABILITIES, DEFAULT_WEIGHTS, INCIDENT_LOOKBACK_DEFAULT, MAX_LOADING_DEFAULT, ZGradeProbabilities, ZWeights, type TSettings, type ZUpdateSettingsInput,
} from "@/lib/schemas/settings";
import type { z } from "zod";
import { answeringRaces } from "./race-errors";

export async function getSettings(db: PrismaClient, userId: string): Promise<TSettings> {
  const u = await db.user.findFirst({ where: { id: userId } });
  if (!u) throw notFound("User");
  const weights = ZWeights.safeParse(u.weights);
  const grades = ZGradeProbabilities.safeParse(u.gradeProbabilities);
  return {
    email: u.email,
    name: u.name,
    region: u.region,
    kycOk: u.kycOk,
    targetRatio: u.targetRatio.toNumber(),
    weights: weights.success ? weights.data : DEFAULT_WEIGHTS,
    weightsAreDefault: !weights.success,
    gradeProbabilities: grades.success ? grades.data : DEFAULT_GRADE_PROBABILITIES,
    maxLoading: u.maxLoading?.toNumber() ?? MAX_LOADING_DEFAULT,
    incidentLookbackDays: u.incidentLookbackDays ?? INCIDENT_LOOKBACK_DEFAULT,
  };
}

const jsonOrReset = (v: object | null) => (v === null ? Prisma.DbNull : v);

export async function updateSettings(
  db: PrismaClient, userId: string, input: z.infer<typeof ZUpdateSettingsInput>,
): Promise<TSettings> {
  // The account may be deleted by another request meanwhile: NOT_FOUND, as getSettings says.
  await answeringRaces({ subject: "User" }, () => db.user.update({
    where: { id: userId },
    data: {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.region !== undefined && { region: input.region }),
      ...(input.kycOk !== undefined && { kycOk: input.kycOk }),
      ...(input.targetRatio !== undefined && { targetRatio: input.targetRatio.toFixed(4) }),
      ...(input.weights !== undefined && { weights: jsonOrReset(input.weights) }),
      ...(input.gradeProbabilities !== undefined && { gradeProbabilities: jsonOrReset(input.gradeProbabilities) }),
      ...(input.maxLoading !== undefined && { maxLoading: input.maxLoading === null ? null : input.maxLoading.toFixed(2) }),
      ...(input.incidentLookbackDays !== undefined && { incidentLookbackDays: input.incidentLookbackDays }),
    },
  }));
  return getSettings(db, userId);
}
