import type { TSettings, TWeights, WeightKey } from "@/lib/schemas/settings";
import { WEIGHT_KEYS } from "@/lib/schemas/values";

export type ProfileValues = { name: string; region: string; kycOk: boolean; targetPct: string };
export type WeightValues = Record<WeightKey, string>;

const PCT = /^\d{1,3}(\.\d{1,2})?$/;
const WEIGHT = /^\d{1,3}(\.\d{1,4})?$/;

export function profileValues(s: TSettings): ProfileValues {
  return { name: s.name, region: s.region ?? "", kycOk: s.kycOk, targetPct: String(Number((s.targetRatio * 100).toFixed(2))) };
}

/** Same rules as ZUpdateSettingsInput, with messages for the field they sit beside. */
export function validateProfile(v: ProfileValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.name.trim() === "") errors.name = "Required";
  else if (v.name.trim().length > 120) errors.name = "At most 120 characters";
  if (v.region.trim() !== "" && !/^[A-Za-z]{2}$/.test(v.region.trim())) errors.region = "Use a two-letter country code, e.g. DE";
  const t = v.targetPct.trim();
  if (t === "") errors.targetRatio = "Required";
  else if (!PCT.test(t) || Number(t) <= 0 || Number(t) > 100) errors.targetRatio = "A percentage above 0 and at most 100, e.g. 80";
  return errors;
}

export function toProfileInput(v: ProfileValues) {
  const region = v.region.trim().toUpperCase();
  return {
    name: v.name.trim(),
    region: region === "" ? null : region,
    kycOk: v.kycOk,
    targetRatio: Number((Number(v.targetPct.trim()) / 100).toFixed(4)),
  };
}

export function weightValues(w: TWeights): WeightValues {
  return Object.fromEntries(WEIGHT_KEYS.map((k) => [k, String(w[k])])) as WeightValues;
}

export function validateWeights(v: WeightValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const k of WEIGHT_KEYS) {
    const s = v[k].trim();
    if (s === "") errors[k] = "Required";
    else if (!WEIGHT.test(s) || Number(s) > 100) errors[k] = "A number from 0 to 100";
  }
  if (Object.keys(errors).length === 0 && WEIGHT_KEYS.every((k) => Number(v[k]) === 0)) {
    errors.weights = "At least one weight must be above zero";
  }
  return errors;
}

export function toWeights(v: WeightValues): TWeights {
  return Object.fromEntries(WEIGHT_KEYS.map((k) => [k, Number(v[k].trim())])) as TWeights;
}

/** "DE" → "Germany", for the hint beside the region field; null when the code is not a known region. */
export function regionName(code: string): string | null {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return null;
  try {
    const name = new Intl.DisplayNames(["en"], { type: "region" }).of(c);
    return name && name !== c && name !== "Unknown Region" ? name : null;
  } catch {
    return null;
  }
}
