import type { PrismaClient } from "@/server/db/generated/client";
import type { RecommendProduct } from "@/server/domain/recommend";
import { moneyOrNull } from "./mappers";

/** Where a product's premium range comes from: its own facts, its provider's published range, or nowhere (quote only). */
export type PremiumSource = "product" | "provider" | null;

/** A catalog product as the recommender reads it, before the user's provider score is attached. */
export type CatalogProduct = Omit<RecommendProduct, "providerScore"> & {
  premiumSource: PremiumSource;
  claimWindowDays: number | null;
  source: string | null;
  sourceAsOf: string | null;
};

type Row = Awaited<ReturnType<typeof loadRows>>[number];

function loadRows(db: PrismaClient) {
  return db.coverProduct.findMany({
    include: {
      provider: {
        select: {
          slug: true, name: true, status: true, regionsExcluded: true, claimsModel: true, kycRequired: true,
          premiumLowPct: true, premiumHighPct: true,
        },
      },
    },
    orderBy: [{ providerId: "asc" }, { slug: "asc" }],
  });
}

/**
 * A product without its own premium falls back to its provider's published range, as the claims
 * model and KYC policy do (DESIGN §2): most catalog products publish no rate of their own.
 * `premiumSource` says which one was used so the page can say so.
 */
function toProduct(r: Row): CatalogProduct {
  const own = r.premiumLowPct !== null || r.premiumHighPct !== null;
  const fromProvider = !own && (r.provider.premiumLowPct !== null || r.provider.premiumHighPct !== null);
  const low = own ? r.premiumLowPct : fromProvider ? r.provider.premiumLowPct : null;
  const high = own ? r.premiumHighPct : fromProvider ? r.provider.premiumHighPct : null;
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    providerSlug: r.provider.slug,
    providerName: r.provider.name,
    providerStatus: r.provider.status,
    regionsExcluded: r.provider.regionsExcluded,
    coverageType: r.coverageType,
    status: r.status,
    venues: r.venues,
    venueKinds: r.venueKinds,
    chains: r.chains,
    premiumLowPct: moneyOrNull(low),
    premiumHighPct: moneyOrNull(high),
    premiumSource: own ? "product" : fromProvider ? "provider" : null,
    premiumKind: own ? r.premiumKind : null,
    priceAsOf: own ? r.premiumAsOf : null,
    deductible: r.deductibleKind && r.deductibleValue ? { kind: r.deductibleKind, value: r.deductibleValue.toFixed() } : null,
    minAmountUsd: moneyOrNull(r.minAmountUsd),
    capacityUsd: moneyOrNull(r.capacityUsd),
    claimsModel: r.claimsModel ?? r.provider.claimsModel,
    kycRequired: r.kycRequired ?? r.provider.kycRequired,
    minPeriodDays: r.minPeriodDays,
    maxPeriodDays: r.maxPeriodDays,
    claimWindowDays: r.claimWindowDays,
    source: r.source,
    sourceAsOf: r.asOf,
  };
}

/** The whole cover catalog with the provider facts eligibility needs: one query (a few dozen rows). */
export class CatalogProductsRepository {
  constructor(private readonly db: PrismaClient) {}

  async all(): Promise<CatalogProduct[]> {
    return (await loadRows(this.db)).map(toProduct);
  }
}
