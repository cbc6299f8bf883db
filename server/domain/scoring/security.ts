// Security: how likely is the cover to be honoured? Four independent signals, each worth a
// bounded number of points so that no single one (e.g. many audits) can carry the score:
// regulation 3, audits 3, public claims record 2, years active 2 — total 10.
import { buildCategoryScore, sumParts, type Part } from "./category-score";
import { num, usd } from "./format";
import { checkCount, clamp, Decimal, parseFact, ZERO } from "./numbers";
import type { CategoryScore, ScoringFacts } from "./types";

export const REGULATED_POINTS = 3;
export const AUDITS_COUNTED = 3;
export const CLAIMS_MAX_POINTS = 2;
/** Claims paid that score 0; $1M → 1, $10M and more → 2. */
export const CLAIMS_FLOOR_USD = 100_000;
export const POINTS_PER_YEAR = 0.25;
export const YEARS_MAX_POINTS = 2;

export const SECURITY_FORMULA =
  "regulated 3 (not regulated 0) + 1 per audit, up to 3 + clamp(0, 2, log10(claims paid / $100,000)) " +
  "+ min(2, 0.25 × years active); an unknown fact adds 0";

type SecurityFacts = Pick<ScoringFacts, "regulated" | "auditCount" | "claimsPaidUsd" | "foundedYear">;

function regulatedPart(regulated: boolean | null): Part {
  const value = regulated === null ? null : regulated ? "yes" : "no";
  const points = new Decimal(regulated ? REGULATED_POINTS : 0);
  const working = value === null ? "unknown → 0" : `${value} → ${num(points)}`;
  return { input: { label: "Regulated", value }, points, working };
}

function auditsPart(auditCount: number | null): Part {
  const count = checkCount(auditCount, "auditCount");
  const input = { label: "Audits", value: count === null ? null : String(count) };
  if (count === null) return { input, points: ZERO, working: "unknown → 0" };
  const points = new Decimal(Math.min(AUDITS_COUNTED, count));
  return { input, points, working: `min(3, ${count}) × 1 = ${num(points)}` };
}

function claimsPart(claimsPaidUsd: string | null): Part {
  const paid = parseFact(claimsPaidUsd, "claimsPaidUsd");
  const input = { label: "Claims paid (public record)", value: paid === null ? null : usd(paid) };
  if (paid === null) return { input, points: ZERO, working: "unknown → 0" };
  if (paid.isZero()) return { input, points: ZERO, working: "$0 → 0" };
  const log = Decimal.log10(paid.div(CLAIMS_FLOOR_USD));
  const points = clamp(0, CLAIMS_MAX_POINTS, log);
  return { input, points, working: `clamp(0, 2, log10(${usd(paid)} / $100,000)) = clamp(0, 2, ${num(log)}) = ${num(points)}` };
}

function yearsPart(foundedYear: number | null, asOfYear: number): Part {
  const founded = checkCount(foundedYear, "foundedYear");
  const input = { label: "Founded", value: founded === null ? null : String(founded) };
  if (founded === null) return { input, points: ZERO, working: "unknown → 0" };
  // A founding year after asOfYear (data ahead of the as-of date) counts as 0 years, not negative.
  const years = Math.max(0, asOfYear - founded);
  const points = Decimal.min(YEARS_MAX_POINTS, new Decimal(POINTS_PER_YEAR).times(years));
  return { input, points, working: `${asOfYear} − ${founded} = ${years} years active → min(2, 0.25 × ${years}) = ${num(points)}` };
}

export function scoreSecurity(facts: SecurityFacts, asOfYear: number): CategoryScore {
  checkCount(asOfYear, "asOfYear");
  const parts = [
    regulatedPart(facts.regulated),
    auditsPart(facts.auditCount),
    claimsPart(facts.claimsPaidUsd),
    yearsPart(facts.foundedYear, asOfYear),
  ];
  const inputs = parts.map((p) => p.input);
  return buildCategoryScore({
    category: "security",
    formula: SECURITY_FORMULA,
    inputs,
    scoredFacts: inputs.map((i) => i.value),
    ...sumParts(parts),
  });
}
