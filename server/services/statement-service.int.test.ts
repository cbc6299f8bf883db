import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";
import { seedCatalog } from "@/prisma/seed";

let tdb: TestDatabase;
let alice: Caller;
let portfolioId: string;
const asOf = "2026-06-01";

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
  const p = await alice.portfolio.create({ name: "Statement fund" });
  portfolioId = p.id;
  const position = (label: string, venue: string, valueUsd: string) => alice.position.create({
    portfolioId, label, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue, valueUsd,
  });
  const aave = await position("Aave USDC", "aave-v3", "250000.33");
  const aave2 = await position("Aave USDC 2", "aave-v3", "1234.56");
  await position("Compound USDC", "compound-v3", "40000.10");
  await alice.cover.create({
    portfolioId, productName: "Protocol cover bought elsewhere", coverageType: "protocol_exploit",
    amountUsd: "100000.07", premiumUsd: "2600", claimWindowDays: 30,
    startsAt: "2026-01-01", expiresAt: "2027-01-01", positionIds: [aave.id, aave2.id],
  });
});
afterAll(() => tdb.drop());

describe("portfolio.statement", () => {
  it("json: totals and per-venue figures equal portfolio.summary to the cent", async () => {
    const [summary, out] = await Promise.all([
      alice.portfolio.summary({ portfolioId, asOf }),
      alice.portfolio.statement({ portfolioId, asOf, format: "json" }),
    ]);
    expect(out).toMatchObject({ format: "json", contentType: "application/json; charset=utf-8" });
    expect(out.filename).toBe(`coverage-statement-statement-fund-${asOf}.json`);
    const s = out.statement!;
    expect(JSON.parse(out.content)).toEqual(s);
    expect(s.asOf).toBe(asOf);
    expect(s.totals).toMatchObject({
      exposureUsd: summary.totals.valueUsd, insuredUsd: summary.totals.insuredUsd,
      uninsuredUsd: summary.totals.uninsuredUsd, share: summary.totals.ratio,
    });
    expect(s.totals.exposureUsd).toBe("291234.99");
    expect(s.venues.map((v) => [v.key, v.insuredUsd, v.uninsuredUsd])).toEqual(
      summary.breakdowns.byVenue.map((r) => [r.key, r.insuredUsd, r.uninsuredUsd]),
    );
    const exposures = s.venues.reduce((sum, v) => sum + Math.round(Number(v.exposureUsd) * 100), 0);
    expect(exposures).toBe(29123499);
    expect(s.covers).toEqual([expect.objectContaining({
      amountUsd: "100000.07", lastClaimDay: "2027-01-30", premiumUsd: "2600.00", annualRatePct: "2.60",
    })]);
    // default threshold $10,000: both Aave (150k) and Compound (40k) gaps, not the small position
    expect(s.gapThresholdUsd).toBe("10000.00");
    expect(s.gaps.map((g) => g.label)).toContain("Compound USDC");
    expect(s.gaps.map((g) => g.label)).not.toContain("Aave USDC 2");
    expect(s.alerts.length).toBeGreaterThan(0);
    expect(s.sources.map((d) => d.name)).toHaveLength(4);
    expect(s.sources.find((d) => d.name.startsWith("Provider"))?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("md holds every section; csv parses with the same numbers", async () => {
    const [summary, md, csv] = await Promise.all([
      alice.portfolio.summary({ portfolioId, asOf }),
      alice.portfolio.statement({ portfolioId, asOf, format: "md" }),
      alice.portfolio.statement({ portfolioId, asOf, format: "csv" }),
    ]);
    expect(md.statement).toBeUndefined();
    expect(md.contentType).toBe("text/markdown; charset=utf-8");
    for (const h of ["As of **2026-06-01**", "## Totals", "## By venue", "## Covers held", "## Uninsured gaps", "## Provider concentration", "## Open alerts", "## Data sources"]) {
      expect(md.content).toContain(h);
    }
    expect(md.content).toContain(summary.totals.valueUsd);
    const rows = Papa.parse<Record<string, string>>(csv.content.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.section === "totals")).toMatchObject({
      amount_usd: summary.totals.valueUsd, insured_usd: summary.totals.insuredUsd, uninsured_usd: summary.totals.uninsuredUsd,
    });
    expect(rows.filter((r) => r.section === "venue").map((r) => [r.key, r.insured_usd, r.uninsured_usd])).toEqual(
      summary.breakdowns.byVenue.map((r) => [r.key, r.insuredUsd, r.uninsuredUsd]),
    );
  });

  it("uses the user's gap threshold", async () => {
    await alice.notification.updatePreferences({ gapThresholdUsd: "100000" });
    const { statement } = await alice.portfolio.statement({ portfolioId, asOf, format: "json" });
    expect(statement!.gapThresholdUsd).toBe("100000.00");
    expect(statement!.gaps.map((g) => g.label)).toEqual(["Aave USDC"]);
  });

  it("a non-member gets NOT_FOUND, anonymous UNAUTHORIZED, a bad format or day BAD_REQUEST", async () => {
    const bob = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "bob")).id);
    expect(await codeOf(bob.portfolio.statement({ portfolioId, format: "md" }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(tdb.prisma, null).portfolio.statement({ portfolioId, format: "md" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(alice.portfolio.statement({ portfolioId, format: "pdf" as "md" }))).toBe("BAD_REQUEST");
    expect(await codeOf(alice.portfolio.statement({ portfolioId, format: "md", asOf: "2026-02-30" }))).toBe("BAD_REQUEST");
  });
});
