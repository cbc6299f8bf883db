// Ranking: total descending; equal totals by name, then slug, so the order never depends on
// the order the providers came in (or on the runtime's locale).
import { scoreProvider } from "./score-provider";
import type { ProviderScore, ScoredProvider, ScoreOptions, ScoringFacts } from "./types";
import { assertWeights, DEFAULT_WEIGHTS } from "./weights";

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareScored(a: ScoredProvider, b: ScoredProvider): number {
  if (a.total !== b.total) return b.total - a.total;
  return byCodePoint(a.name.toLowerCase(), b.name.toLowerCase()) || byCodePoint(a.slug, b.slug);
}

/** Sorts already scored providers and numbers them 1, 2, 3… (ties get consecutive ranks). */
export function rankScored(scored: readonly ScoredProvider[]): ProviderScore[] {
  return [...scored].sort(compareScored).map((s, i) => ({ ...s, rank: i + 1 }));
}

export function rankProviders(providers: readonly ScoringFacts[], options: ScoreOptions): ProviderScore[] {
  // Checked once up front, so a bad weight fails before any provider is scored.
  const weights = assertWeights(options.weights ?? DEFAULT_WEIGHTS);
  return rankScored(providers.map((p) => scoreProvider(p, { asOfYear: options.asOfYear, weights })));
}
