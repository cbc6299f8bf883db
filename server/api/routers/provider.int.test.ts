// provider.list / get / compare against the seeded catalog: filters, sources for every known
// figure, server-side scores with the right weights (input > saved > default), and errors.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedCatalog } from "@/prisma/seed";
import { PROVIDER_COLUMNS, type TProviderColumn } from "@/lib/schemas/provider";
import type { TProviderCard } from "@/lib/schemas/provider-score";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";

const DEFAULTS = { liquidity: 30, security: 25, coverage: 15, costs: 15, ux: 10, support: 5 };
const COSTS_MAX = { ...DEFAULTS, costs: 100 };

let tdb: TestDatabase;
let anon: Caller;

beforeAll(async () => {
  // "Years active" counts up to the current year; the figures below are worked out for 2026.
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(new Date("2026-12-02T12:00:00Z"));
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
  anon = callerFor(tdb.prisma, null);
});
afterAll(async () => {
  vi.useRealTimers();
  await tdb.drop();
});

const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);

function isKnown(row: TProviderCard, column: TProviderColumn): boolean {
  const value = row[column as keyof TProviderCard];
  if (column === "status") return value !== "unknown";
  return value != null && !(Array.isArray(value) && value.length === 0);
}

describe("provider.list", () => {
  it("lists the 18 providers with a score ranked over the whole catalog, default weights when anonymous", async () => {
    const rows = await anon.provider.list();
    expect(rows).toHaveLength(18);
    expect(rows.map((r) => r.score.rank).sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const nexus = rows.find((r) => r.slug === "nexus-mutual");
    // (30 × 6.9 + 25 × 6.8 + 15 × 10 + 15 × 4 + 10 × 6 + 5 × 7) / 100 = 682 / 100
    expect(nexus?.score).toMatchObject({ total: 6.82, rank: 1, rankOf: 18, weightsSource: "default" });
    expect(nexus?.score.categories.map((c) => c.score)).toEqual([6.9, 6.8, 10, 4, 6, 7]);
  });

  it("names a source and an as-of date for every known figure, and none for an unknown one", async () => {
    for (const row of await anon.provider.list()) {
      for (const column of PROVIDER_COLUMNS) {
        const ref = row.sources[column];
        if (!isKnown(row, column)) continue;
        expect(ref, `${row.slug} ${column}`).toBeDefined();
        expect(ref?.source, `${row.slug} ${column}`).toMatch(/^https?:\/\//);
        expect(ref?.asOf?.length, `${row.slug} ${column}`).toBeGreaterThan(0);
      }
    }
    const rows = await anon.provider.list();
    const nexus = rows.find((r) => r.slug === "nexus-mutual");
    expect(nexus?.sources.capacityUsd).toMatchObject({
      factKey: "capacity.0", source: "http://chain.link/block-stories/episode-1", asOf: "2022-06-01",
    });
    expect(nexus?.sources.premiumLowPct).toMatchObject({ factKey: "pricing.default_min_price_pct", asOf: "2025-11-05" });
    expect(nexus?.sources.premiumLowPct?.derivation).toMatch(/^1 = DEFAULT_MIN_PRICE_RATIO/);
    expect(rows.find((r) => r.slug === "etherisc")?.sources.capacityUsd).toBeUndefined();
  });

  it("filters by coverage type, chain, claims model, KYC, regulation, status and the user's region", async () => {
    const depeg = await anon.provider.list({ filters: { coverageType: "depeg" } });
    expect(slugs(depeg)).toEqual(expect.arrayContaining(["nexus-mutual", "insurace", "etherisc", "unslashed-finance"]));
    expect(depeg.every((r) => r.coverageTypes.includes("depeg"))).toBe(true);
    const onSolana = slugs(await anon.provider.list({ filters: { chain: "solana" } }));
    expect(onSolana).toEqual(expect.arrayContaining(["insurace", "amulet-protocol"]));
    // custodians record no chain of their own; their crime policies cover any chain ("*")
    expect(onSolana).toEqual(expect.arrayContaining(["bitgo-custody", "gemini-custody"]));
    expect(onSolana).not.toContain("sherlock");
    expect((await anon.provider.list({ filters: { claimsModel: "parametric" } })).every((r) => r.claimsModel === "parametric")).toBe(true);
    expect(slugs(await anon.provider.list({ filters: { kycRequired: true } }))).toEqual(["bitgo-custody", "nexus-mutual"]);
    expect((await anon.provider.list({ filters: { regulated: true } })).every((r) => r.regulated)).toBe(true);
    expect(slugs(await anon.provider.list({ filters: { status: "wound_down" } }))).toEqual(["neptune-mutual"]);
    const inJapan = slugs(await anon.provider.list({ filters: { region: "jp" } }));
    expect(inJapan).not.toContain("nexus-mutual");
    expect(inJapan).toHaveLength(17);
  });

  it("returns an empty list when nothing matches", async () => {
    expect(await anon.provider.list({ filters: { coverageType: "bridge", status: "wound_down" } })).toEqual([]);
  });

  it("uses the signed-in user's saved weights, and explicit weights over both", async () => {
    const user = await makeUser(tdb.prisma, "weights");
    const caller = callerFor(tdb.prisma, user.id);
    expect((await caller.provider.list())[0]?.score.weightsSource).toBe("default");
    await caller.settings.update({ weights: COSTS_MAX });
    const saved = await caller.provider.list();
    // (30 × 6.9 + 25 × 6.8 + 15 × 10 + 100 × 4 + 10 × 6 + 5 × 7) / 185 = 1022 / 185 = 5.524
    expect(saved.find((r) => r.slug === "nexus-mutual")?.score).toMatchObject({ total: 5.52, weightsSource: "saved" });
    const explicit = await caller.provider.list({ weights: DEFAULTS });
    expect(explicit.find((r) => r.slug === "nexus-mutual")?.score).toMatchObject({ total: 6.82, weightsSource: "input" });
  });
});

describe("provider.get", () => {
  it("returns the facts without the derivation map, products with the source of each term, and the score", async () => {
    const nexus = await anon.provider.get({ slug: "Nexus-Mutual" });
    expect(Object.keys(nexus.facts)).not.toContain("_derivedFrom");
    expect(nexus.facts["capacity.0"]).toMatchObject({ asOf: "2022-06-01" });
    const protocol = nexus.products.find((p) => p.slug === "protocol-cover");
    expect(protocol?.termSources.minPeriodDays).toMatchObject({ factKey: "cover_period.min_days", asOf: "2025-11-05" });
    expect(protocol?.termSources.deductible).toMatchObject({ factKey: "deductible_practice.3", confidence: "low" });
    const custody = nexus.products.find((p) => p.slug === "custody-cover");
    expect(custody?.termSources.premiumLowPct).toMatchObject({ factKey: null, source: custody?.source, asOf: custody?.asOf });
    expect(nexus.editorialSources.ux.map((r) => r.factKey)).toEqual(["kyc_required", "pricing.membership_fee", "chains_supported"]);
    expect(nexus.score).toMatchObject({ rank: 1, rankOf: 18, total: 6.82 });
    expect(nexus.score.categories[0]?.explanation).toContain("log10");
    const byCategory = Object.fromEntries(nexus.score.categories.map((c) => [c.category, c.sources.map((r) => r.factKey)]));
    expect(byCategory.liquidity).toEqual(["capacity.0"]);
    expect(byCategory.costs).toEqual(["pricing.default_min_price_pct", "pricing.typical_annual_premium_pct"]);
    expect(byCategory.ux).toEqual(["kyc_required", "pricing.membership_fee", "chains_supported"]);
  });

  it("answers NOT_FOUND for an unknown slug", async () => {
    expect(await codeOf(anon.provider.get({ slug: "no-such-provider" }))).toBe("NOT_FOUND");
  });
});

describe("provider.compare", () => {
  it("ranks the chosen providers among themselves, best first, with the methodology", async () => {
    const out = await anon.provider.compare({ slugs: ["etherisc", "insurace", "nexus-mutual"] });
    expect(slugs(out.providers)).toEqual(["nexus-mutual", "insurace", "etherisc"]);
    expect(out.providers.map((p) => [p.score.rank, p.score.rankOf])).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(out).toMatchObject({ weights: DEFAULTS, weightsSource: "default", defaultWeights: DEFAULTS });
    expect(out.methodology.categories.map((c) => c.key)).toEqual(["liquidity", "security", "coverage", "costs", "ux", "support"]);
    expect(out.providers[0]?.sources.capacityUsd?.factKey).toBe("capacity.0");
  });

  it("re-ranks with the weights given: Costs at the maximum lifts the provider with a published premium", async () => {
    const four = ["nexus-mutual", "insurace", "etherisc", "unslashed-finance"];
    expect(slugs((await anon.provider.compare({ slugs: four })).providers)).toEqual(["nexus-mutual", "insurace", "unslashed-finance", "etherisc"]);
    const costly = await anon.provider.compare({ slugs: four, weights: COSTS_MAX });
    // Unslashed: (30 × 0 + 25 × 1.3 + 15 × 6.8 + 100 × 7.5 + 10 × 3 + 5 × 3) / 185 = 929.5 / 185 = 5.02
    expect(costly.providers.map((p) => [p.slug, p.score.total])).toEqual([
      ["nexus-mutual", 5.52], ["unslashed-finance", 5.02], ["insurace", 2.51], ["etherisc", 0.88],
    ]);
    expect(costly.weightsSource).toBe("input");
  });

  it("uses the signed-in user's saved weights when none are given", async () => {
    const user = await makeUser(tdb.prisma, "compare");
    const caller = callerFor(tdb.prisma, user.id);
    await caller.settings.update({ weights: COSTS_MAX });
    const out = await caller.provider.compare({ slugs: ["nexus-mutual", "unslashed-finance"] });
    expect(out).toMatchObject({ weights: COSTS_MAX, weightsSource: "saved" });
  });

  it("answers NOT_FOUND for an unknown slug and BAD_REQUEST for bad sets or weights", async () => {
    expect(await codeOf(anon.provider.compare({ slugs: ["nexus-mutual", "no-such-provider"] }))).toBe("NOT_FOUND");
    const bad = [
      { slugs: ["nexus-mutual"] },
      { slugs: ["nexus-mutual", "insurace", "etherisc", "sherlock", "arbol"] },
      { slugs: ["nexus-mutual", "nexus-mutual"] },
      { slugs: ["nexus-mutual", "insurace"], weights: { ...DEFAULTS, costs: -1 } },
      { slugs: ["nexus-mutual", "insurace"], weights: { liquidity: 0, security: 0, coverage: 0, costs: 0, ux: 0, support: 0 } },
      { slugs: ["nexus-mutual", "insurace"], weights: { ...DEFAULTS, ux: 101 } },
    ];
    for (const input of bad) expect(await codeOf(anon.provider.compare(input)), JSON.stringify(input)).toBe("BAD_REQUEST");
  });

  it("refuses all-zero weights in settings.update too", async () => {
    const caller = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "zero")).id);
    const zero = { liquidity: 0, security: 0, coverage: 0, costs: 0, ux: 0, support: 0 };
    expect(await codeOf(caller.settings.update({ weights: zero }))).toBe("BAD_REQUEST");
  });
});
