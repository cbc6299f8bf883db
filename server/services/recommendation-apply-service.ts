import type { PrismaClient } from "@/server/db/generated/client";
import { badInput, vanished } from "@/server/api/errors";
import { Decimal, formatMoney, toCents } from "@/server/domain/money";
import { checkEligibility, premiumFor, productPeriod, YEAR_DAYS, type RiskGap, type UserPrefs } from "@/server/domain/recommend";
import { DEFAULT_PRICE_BASIS, priceFor, type PriceBasis, type PriceQuote } from "@/server/domain/recommend/price";
import { usdWhole } from "@/server/domain/recommend/format";
import { todayUtc } from "@/server/repositories/mappers";
import { RecommendationRepository, type NewDraft } from "@/server/repositories/recommendation-repository";
import type { TApplyInput, TApplyOutput } from "@/lib/schemas/recommendation";
import { riskGapsOf } from "./recommendation-gaps";
import { loadRecommendationInputs, type ScoredProduct } from "./recommendation-inputs";
import { answeringRaces } from "./race-errors";
import { changesOf } from "@/server/domain/audit/changes";
import { appendAudit } from "@/server/repositories/audit-repository";
import { requireEditablePortfolio } from "./position-service";

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

type Catalog = {
  gaps: Map<string, RiskGap>; products: Map<string, ScoredProduct>; prefs: UserPrefs; startsAt: string;
  priceBasis: PriceBasis; quotes: ReadonlyMap<string, PriceQuote>;
};

/**
 * One item checked as the recommender would have: the position is in the portfolio and carries the
 * product's risk, the product is eligible under the user's settings, the amount fits its capacity.
 * The error names the item's field so the page can point at the row.
 */
function toDraft(item: TApplyInput["items"][number], i: number, c: Catalog): NewDraft {
  const field = (name: string) => `items.${i}.${name}`;
  const product = c.products.get(item.productId);
  if (!product) throw badInput(field("productId"), "This product is not in the catalog");
  const gap = c.gaps.get(`${item.positionId}:${product.coverageType}`);
  if (!gap) {
    const known = [...c.gaps.values()].some((g) => g.positionId === item.positionId);
    throw known
      ? badInput(field("productId"), `${product.name} covers ${product.coverageType.replaceAll("_", " ")}, a risk this position does not carry`)
      : badInput(field("positionId"), "This position is not in this portfolio or carries no insurable risk");
  }
  const eligibility = checkEligibility(gap, product, c.prefs);
  if (!eligibility.eligible) {
    throw badInput(field("productId"), `${product.name} does not fit ${gap.positionLabel}: ${eligibility.exclusions.map((e) => e.text).join("; ")}`);
  }
  const amount = toCents(item.amountUsd);
  if (!amount.gt(0)) throw badInput(field("amountUsd"), "Must be at least one cent");
  if (product.capacityUsd !== null && amount.gt(new Decimal(product.capacityUsd))) {
    throw badInput(field("amountUsd"), `Above ${product.name}'s capacity of ${usdWhole(toCents(product.capacityUsd))}`);
  }
  const days = productPeriod(product, item.periodDays ?? YEAR_DAYS);
  // The draft carries the price it was advised at, so the covers list can say what it should cost.
  const price = priceFor(product, c.priceBasis, c.quotes.get(product.id) ?? null);
  return {
    positionId: item.positionId, productId: product.id, coverageType: product.coverageType,
    amountUsd: formatMoney(amount), startsAt: c.startsAt, expiresAt: addDays(c.startsAt, days),
    premiumUsd: price && formatMoney(premiumFor(amount, price.pct, days)), priceLabel: price?.label ?? null,
  };
}

/** Suggestions (or an optimizer plan) become draft covers, all in one transaction or none. */
export async function applySuggestions(db: PrismaClient, userId: string, input: TApplyInput): Promise<TApplyOutput> {
  const inputs = await loadRecommendationInputs(db, userId, input.portfolioId, { withDrafts: false });
  const gaps = riskGapsOf(inputs.summary.positions, inputs.grades);
  const catalog: Catalog = {
    gaps: new Map(gaps.map((g) => [`${g.positionId}:${g.risk}`, g])),
    products: new Map(inputs.products.map((p) => [p.id, p])),
    prefs: inputs.prefs,
    startsAt: input.startsAt ?? todayUtc(),
    priceBasis: input.priceBasis ?? DEFAULT_PRICE_BASIS,
    quotes: inputs.quotes,
  };
  const seen = new Set<string>();
  const drafts = input.items.map((item, i) => {
    const key = `${item.positionId}:${item.productId}`;
    if (seen.has(key)) throw badInput(`items.${i}.productId`, "This product is listed twice for the same position");
    seen.add(key);
    return toDraft(item, i, catalog);
  });
  const { ids, replaced } = await answeringRaces(
    { subject: "Portfolio", links: { CoverPosition_positionId_fkey: () => vanished("A suggested position") } },
    () => new RecommendationRepository(db).replaceDrafts(input.portfolioId, drafts, async (tx, ids) => {
      await requireEditablePortfolio(tx, userId, input.portfolioId);
      await appendAudit(tx, drafts.map((d, i) => ({
        portfolioId: input.portfolioId, userId, action: "create" as const, entity: "cover" as const, entityId: ids[i]!,
        changes: changesOf(null, { ...d, status: "draft", positionIds: [d.positionId] }, ["productId", "coverageType", "amountUsd", "premiumUsd", "startsAt", "expiresAt", "status", "positionIds"]),
      })));
    }),
  );
  return {
    replaced,
    created: drafts.map((d, i) => {
      const product = catalog.products.get(d.productId)!;
      return {
        id: ids[i]!, positionId: d.positionId, productId: d.productId, productName: product.name,
        providerName: product.providerName, coverageType: d.coverageType, amountUsd: d.amountUsd,
        startsAt: d.startsAt, expiresAt: d.expiresAt, premiumUsd: d.premiumUsd, priceLabel: d.priceLabel,
      };
    }),
  };
}
