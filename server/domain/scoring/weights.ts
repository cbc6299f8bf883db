// Category weights: the published defaults and the checks a user's own weights must pass.
// Weights are relative (the total divides by Σ w), so they need not sum to 100.
import { CATEGORY_KEYS, CATEGORY_LABELS } from "./categories";
import type { CategoryKey, Weights } from "./types";

/** The published methodology (DESIGN §4): Liquidity 30, Security 25, Coverage 15, Costs 15, UX 10, Support 5. */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  liquidity: 30,
  security: 25,
  coverage: 15,
  costs: 15,
  ux: 10,
  support: 5,
});

/** Upper bound of one weight (the UI's slider maximum). */
export const MAX_WEIGHT = 100;

/** Field errors by category; `total` for errors of the whole set (all zero, not an object). */
export type WeightErrors = Partial<Record<CategoryKey | "total", string>>;

export type WeightsResult = { ok: true; weights: Weights } | { ok: false; errors: WeightErrors };

function fieldError(label: string, value: unknown): string | null {
  if (value === undefined || value === null) return `${label}: a weight is required`;
  if (typeof value !== "number" || Number.isNaN(value)) return `${label}: must be a number`;
  if (!Number.isFinite(value)) return `${label}: must be finite`;
  if (value < 0) return `${label}: must be 0 or more`;
  if (value > MAX_WEIGHT) return `${label}: must be ${MAX_WEIGHT} or less`;
  return null;
}

/** Errors by field; {} = valid. Accepts anything (e.g. the user's stored JSON). */
export function validateWeights(input: unknown): WeightErrors {
  if (typeof input !== "object" || input === null) return { total: "Weights must be an object" };
  const record = input as Record<string, unknown>;
  const errors: WeightErrors = {};
  for (const key of CATEGORY_KEYS) {
    const error = fieldError(CATEGORY_LABELS[key], record[key]);
    if (error !== null) errors[key] = error;
  }
  // All zero leaves Σ w = 0: the total would divide by zero.
  if (Object.keys(errors).length === 0 && CATEGORY_KEYS.every((k) => record[k] === 0)) {
    errors.total = "At least one weight must be above 0";
  }
  return errors;
}

/** Valid weights (only the six categories kept), or the field errors. */
export function parseWeights(input: unknown): WeightsResult {
  const errors = validateWeights(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const record = input as Record<CategoryKey, number>;
  const weights = Object.fromEntries(CATEGORY_KEYS.map((k) => [k, record[k]])) as Weights;
  return { ok: true, weights };
}

/** Valid weights or a RangeError listing what is wrong (for callers that pass trusted weights). */
export function assertWeights(input: unknown): Weights {
  const result = parseWeights(input);
  if (!result.ok) throw new RangeError(`Invalid weights: ${Object.values(result.errors).join("; ")}`);
  return result.weights;
}

/** Each weight as a share of Σ w (the shares sum to 1), e.g. for "30 %" labels. */
export function normaliseWeights(input: Weights): Weights {
  const weights = assertWeights(input);
  const sum = CATEGORY_KEYS.reduce((acc, k) => acc + weights[k], 0);
  return Object.fromEntries(CATEGORY_KEYS.map((k) => [k, weights[k] / sum])) as Weights;
}
