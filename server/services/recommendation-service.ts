import type { PrismaClient } from "@/server/db/generated/client";
import { notFound } from "@/server/api/errors";
import { recommendForRiskGaps, YEAR_DAYS, type GapRecommendation, type RiskGap, type Suggestion } from "@/server/domain/recommend";
import { DEFAULT_PRICE_BASIS, type PriceBasis } from "@/server/domain/recommend/price";
import { RecommendationRepository, type DraftRow } from "@/server/repositories/recommendation-repository";
import type {
  TDraftCover, TForPortfolioInput, TForPortfolioOutput, TForPositionOutput, TGapRecommendation, TPositionRecommendation,
} from "@/lib/schemas/recommendation";
import type { TSummaryPosition } from "@/lib/schemas/summary";
import { riskGapsOf } from "./recommendation-gaps";
import { loadRecommendationInputs, type RecommendationInputs, type ScoredProduct } from "./recommendation-inputs";
import { filterOpen, openPositions, portfolioCounts, risksOpen } from "./recommendation-portfolio-view";

/** How much of each gap to send (the portfolio view trims each gap to its best few products), priced how. */
type Detail = { periodDays: number; priceBasis: PriceBasis; suggestionsPerGap: number | null; excluded: boolean };

const PAGE_SIZE = 10;
const PORTFOLIO_SUGGESTIONS_PER_GAP = 3;

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function toDraft(d: DraftRow): TDraftCover {
  return {
    id: d.id, productId: d.productId, productName: d.productName, providerName: d.providerName,
    coverageType: d.coverageType, amountUsd: d.amountUsd, startsAt: d.startsAt, expiresAt: d.expiresAt,
    premiumUsd: d.premiumUsd, priceLabel: d.priceLabel,
  };
}

function withFacts(s: Suggestion, product: ScoredProduct | undefined, draftId: string | null) {
  return {
    ...s,
    premiumSource: product?.premiumSource ?? null,
    source: product?.source ?? null,
    sourceAsOf: product?.sourceAsOf ?? null,
    draftId,
  };
}

/**
 * DESIGN §5 steps 1–4 for the given positions and gaps, grouped by position, each with its drafts.
 * Gaps at or above target come back from the domain as nothing, so a position may end with none.
 */
function recommend(
  inputs: RecommendationInputs, items: readonly { position: TSummaryPosition; gaps: RiskGap[] }[], detail: Detail,
): TPositionRecommendation[] {
  const gaps = items.flatMap((i) => i.gaps);
  const ratioOf = new Map(gaps.map((g) => [`${g.positionId}:${g.risk}`, g.ratio]));
  const byPosition = new Map<string, GapRecommendation[]>();
  const options = {
    periodDays: detail.periodDays, priceBasis: detail.priceBasis, quotes: inputs.quotes,
    probabilities: inputs.settings.gradeProbabilities, maxLoading: inputs.settings.maxLoading,
    knownIncidentVenues: inputs.incidentVenues,
  };
  for (const r of recommendForRiskGaps(gaps, inputs.products, inputs.prefs, options)) {
    byPosition.set(r.positionId, [...(byPosition.get(r.positionId) ?? []), r]);
  }
  const productById = new Map(inputs.products.map((p) => [p.id, p]));
  const ids = new Set(items.map((i) => i.position.id));
  const draftsOf = new Map<string, DraftRow[]>();
  for (const d of inputs.drafts) for (const id of d.positionIds) if (ids.has(id)) draftsOf.set(id, [...(draftsOf.get(id) ?? []), d]);

  return items.map(({ position: p }) => {
    const drafts = draftsOf.get(p.id) ?? [];
    const draftOf = (productId: string) => drafts.find((d) => d.productId === productId)?.id ?? null;
    const toGap = (r: GapRecommendation): TGapRecommendation => ({
      risk: r.risk,
      exposureUsd: r.exposureUsd,
      insuredUsd: r.insuredUsd,
      ratio: round4(ratioOf.get(`${r.positionId}:${r.risk}`) ?? 0),
      gapUsd: r.gapUsd,
      suggestions: (detail.suggestionsPerGap === null ? r.suggestions : r.suggestions.slice(0, detail.suggestionsPerGap))
        .map((s) => withFacts(s, productById.get(s.productId), draftOf(s.productId))),
      suggestionsTotal: r.suggestions.length,
      excluded: detail.excluded ? r.excluded : [],
      excludedTotal: r.excluded.length,
    });
    return {
      id: p.id, label: p.label, asset: p.asset, assetKind: p.assetKind, venue: p.venue, venueName: p.venueName, venueKind: p.venueKind,
      chain: p.chain, valueUsd: p.valueUsd, insuredUsd: p.insuredUsd, ratio: p.ratio,
      riskGrade: inputs.grades.get(p.id) ?? null,
      insurable: p.risks.length > 0,
      gaps: (byPosition.get(p.id) ?? []).map(toGap),
      drafts: drafts.map(toDraft),
    };
  });
}

function prefsOut(inputs: RecommendationInputs, periodDays: number, priceBasis: PriceBasis) {
  return { ...inputs.prefs, weightsAreDefault: inputs.settings.weightsAreDefault, periodDays, priceBasis, maxLoading: inputs.settings.maxLoading };
}

/**
 * Counts and filters cover the whole portfolio; products are priced and explained for one page of
 * positions only (that is the costly part: a 500-position portfolio has over a thousand gaps).
 */
export async function recommendForPortfolio(db: PrismaClient, userId: string, input: TForPortfolioInput): Promise<TForPortfolioOutput> {
  const inputs = await loadRecommendationInputs(db, userId, input.portfolioId);
  const periodDays = input.periodDays ?? YEAR_DAYS;
  const priceBasis = input.priceBasis ?? DEFAULT_PRICE_BASIS;
  const { positions } = inputs.summary;
  const open = openPositions(positions, riskGapsOf(positions, inputs.grades), inputs.prefs.targetRatio);
  const matching = filterOpen(open, input);
  const offset = input.offset ?? 0;
  const limit = input.limit ?? PAGE_SIZE;
  const page = recommend(inputs, matching.slice(offset, offset + limit), {
    periodDays, priceBasis, suggestionsPerGap: input.suggestionsPerGap ?? PORTFOLIO_SUGGESTIONS_PER_GAP, excluded: false,
  });
  return {
    portfolio: inputs.summary.portfolio,
    asOf: inputs.summary.asOf,
    prefs: prefsOut(inputs, periodDays, priceBasis),
    positions: page,
    page: { offset, limit, total: matching.length },
    risks: risksOpen(open),
    counts: portfolioCounts(positions, open, inputs.products, inputs.prefs),
  };
}

export async function recommendForPosition(
  db: PrismaClient, userId: string, input: { positionId: string; periodDays?: number; priceBasis?: PriceBasis },
): Promise<TForPositionOutput> {
  const portfolioId = await new RecommendationRepository(db).visiblePositionPortfolio(userId, input.positionId);
  if (!portfolioId) throw notFound("Position");
  const inputs = await loadRecommendationInputs(db, userId, portfolioId, { draftsOf: input.positionId });
  const position = inputs.summary.positions.find((p) => p.id === input.positionId);
  if (!position) throw notFound("Position");
  const periodDays = input.periodDays ?? YEAR_DAYS;
  const priceBasis = input.priceBasis ?? DEFAULT_PRICE_BASIS;
  const [rec] = recommend(inputs, [{ position, gaps: riskGapsOf([position], inputs.grades) }], {
    periodDays, priceBasis, suggestionsPerGap: null, excluded: true,
  });
  return { portfolioId, asOf: inputs.summary.asOf, prefs: prefsOut(inputs, periodDays, priceBasis), position: rec! };
}
