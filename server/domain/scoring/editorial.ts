// UX and Support are editorial: CoverDesk's judgement, recorded with a one-line rationale on
// the provider. They are used as recorded — never computed, never filled in when missing.
import { buildCategoryScore } from "./category-score";
import { num } from "./format";
import { Decimal, ZERO } from "./numbers";
import type { CategoryScore, ScoringFacts } from "./types";

export const EDITORIAL_FORMULA = "CoverDesk's editorial score 0–10, as recorded with its one-line rationale; no score recorded → 0";

function checkEditorial(score: number | null, field: string): number | null {
  if (score === null) return null;
  if (!Number.isFinite(score) || score < 0 || score > 10) throw new RangeError(`${field}: ${score} must be between 0 and 10`);
  return score;
}

function scoreEditorial(category: "ux" | "support", rawScore: number | null, rationale: string | null): CategoryScore {
  const score = checkEditorial(rawScore, `${category}Score`);
  const text = rationale?.trim() ? rationale.trim() : null;
  const inputs = [
    { label: "Editorial score", value: score === null ? null : num(score, 2) },
    { label: "Rationale", value: text },
  ];
  const working =
    score === null
      ? "no editorial score recorded → 0 (unknown scores the floor)"
      : `editorial score ${num(score, 2)}${text === null ? " (no rationale recorded)" : ""}`;
  return buildCategoryScore({
    category,
    formula: EDITORIAL_FORMULA,
    inputs,
    // No score = unknown, whatever the rationale; a score without its rationale = partial.
    scoredFacts: score === null ? [null] : inputs.map((i) => i.value),
    raw: score === null ? ZERO : new Decimal(score),
    working,
  });
}

export function scoreUx(facts: Pick<ScoringFacts, "uxScore" | "uxRationale">): CategoryScore {
  return scoreEditorial("ux", facts.uxScore, facts.uxRationale);
}

export function scoreSupport(facts: Pick<ScoringFacts, "supportScore" | "supportRationale">): CategoryScore {
  return scoreEditorial("support", facts.supportScore, facts.supportRationale);
}
