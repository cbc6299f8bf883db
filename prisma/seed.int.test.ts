// The seed against a fresh migrated database: idempotent catalog, demo account once, and a demo
// portfolio whose summary (the real sizing service) shows every flag of DESIGN §3.3.
import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portfolioSummary } from "@/server/services/summary-service";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { createPrismaClient } from "@/server/db/client";
import { portfolioOverview } from "@/server/services/overview-service";
import { DEMO_EMAIL, DEMO_PORTFOLIO_NAME, seedCatalog, seedDemo } from "./seed";
import { seedIncidents } from "./seed-data/seed-incidents";
import { DEMO_INCIDENT_LOOKBACK_DAYS } from "./seed-data/seed-demo";
import { seedVenues } from "./seed-data/seed-venues";

const TODAY = "2026-03-15";
let tdb: TestDatabase;

beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.drop());

async function catalogRows() {
  const db = tdb.prisma;
  return {
    providers: await db.provider.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } }),
    products: await db.coverProduct.findMany({ select: { id: true, providerId: true, slug: true }, orderBy: { id: "asc" } }),
  };
}

describe("seedCatalog", () => {
  it("upserts 18 providers and their products; a second run changes no ids and adds no rows", async () => {
    const first = await seedCatalog(tdb.prisma);
    expect(first).toEqual({ providers: 18, products: 39 });
    const before = await catalogRows();
    expect(before.providers).toHaveLength(18);
    expect(before.products).toHaveLength(39);

    expect(await seedCatalog(tdb.prisma)).toEqual(first);
    expect(await catalogRows()).toEqual(before);
  });

  it("stores the typed columns, the sourced facts and the editorial scores", async () => {
    const nexus = await tdb.prisma.provider.findUniqueOrThrow({ where: { slug: "nexus-mutual" }, include: { products: true } });
    expect(nexus.capacityUsd?.toFixed()).toBe("278000000");
    expect(nexus.regionsExcluded).toContain("KP");
    expect(nexus.uxRationale).toMatch(/^Editorial: /);
    const facts = nexus.facts as Record<string, { source: string; asOf: string } | null>;
    expect(facts["capacity.0"]).toMatchObject({ source: "http://chain.link/block-stories/episode-1", asOf: "2022-06-01" });
    expect(nexus.products.find((p) => p.slug === "custody-cover")).toMatchObject({ status: "deprecated", claimsModel: "discretionary_vote" });
    const anchorage = await tdb.prisma.provider.findUniqueOrThrow({ where: { slug: "anchorage-digital" } });
    expect(anchorage).toMatchObject({ status: "unknown", capacityUsd: null, claimsModel: null });
  });
});

describe("seedDemo", () => {
  it("creates the demo account once, with an argon2id password hash", async () => {
    const first = await seedDemo(tdb.prisma, TODAY);
    expect(first).toMatchObject({ email: DEMO_EMAIL, created: true });
    expect(first.password.length).toBeGreaterThanOrEqual(10);
    expect(await seedDemo(tdb.prisma, TODAY)).toMatchObject({ email: DEMO_EMAIL, created: false });

    const users = await tdb.prisma.user.findMany({ where: { email: DEMO_EMAIL }, include: { portfolios: true } });
    expect(users).toHaveLength(1);
    expect(users[0]?.portfolios.map((p) => p.name)).toEqual([DEMO_PORTFOLIO_NAME]);
    const hash = users[0]?.passwordHash ?? "";
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verify(hash, first.password)).toBe(true);
  });

  it("links every demo cover to a catalog product, and re-seeding the catalog keeps them", async () => {
    await seedCatalog(tdb.prisma);
    const covers = await tdb.prisma.cover.findMany({ where: { portfolio: { name: DEMO_PORTFOLIO_NAME } } });
    expect(covers).toHaveLength(10);
    expect(covers.every((c) => c.productId !== null)).toBe(true);
  });

  it("shows every kind of flag on its as-of day", async () => {
    const user = await tdb.prisma.user.findUniqueOrThrow({ where: { email: DEMO_EMAIL }, include: { portfolios: true } });
    const portfolioId = user.portfolios[0]?.id ?? "";
    const summary = await portfolioSummary(tdb.prisma, user.id, { portfolioId, asOf: TODAY });
    const flagsOf = (label: string) => summary.positions.find((p) => p.label.startsWith(label))?.flags.map((f) => f.code);

    expect(flagsOf("ETH in Ledger")).toContain("no_cover_market");
    expect(flagsOf("USDC on Coinbase")).toContain("uninsured");
    expect(flagsOf("wstETH, Lido")).toContain("under_insured");
    expect(flagsOf("USDC/USDT LP, Curve")).toContain("over_insured");
    expect(flagsOf("ETH supplied, Compound v3")).toContain("expiring_soon");
    expect(flagsOf("DAI deposit, Spark")).toContain("expired");
    expect(flagsOf("WBTC collateral, Morpho")).toContain("not_started");
    expect(flagsOf("USDC deposit, Euler v2")).toContain("claim_window_open");
    expect(flagsOf("USDC lending, Kamino")).toContain("scope_mismatch");
    expect(flagsOf("USDC deposit, Aave v3")).toEqual([]);
    expect(flagsOf("BTC, BitGo")).toEqual([]);
    expect(summary.portfolioFlags).toEqual([expect.objectContaining({ code: "provider_concentration", key: "nexus-mutual" })]);
    expect(summary.totals.insuredUsd).toBe("430000.00");
  });
});

describe("the demo's incident alert", () => {
  it("shows a real incident alert: the Aave exploit of 2024-08-28 on its Aave v3 deposit, within the demo's three-year look-back", async () => {
    await seedVenues(tdb.prisma);
    await seedIncidents(tdb.prisma);
    await seedDemo(tdb.prisma, TODAY); // created by the tests above: left as it is
    const user = await tdb.prisma.user.findUniqueOrThrow({ where: { email: DEMO_EMAIL }, include: { portfolios: true } });
    expect(user.incidentLookbackDays).toBe(DEMO_INCIDENT_LOOKBACK_DAYS);
    // A client of its own, as a freshly started app has: the catalog read above (before the venues were seeded) is kept 30 s per client.
    const fresh = createPrismaClient(tdb.url, { poolSize: 2 });
    const overview = await portfolioOverview(fresh, user.id, { portfolioId: user.portfolios[0]!.id, asOf: TODAY }, TODAY).finally(() => fresh.$disconnect());
    const incident = overview.alerts.groups[0]!;
    expect(incident).toMatchObject({ code: "incident", severity: "urgent" });
    expect(incident.alerts.map((a) => a.key)).toContain(`${user.portfolios[0]!.id}:portfolio:incident:dhl-20240828-aave`);
    expect(incident.alerts.find((a) => a.key.endsWith("dhl-20240828-aave"))!.positions.map((p) => p.label)).toEqual(["USDC deposit, Aave v3 (Ethereum)"]);
  });
});
