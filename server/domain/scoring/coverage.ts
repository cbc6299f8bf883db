// Coverage: how much of a crypto holder's risk can this provider cover, and where? Breadth of
// coverage types counts more than breadth of chains (a risk not covered cannot be bought on any
// chain). Both saturate at 5 so a long list of minor chains does not dominate.
import { buildCategoryScore, sumParts, type Part } from "./category-score";
import { num } from "./format";
import { Decimal, ZERO } from "./numbers";
import type { CategoryScore, ScoringFacts } from "./types";

/** DESIGN §2 vocabulary minus parametric_other (flight, weather, crop): not a crypto risk. */
export const CRYPTO_COVERAGE_TYPES: readonly string[] = [
  "protocol_exploit", "depeg", "custody_theft", "exchange_halt", "slashing",
  "bridge", "oracle", "fund_portfolio", "audit_bundled",
];
export const POINTS_PER_TYPE = 1.2;
export const POINTS_PER_CHAIN = 0.8;
/** Types and chains counted at most (5 × 1.2 + 5 × 0.8 = 10). */
export const BREADTH_COUNTED = 5;

export const COVERAGE_FORMULA =
  "(1.2 × min(5, crypto coverage types) + 0.8 × min(5, chains)) × (0 if wound down, else 1); " +
  "parametric_other (flight, weather, crop) does not count; no types or no chains known → 0 for that part";

type CoverageFacts = Pick<ScoringFacts, "coverageTypes" | "chains" | "status">;

/** One breadth part: distinct items counted up to BREADTH_COUNTED, at `each` points. */
function breadthPart(label: string, items: readonly string[], counted: readonly string[], each: number): Part {
  const input = { label, value: items.length === 0 ? null : [...new Set(items)].join(", ") };
  if (items.length === 0) return { input, points: ZERO, working: "unknown → 0" };
  const n = counted.length;
  const points = new Decimal(each).times(Math.min(BREADTH_COUNTED, n));
  return { input, points, working: `${each} × min(5, ${n}) = ${num(points)}` };
}

function typesPart(types: readonly string[]): Part {
  const counted = [...new Set(types)].filter((t) => CRYPTO_COVERAGE_TYPES.includes(t));
  const part = breadthPart("Coverage types", types, counted, POINTS_PER_TYPE);
  const ignored = [...new Set(types)].filter((t) => !counted.includes(t));
  if (ignored.length > 0) part.working += ` (not counted: ${ignored.join(", ")})`;
  return part;
}

export function scoreCoverage(facts: CoverageFacts): CategoryScore {
  const parts = [
    typesPart(facts.coverageTypes),
    breadthPart("Chains", facts.chains, [...new Set(facts.chains)], POINTS_PER_CHAIN),
  ];
  const { raw, working } = sumParts(parts);
  // A wound-down provider sells no new cover, whatever it used to cover.
  const woundDown = facts.status === "wound_down";
  const status = { label: "Status", value: facts.status === "unknown" ? null : facts.status };
  const statusWorking = woundDown
    ? "; status wound_down: no new cover can be bought → × 0 = 0"
    : facts.status === "unknown"
      ? "; status unknown → not penalised (× 1)"
      : "; status active → × 1";
  return buildCategoryScore({
    category: "coverage",
    formula: COVERAGE_FORMULA,
    inputs: [...parts.map((p) => p.input), status],
    // Status only gates the score; unknown/partial are about the two breadth facts.
    scoredFacts: parts.map((p) => p.input.value),
    raw: woundDown ? ZERO : raw,
    working: working + statusWorking,
  });
}
