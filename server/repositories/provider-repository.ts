import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { TCoverProduct, TProviderDetail, TProviderFilters, TProviderSummary } from "@/lib/schemas/provider";
import { LISTING_SLUG_PREFIX } from "@/lib/schemas/provider-products";
import { cachedCatalogRead } from "./catalog-cache";
import { moneyOrNull } from "./mappers";

type ProviderRow = Prisma.ProviderGetPayload<{ include: { _count: { select: { products: true } } } }>;
type ProductRow = Prisma.CoverProductGetPayload<object>;

function toSummary(r: ProviderRow): TProviderSummary {
  return {
    id: r.id, slug: r.slug, name: r.name, kind: r.kind, status: r.status, website: r.website,
    claimsModel: r.claimsModel, kycRequired: r.kycRequired, regulated: r.regulated,
    jurisdiction: r.jurisdiction, foundedYear: r.foundedYear,
    capacityUsd: moneyOrNull(r.capacityUsd), claimsPaidUsd: moneyOrNull(r.claimsPaidUsd),
    premiumLowPct: moneyOrNull(r.premiumLowPct), premiumHighPct: moneyOrNull(r.premiumHighPct),
    auditCount: r.auditCount, chains: r.chains, coverageTypes: r.coverageTypes,
    regionsExcluded: r.regionsExcluded, productCount: r._count.products,
  };
}

export function toProduct(p: ProductRow): TCoverProduct {
  return {
    id: p.id, slug: p.slug, name: p.name, coverageType: p.coverageType, status: p.status,
    description: p.description, venues: p.venues, venueKinds: p.venueKinds, chains: p.chains,
    premiumLowPct: moneyOrNull(p.premiumLowPct), premiumHighPct: moneyOrNull(p.premiumHighPct),
    deductible: p.deductibleKind && p.deductibleValue ? { kind: p.deductibleKind, value: p.deductibleValue.toFixed() } : null,
    minPeriodDays: p.minPeriodDays, maxPeriodDays: p.maxPeriodDays, claimWindowDays: p.claimWindowDays,
    capacityUsd: moneyOrNull(p.capacityUsd), minAmountUsd: moneyOrNull(p.minAmountUsd),
    claimsModel: p.claimsModel, kycRequired: p.kycRequired, source: p.source, asOf: p.asOf, note: p.note,
  };
}

function whereFor(f: TProviderFilters): Prisma.ProviderWhereInput {
  return {
    ...(f.coverageType && { coverageTypes: { has: f.coverageType } }),
    // A custodian's crime policy names no chain of its own: its products' scope ("*") counts.
    ...(f.chain && { OR: [
      { chains: { has: f.chain } }, { chains: { has: "*" } },
      { products: { some: { OR: [{ chains: { has: f.chain } }, { chains: { has: "*" } }] } } },
    ] }),
    ...(f.claimsModel && { claimsModel: f.claimsModel }),
    ...(f.kycRequired !== undefined && { kycRequired: f.kycRequired }),
    ...(f.regulated !== undefined && { regulated: f.regulated }),
    ...(f.status && { status: f.status }),
    ...(f.region && { NOT: { regionsExcluded: { has: f.region } } }),
  };
}

export class ProviderRepository {
  constructor(private readonly db: PrismaClient) {}

  async list(filters: TProviderFilters): Promise<TProviderSummary[]> {
    const rows = await this.db.provider.findMany({
      where: whereFor(filters), orderBy: { name: "asc" }, include: { _count: { select: { products: true } } },
    });
    return rows.map(toSummary);
  }

  /** The stored facts JSON (with its derivation map) of the given providers, by slug. */
  async factsBySlug(slugs: string[]): Promise<Map<string, unknown>> {
    const all = await cachedCatalogRead(this.db, "facts-by-slug", async () => {
      const rows = await this.db.provider.findMany({ select: { slug: true, facts: true } });
      return new Map<string, unknown>(rows.map((r) => [r.slug, r.facts]));
    });
    return new Map(slugs.flatMap((s) => (all.has(s) ? [[s, all.get(s)] as const] : [])));
  }

  /**
   * The provider with its own catalog products. Its listings (Nexus Mutual: ~220, slugs
   * `listing-<id>`) are left out here and served searched and paged by provider.products;
   * productCount still counts them.
   */
  async getBySlug(slug: string): Promise<TProviderDetail | null> {
    const r = await this.db.provider.findFirst({
      where: { slug },
      include: {
        _count: { select: { products: true } },
        products: { where: { NOT: { slug: { startsWith: LISTING_SLUG_PREFIX } } }, orderBy: { name: "asc" } },
      },
    });
    if (!r) return null;
    return {
      ...toSummary(r),
      docsUrl: r.docsUrl, statusDate: r.statusDate,
      uxScore: r.uxScore ? r.uxScore.toNumber() : null, uxRationale: r.uxRationale,
      supportScore: r.supportScore ? r.supportScore.toNumber() : null, supportRationale: r.supportRationale,
      facts: (r.facts ?? {}) as Record<string, unknown>,
      products: r.products.map(toProduct),
    };
  }
}
