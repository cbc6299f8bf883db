// Assembles a CategoryScore from a category's raw result, so every formula file reports the
// same way: clamp to 0–10, round to one decimal, and flag what was unknown.
import { CATEGORY_LABELS } from "./categories";
import { num, score1 } from "./format";
import { clamp, Decimal, roundScore, TEN, ZERO } from "./numbers";
import type { CategoryKey, CategoryScore, ScoreInput } from "./types";

/** One additive part of a score: the fact, the points it earned, and the working. */
export type Part = { input: ScoreInput; points: Decimal; working: string };

export type RawScore = {
  category: CategoryKey;
  formula: string;
  inputs: ScoreInput[];
  /** The facts the score rests on (a subset of inputs) decide unknown / partial. */
  scoredFacts: ReadonlyArray<string | null>;
  raw: Decimal;
  /** The arithmetic up to the raw result, e.g. "2 × log10(2,780) = 6.888". */
  working: string;
};

export function unknownness(facts: ReadonlyArray<string | null>): { unknown: boolean; partial: boolean } {
  const missing = facts.filter((f) => f === null).length;
  return { unknown: missing === facts.length, partial: missing > 0 && missing < facts.length };
}

/** Says so when the raw result falls outside 0–10 (e.g. capacity under $100k). */
function clampNote(raw: Decimal): string {
  if (raw.lessThan(0)) return ", clamped to 0";
  if (raw.greaterThan(10)) return ", clamped to 10";
  return "";
}

export function buildCategoryScore(r: RawScore): CategoryScore {
  const score = roundScore(clamp(ZERO, TEN, r.raw));
  return {
    category: r.category,
    label: CATEGORY_LABELS[r.category],
    score,
    ...unknownness(r.scoredFacts),
    inputs: r.inputs,
    formula: r.formula,
    explanation: `${r.working}${clampNote(r.raw)} → ${score1(score)}`,
  };
}

/** Sum of parts, worked: "regulated: yes → 3; …; total 0 + 3 + 2 + 1.5 = 6.5". */
export function sumParts(parts: readonly Part[]): { raw: Decimal; working: string } {
  const raw = parts.reduce((acc, p) => acc.plus(p.points), ZERO);
  const lines = parts.map((p) => `${p.input.label}: ${p.working}`).join("; ");
  const terms = parts.map((p) => num(p.points)).join(" + ");
  return { raw, working: `${lines}; sum ${terms} = ${num(raw)}` };
}
