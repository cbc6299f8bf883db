import { ZMoney } from "@/lib/schemas/primitives";
import type { TGradeProbabilities } from "@/lib/schemas/settings";
import { GRADES, probabilityToPct } from "./labels";

export type ProbabilityDraft = Record<keyof TGradeProbabilities, string>;

/** Commas are how people write big amounts; the wire takes a plain decimal. */
export function normalizeBudget(raw: string): string {
  return raw.trim().replace(/[,\s]/g, "").replace(/^\$/, "");
}

export function budgetError(raw: string): string | null {
  if (raw.trim() === "") return "Enter your annual premium budget in USD";
  const parsed = ZMoney.safeParse(normalizeBudget(raw));
  return parsed.success ? null : parsed.error.issues[0]?.message ?? "Not a valid amount";
}

export function probabilityDraft(p: TGradeProbabilities): ProbabilityDraft {
  return Object.fromEntries(GRADES.map((g) => [g, probabilityToPct(p[g])])) as ProbabilityDraft;
}

const PCT = /^\d{1,3}(\.\d{1,4})?$/;

export function probabilityError(raw: string): string | null {
  const v = raw.trim();
  if (v === "") return "Required";
  if (!PCT.test(v) || Number(v) > 100) return "A percentage between 0 and 100, e.g. 2.5";
  return null;
}

/** Field errors by grade; empty when every field is valid. */
export function probabilityErrors(d: ProbabilityDraft): Partial<Record<keyof ProbabilityDraft, string>> {
  const out: Partial<Record<keyof ProbabilityDraft, string>> = {};
  for (const g of GRADES) {
    const e = probabilityError(d[g]);
    if (e) out[g] = e;
  }
  return out;
}

/** "2.5" % → 0.025, rounded to 6 decimals so binary floats do not leak digits into the request. */
export function toProbabilities(d: ProbabilityDraft): TGradeProbabilities {
  return Object.fromEntries(GRADES.map((g) => [g, Number((Number(d[g]) / 100).toFixed(6))])) as TGradeProbabilities;
}
