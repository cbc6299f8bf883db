// One provider: the six category scores and the weighted total.
import { scoreCosts } from "./costs";
import { scoreCoverage } from "./coverage";
import { scoreSupport, scoreUx } from "./editorial";
import { scoreLiquidity } from "./liquidity";
import { scoreSecurity } from "./security";
import type { CategoryScore, ScoredProvider, ScoreOptions, ScoringFacts } from "./types";
import { weightedTotal } from "./weighted-total";
import { DEFAULT_WEIGHTS } from "./weights";

/** The six category scores, in methodology order. Independent of the weights. */
export function scoreCategories(facts: ScoringFacts, asOfYear: number): CategoryScore[] {
  return [
    scoreLiquidity(facts),
    scoreSecurity(facts, asOfYear),
    scoreCoverage(facts),
    scoreCosts(facts),
    scoreUx(facts),
    scoreSupport(facts),
  ];
}

/** Throws RangeError on invalid weights or malformed facts (data errors are not unknowns). */
export function scoreProvider(facts: ScoringFacts, options: ScoreOptions): ScoredProvider {
  const categories = scoreCategories(facts, options.asOfYear);
  const { total, explanation } = weightedTotal(categories, options.weights ?? DEFAULT_WEIGHTS);
  return { slug: facts.slug, name: facts.name, categories, total, totalExplanation: explanation };
}
