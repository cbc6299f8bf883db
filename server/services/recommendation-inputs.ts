import type { PrismaClient } from "@/server/db/generated/client";
import type { RecommendProduct, RiskGrade, UserPrefs } from "@/server/domain/recommend";
import { validQuotesByProduct, type PriceQuote } from "@/server/domain/recommend/price";
import { todayUtc } from "@/server/repositories/mappers";
import { QuoteRepository } from "@/server/repositories/quote-repository";
import { venuesHitSince } from "@/server/repositories/incident-repository";
import { addDays } from "@/lib/format/calendar";
import { CatalogProductsRepository, type CatalogProduct } from "@/server/repositories/catalog-products-repository";
import { RecommendationRepository, type DraftRow } from "@/server/repositories/recommendation-repository";
import type { TSettings } from "@/lib/schemas/settings";
import type { TSummary } from "@/lib/schemas/summary";
import { scoreProviders } from "./provider-scores";
import { getSettings } from "./settings-service";
import { portfolioSummary } from "./summary-service";

export type ScoredProduct = RecommendProduct & CatalogProduct;

/** Everything a recommendation is explained from: the sizing result, the user's settings, the catalog. */
export type RecommendationInputs = {
  /** Held covers only: drafts are what-ifs, never part of the gap. */
  summary: TSummary;
  settings: TSettings;
  prefs: UserPrefs;
  products: ScoredProduct[];
  grades: Map<string, RiskGrade>;
  drafts: DraftRow[];
  /** The portfolio's quotes valid today, by product: they price their products everywhere. */
  quotes: Map<string, PriceQuote>;
  /** Venues of the portfolio hit by an incident in the last INCIDENT_KNOWN_DAYS: cover bought now will not pay for it. */
  incidentVenues: string[];
};

/** DESIGN §11: a venue hit this recently gets the "incident known" warning. */
export const INCIDENT_KNOWN_DAYS = 30;

export function prefsOf(settings: TSettings): UserPrefs {
  return { region: settings.region, kycOk: settings.kycOk, targetRatio: settings.targetRatio };
}

/**
 * Loads in two rounds: the summary (which checks ownership), settings and catalog together; then
 * the provider scores under the user's weights, risk grades and drafts. NOT_FOUND for a portfolio
 * that is not the user's.
 */
export async function loadRecommendationInputs(
  db: PrismaClient, userId: string, portfolioId: string, opts: { draftsOf?: string; withDrafts?: boolean } = {},
): Promise<RecommendationInputs> {
  const [summary, settings, catalog] = await Promise.all([
    portfolioSummary(db, userId, { portfolioId }),
    getSettings(db, userId),
    new CatalogProductsRepository(db).all(),
  ]);
  const repo = new RecommendationRepository(db);
  const today = todayUtc();
  const [scores, grades, drafts, quotes, incidentVenues] = await Promise.all([
    scoreProviders(db, { weights: settings.weightsAreDefault ? null : settings.weights }),
    repo.riskGrades(portfolioId),
    opts.withDrafts === false ? Promise.resolve([]) : repo.drafts(portfolioId, opts.draftsOf),
    new QuoteRepository(db).forPortfolio(userId, portfolioId),
    venuesHitSince(db, summary.positions.map((p) => p.venue), addDays(today, -INCIDENT_KNOWN_DAYS)),
  ]);
  const products = catalog.map((p) => ({ ...p, providerScore: scores.get(p.providerSlug)?.total ?? 0 }));
  return { summary, settings, prefs: prefsOf(settings), products, grades, drafts, quotes: validQuotesByProduct(quotes, today), incidentVenues };
}
