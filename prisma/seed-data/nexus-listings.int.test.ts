// Nexus listings seeded after the catalog: idempotent, vanished listings deprecated (not deleted),
// each term's dated source on the provider page, and recommendation.forPosition for an Aave v3
// USDC position listing "Aave v3 — Protocol Cover" first among Nexus Mutual's products.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCatalog, seedNexusListings } from "@/prisma/seed";
import { loadNexusFiles } from "@/prisma/seed-data/load/nexus-listings";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";

let tdb: TestDatabase;

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
});
afterAll(() => tdb.drop());

const nexusProducts = () => tdb.prisma.coverProduct.findMany({
  where: { provider: { slug: "nexus-mutual" }, slug: { startsWith: "listing-" } },
  select: { slug: true, name: true, status: true, updatedAt: true },
});

describe("seedNexusListings", () => {
  it("seeds every public, non-deprecated listing it can type, and a re-seed writes nothing", async () => {
    const first = await seedNexusListings(tdb.prisma);
    expect(first).toMatchObject({ listings: 218, changed: 218, deprecated: 0 });
    expect(first.skipped).toEqual({ "private": 106, "deprecated": 79, "deprecation unknown": 1, "coverage type unknown": 11 });
    expect(first.priceBasis).toEqual({ "initial-price": 38, "default-min-price": 180 });
    const before = await nexusProducts();
    expect(before).toHaveLength(218);
    const providerBefore = await tdb.prisma.provider.findUniqueOrThrow({ where: { slug: "nexus-mutual" }, select: { updatedAt: true } });
    const again = await seedNexusListings(tdb.prisma);
    expect(again).toMatchObject({ listings: 218, changed: 0, deprecated: 0 });
    expect((await nexusProducts()).map((p) => p.updatedAt.getTime()).sort()).toEqual(before.map((p) => p.updatedAt.getTime()).sort());
    const providerAfter = await tdb.prisma.provider.findUniqueOrThrow({ where: { slug: "nexus-mutual" }, select: { updatedAt: true } });
    expect(providerAfter.updatedAt).toEqual(providerBefore.updatedAt);
  });

  it("marks a listing gone from the data deprecated instead of deleting it, and revives it when it returns", async () => {
    const files = loadNexusFiles();
    const without = { ...files, listings: { ...files.listings, products: files.listings.products.filter((l) => l.id !== 2) } };
    expect(await seedNexusListings(tdb.prisma, without)).toMatchObject({ listings: 217, deprecated: 1 });
    const aaveV2 = await tdb.prisma.coverProduct.findFirstOrThrow({ where: { slug: "listing-2" }, select: { status: true, name: true } });
    expect(aaveV2).toEqual({ status: "deprecated", name: "Aave v2 — Protocol Cover" });
    expect(await seedNexusListings(tdb.prisma)).toMatchObject({ changed: 1, deprecated: 0 });
    expect((await tdb.prisma.coverProduct.findFirstOrThrow({ where: { slug: "listing-2" } })).status).toBe("active");
  });

  it("names the dated fact behind every term of a listing on the provider page", async () => {
    const anon = callerFor(tdb.prisma, null);
    const nexus = { products: (await anon.provider.products({ slug: "nexus-mutual", q: "aave", limit: 50 })).items };
    const aave = nexus.products.find((p) => p.slug === "listing-97")!;
    expect(aave).toMatchObject({ name: "Aave v3 — Protocol Cover", venues: ["aave-v3"], claimWindowDays: 35, minPeriodDays: 28, maxPeriodDays: 365, premiumLowPct: "1" });
    expect(aave.termSources.premiumLowPct).toMatchObject({ factKey: "listings.default_min_price_pct", asOf: "2025-11-05" });
    expect(aave.termSources.claimWindowDays).toMatchObject({ factKey: "listings.grace_period_days.Protocol" });
    expect(aave.termSources.minPeriodDays?.asOf).toBe("2025-11-05");
    const aaveV2 = nexus.products.find((p) => p.slug === "listing-2")!;
    expect(aaveV2.termSources.premiumLowPct).toMatchObject({ factKey: "listings.initial_price_pct", source: expect.stringContaining("product-data.csv") });
    // the catalog's own products keep their derivations
    const own = await anon.provider.get({ slug: "nexus-mutual" });
    expect(own.products.find((p) => p.slug === "protocol-cover")?.termSources.minPeriodDays?.factKey).toBe("cover_period.min_days");
  });
});

describe("provider.products", () => {
  const anon = () => callerFor(tdb.prisma, null);

  it("pages through the provider's own products first, then its listings by name; provider.get keeps only its own", async () => {
    const first = await anon().provider.products({ slug: "nexus-mutual", limit: 10 });
    expect(first).toMatchObject({ total: 224, totalAll: 224, nextCursor: 10 });
    expect(first.items.slice(0, 6).every((p) => !p.slug.startsWith("listing-"))).toBe(true);
    expect(first.items[6]?.slug.startsWith("listing-")).toBe(true);
    const seen = new Set<string>();
    let cursor: number | null = 0;
    while (cursor !== null) {
      const page: Awaited<ReturnType<Caller["provider"]["products"]>> = await anon().provider.products({ slug: "nexus-mutual", cursor, limit: 50 });
      for (const p of page.items) seen.add(p.id);
      cursor = page.nextCursor;
    }
    expect(seen.size).toBe(224);
    const detail = await anon().provider.get({ slug: "nexus-mutual" });
    expect(detail.products).toHaveLength(6);
    expect(detail.productCount).toBe(224);
  });

  it("searches by name and by venue slug, case-insensitively", async () => {
    const byName = await anon().provider.products({ slug: "nexus-mutual", q: "  AAVE v3 " });
    expect(byName.items.map((p) => p.name)).toEqual(["Aave v3 — Protocol Cover"]);
    const byVenue = await anon().provider.products({ slug: "nexus-mutual", q: "curve-dex" });
    expect(byVenue.items.map((p) => p.name)).toEqual(["Curve All Pools (incl staking) — Protocol Cover"]);
    expect(await anon().provider.products({ slug: "nexus-mutual", q: "no such thing" })).toMatchObject({ items: [], total: 0, totalAll: 224, nextCursor: null });
  });

  it("answers NOT_FOUND for an unknown provider and BAD_REQUEST for a long query or a bad page", async () => {
    expect(await codeOf(anon().provider.products({ slug: "no-such-provider" }))).toBe("NOT_FOUND");
    expect(await codeOf(anon().provider.products({ slug: "nexus-mutual", q: "x".repeat(101) }))).toBe("BAD_REQUEST");
    expect(await codeOf(anon().provider.products({ slug: "nexus-mutual", limit: 51 }))).toBe("BAD_REQUEST");
    expect(await codeOf(anon().provider.products({ slug: "nexus-mutual", cursor: -1 }))).toBe("BAD_REQUEST");
  });
});

describe("recommendation.forPosition with the listings", () => {
  it("lists \"Aave v3 — Protocol Cover\" first among Nexus Mutual's products for an Aave v3 USDC position", async () => {
    const user = await makeUser(tdb.prisma, "nexus-listing");
    const caller = callerFor(tdb.prisma, user.id);
    const portfolioId = (await caller.portfolio.create({ name: "Listing treasury" })).id;
    const { id: positionId } = await caller.position.create({
      portfolioId, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000",
    });
    const { position } = await caller.recommendation.forPosition({ positionId });
    const protocol = position.gaps.find((g) => g.risk === "protocol_exploit")!;
    const nexus = protocol.suggestions.filter((s) => s.providerName === "Nexus Mutual");
    expect(nexus[0]).toMatchObject({ productName: "Aave v3 — Protocol Cover", premiumLowPct: "1", premiumHighPct: "1", premiumSource: "product", annualCostLowUsd: "800.00" });
    expect(nexus[0]!.reasons[0]).toBe("covers Aave v3 on Ethereum (any chain)");
    // no other venue's listing, and the generic cover is not priced from the 1–29 % range
    expect(nexus.map((s) => s.productName)).not.toContain("Aave v2 — Protocol Cover");
    expect(nexus.some((s) => s.premiumHighPct === "29")).toBe(false);
    const generic = protocol.excluded.find((e) => e.productName === "Protocol Cover");
    expect(generic?.reasons.map((r) => r.code)).toEqual(["superseded"]);
    // first overall too: Nexus Mutual has the highest provider score under the default weights
    expect(protocol.suggestions[0]?.productName).toBe("Aave v3 — Protocol Cover");
  });
});
