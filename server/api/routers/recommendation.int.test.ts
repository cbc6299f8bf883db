import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";

let tdb: TestDatabase;

const aaveUsdc = { label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000" } as const;
const ledgerEth = { label: "ETH in Ledger", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "wallet", venue: "ledger", valueUsd: "30000" } as const;

type Setup = { caller: Caller; userId: string; portfolioId: string; aaveId: string };

async function newTreasury(prefix: string): Promise<Setup> {
  const user = await makeUser(tdb.prisma, prefix);
  const caller = callerFor(tdb.prisma, user.id);
  const portfolioId = (await caller.portfolio.create({ name: `${prefix} treasury` })).id;
  const aaveId = (await caller.position.create({ portfolioId, ...aaveUsdc })).id;
  return { caller, userId: user.id, portfolioId, aaveId };
}

async function productId(providerSlug: string, slug: string): Promise<string> {
  const p = await tdb.prisma.coverProduct.findFirstOrThrow({ where: { slug, provider: { slug: providerSlug } }, select: { id: true } });
  return p.id;
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
});
afterAll(() => tdb.drop());

describe("recommendation.forPortfolio", () => {
  it("suggests protocol cover and depeg cover for an uninsured Aave USDC position, with reasons and costs", async () => {
    const { caller, portfolioId, aaveId } = await newTreasury("fresh");
    const out = await caller.recommendation.forPortfolio({ portfolioId });
    expect(out.prefs).toEqual({ region: null, kycOk: true, targetRatio: 0.8, weightsAreDefault: true, periodDays: 365 });
    expect(out.counts).toEqual({ positions: 1, belowTarget: 1, atTarget: 0, noCoverMarket: 0, withoutProduct: 0 });
    const [position] = out.positions;
    expect(position!.id).toBe(aaveId);
    expect(position!.gaps.map((g) => g.risk)).toEqual(["protocol_exploit", "depeg"]);

    // Gap = 0.8 · 100,000 − 0 = 80,000.
    const protocol = position!.gaps[0]!;
    expect(protocol).toMatchObject({ exposureUsd: "100000.00", insuredUsd: "0.00", ratio: 0, gapUsd: "80000.00" });
    const nexus = protocol.suggestions.find((s) => s.productName === "Protocol Cover")!;
    // Nexus Mutual publishes 1–29 %/yr for the provider, not per product: 80,000 × 1 % = 800; × 29 % = 23,200.
    expect(nexus).toMatchObject({
      providerName: "Nexus Mutual", amountUsd: "80000.00", premiumSource: "provider",
      premiumLowPct: "1", premiumHighPct: "29", annualCostLowUsd: "800.00", annualCostHighUsd: "23200.00",
      draftId: null,
    });
    expect(nexus.reasons).toContain("covers Aave v3 (any DeFi venue) on Ethereum");
    expect(nexus.reasons).toContain("≈ $800–$23,200/yr at 1–29 %");
    expect(nexus.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["kyc_required", "discretionary_claims", "deductible"]));

    const depeg = position!.gaps[1]!;
    expect(depeg.suggestions.map((s) => s.productName)).toContain("Yield Token Cover");
    // The portfolio view sends the top three and counts the rest; forPosition sends everything.
    expect(protocol.suggestions.length).toBeLessThanOrEqual(3);
    expect(depeg.excluded).toEqual([]);
    expect(depeg.excludedTotal).toBeGreaterThan(0);
    const full = await caller.recommendation.forPosition({ positionId: aaveId });
    const fullDepeg = full.position.gaps.find((g) => g.risk === "depeg")!;
    expect(fullDepeg.suggestions.length).toBe(depeg.suggestionsTotal);
    expect(fullDepeg.excluded.length).toBe(depeg.excludedTotal);
    // Unknown-status providers (InsurAce, Etherisc) are explained, not silently dropped.
    expect(fullDepeg.excluded.find((e) => e.providerName === "Etherisc")?.reasons.map((r) => r.code)).toContain("provider_inactive");
  });

  it("follows the user's settings: no KYC drops Nexus Mutual, a lower target asks for less", async () => {
    const { caller, portfolioId, aaveId } = await newTreasury("nokyc");
    await caller.settings.update({ kycOk: false, targetRatio: 0.5 });
    const out = await caller.recommendation.forPortfolio({ portfolioId });
    const protocol = (await caller.recommendation.forPosition({ positionId: aaveId })).position.gaps[0]!;
    expect(protocol.gapUsd).toBe("50000.00");
    expect(protocol.suggestions.map((s) => s.providerName)).not.toContain("Nexus Mutual");
    const excluded = protocol.excluded.find((e) => e.productName === "Protocol Cover");
    expect(excluded?.reasons.map((r) => r.code)).toContain("kyc_required");
    expect(out.prefs).toMatchObject({ kycOk: false, targetRatio: 0.5 });
  });

  it("filters by risk and grade and pages over the whole portfolio, counting it all", async () => {
    const { caller, portfolioId, aaveId } = await newTreasury("paged");
    await caller.position.update({ id: aaveId, riskGrade: "B" });
    for (let i = 0; i < 3; i++) await caller.position.create({ portfolioId, ...aaveUsdc, label: `Aave ${i}` });
    await caller.position.create({ portfolioId, ...ledgerEth });
    const first = await caller.recommendation.forPortfolio({ portfolioId, limit: 2 });
    expect(first.positions.map((p) => p.label)).toEqual(["Aave USDC", "Aave 0"]);
    expect(first.page).toEqual({ offset: 0, limit: 2, total: 4 });
    expect(first.counts).toEqual({ positions: 5, belowTarget: 4, atTarget: 0, noCoverMarket: 1, withoutProduct: 0 });
    expect(first.risks).toEqual(["protocol_exploit", "depeg"]);
    const second = await caller.recommendation.forPortfolio({ portfolioId, limit: 2, offset: 2 });
    expect(second.positions.map((p) => p.label)).toEqual(["Aave 1", "Aave 2"]);

    const depegOnly = await caller.recommendation.forPortfolio({ portfolioId, risk: "depeg" });
    expect(depegOnly.positions.every((p) => p.gaps.map((g) => g.risk).join() === "depeg")).toBe(true);
    const gradedB = await caller.recommendation.forPortfolio({ portfolioId, grade: "B" });
    expect(gradedB.positions.map((p) => p.id)).toEqual([aaveId]);
    const ungraded = await caller.recommendation.forPortfolio({ portfolioId, grade: "none" });
    expect(ungraded.page.total).toBe(3);
  });

  it("counts positions for which no product fits the user's settings", async () => {
    const { caller, portfolioId } = await newTreasury("nofit");
    await caller.position.create({ portfolioId, label: "Kraken BTC", asset: "BTC", assetKind: "native", chain: "bitcoin", venueKind: "cex", venue: "kraken", valueUsd: "5000" });
    const out = await caller.recommendation.forPortfolio({ portfolioId });
    expect(out.counts).toMatchObject({ belowTarget: 2, withoutProduct: 1 });
    const kraken = out.positions.find((p) => p.label === "Kraken BTC")!;
    expect(kraken.gaps.every((g) => g.suggestionsTotal === 0)).toBe(true);
  });

  it("says nothing to buy when every risk is at target, and counts positions no market covers", async () => {
    const { caller, portfolioId, aaveId } = await newTreasury("covered");
    await caller.position.create({ portfolioId, ...ledgerEth });
    for (const coverageType of ["protocol_exploit", "depeg"] as const) {
      await caller.cover.create({
        portfolioId, productName: `Held ${coverageType}`, coverageType, amountUsd: "90000",
        startsAt: "2020-01-01", expiresAt: "2099-01-01", positionIds: [aaveId],
      });
    }
    const out = await caller.recommendation.forPortfolio({ portfolioId });
    expect(out.positions).toEqual([]);
    expect(out.counts).toEqual({ positions: 2, belowTarget: 0, atTarget: 1, noCoverMarket: 1, withoutProduct: 0 });
  });
});

describe("recommendation.forPosition", () => {
  it("explains one position, and a wallet holding ETH as uninsurable", async () => {
    const { caller, portfolioId, aaveId } = await newTreasury("single");
    const ledgerId = (await caller.position.create({ portfolioId, ...ledgerEth })).id;
    const aave = await caller.recommendation.forPosition({ positionId: aaveId, periodDays: 90 });
    expect(aave.portfolioId).toBe(portfolioId);
    expect(aave.position.gaps[0]!.suggestions[0]!.periodDays).toBe(90);
    const ledger = await caller.recommendation.forPosition({ positionId: ledgerId });
    expect(ledger.position).toMatchObject({ insurable: false, gaps: [] });
  });

  it("is NOT_FOUND for another user's position", async () => {
    const { aaveId } = await newTreasury("owner");
    const { caller: other } = await newTreasury("other");
    expect(await codeOf(other.recommendation.forPosition({ positionId: aaveId }))).toBe("NOT_FOUND");
  });
});

describe("recommendation.apply", () => {
  it("turns a suggestion into a draft: held figures stay, the what-if view counts it", async () => {
    const { caller, portfolioId, aaveId } = await newTreasury("apply");
    const nexus = await productId("nexus-mutual", "protocol-cover");
    const out = await caller.recommendation.applySuggestions({ portfolioId, items: [{ positionId: aaveId, productId: nexus, amountUsd: "80000" }], startsAt: "2026-03-01" });
    expect(out.created).toEqual([expect.objectContaining({
      positionId: aaveId, productId: nexus, productName: "Protocol Cover", providerName: "Nexus Mutual",
      coverageType: "protocol_exploit", amountUsd: "80000.00", startsAt: "2026-03-01", expiresAt: "2027-03-01",
    })]);
    const cover = await caller.cover.get({ id: out.created[0]!.id });
    expect(cover).toMatchObject({ status: "draft", positionIds: [aaveId] });

    const held = await caller.portfolio.summary({ portfolioId, asOf: "2026-06-01" });
    const whatIf = await caller.portfolio.summary({ portfolioId, asOf: "2026-06-01", includeDrafts: true });
    expect(held.positions[0]!.insuredUsd).toBe("0.00");
    // 5 %-of-cover deductible: pay = min(80,000, 100,000 − 80,000 · 5 %) = 80,000.
    expect(whatIf.positions[0]!.insuredUsd).toBe("80000.00");

    const again = await caller.recommendation.forPosition({ positionId: aaveId });
    const protocol = again.position.gaps.find((g) => g.risk === "protocol_exploit")!;
    expect(protocol.suggestions.find((s) => s.productId === nexus)?.draftId).toBe(out.created[0]!.id);
    expect(again.position.drafts.map((d) => d.id)).toEqual([out.created[0]!.id]);
  });

  it("is all-or-nothing: one ineligible item writes nothing and names the row", async () => {
    const { caller, portfolioId, aaveId } = await newTreasury("atomic");
    const nexus = await productId("nexus-mutual", "protocol-cover");
    const l2Only = await productId("opencover", "protocol-cover-l2");
    const call = caller.recommendation.applySuggestions({ portfolioId, items: [
      { positionId: aaveId, productId: nexus, amountUsd: "1000" },
      { positionId: aaveId, productId: l2Only, amountUsd: "1000" },
    ] });
    await expect(call).rejects.toMatchObject({ code: "BAD_REQUEST", field: "items.1.productId" });
    await expect(call).rejects.toThrow(/not available on Ethereum/);
    expect(await tdb.prisma.cover.count({ where: { portfolioId } })).toBe(0);
  });

  it("refuses a position of another portfolio, a product the position's risks do not need, and duplicates", async () => {
    const { caller, portfolioId, aaveId } = await newTreasury("checks");
    const otherPortfolio = (await caller.portfolio.create({ name: "Elsewhere" })).id;
    const elsewhere = (await caller.position.create({ portfolioId: otherPortfolio, ...aaveUsdc })).id;
    const nexus = await productId("nexus-mutual", "protocol-cover");
    const custody = await productId("bitgo-custody", "qualified-custody-insurance");
    await expect(caller.recommendation.applySuggestions({ portfolioId, items: [{ positionId: elsewhere, productId: nexus, amountUsd: "1" }] }))
      .rejects.toMatchObject({ code: "BAD_REQUEST", field: "items.0.positionId" });
    await expect(caller.recommendation.applySuggestions({ portfolioId, items: [{ positionId: aaveId, productId: custody, amountUsd: "1" }] }))
      .rejects.toMatchObject({ code: "BAD_REQUEST", field: "items.0.productId" });
    const twice = { positionId: aaveId, productId: nexus, amountUsd: "1" };
    await expect(caller.recommendation.applySuggestions({ portfolioId, items: [twice, twice] }))
      .rejects.toMatchObject({ code: "BAD_REQUEST", field: "items.1.productId" });
    expect(await codeOf(caller.recommendation.applySuggestions({ portfolioId, items: [{ ...twice, amountUsd: "0" }] }))).toBe("BAD_REQUEST");
    expect(await tdb.prisma.cover.count({ where: { portfolioId } })).toBe(0);
  });
});

describe("recommendation.optimizeBudget", () => {
  it("spends the budget where expected loss per premium dollar is highest, and applies the plan as drafts", async () => {
    const { caller, portfolioId } = await newTreasury("budget");
    const out = await caller.recommendation.optimizeBudget({ portfolioId, budgetUsd: "1000" });
    expect(out.status).toBe("optimal");
    // Ungraded → C, 2.5 %/yr. Per premium dollar at the 29 % high end: depeg (no deductible) 0.025 / 0.29
    // beats protocol cover (5 % deductible) 0.025 · 0.95 / 0.29, so the whole budget buys depeg cover:
    // 1,000 / 0.29 = 3,448.2758… → 3,448.28 to the cent, as the premium 3,448.28 · 0.29 = 1,000.0012 still
    // rounds to 1,000.00: the budget holds at cents.
    expect(out.allocations).toEqual([expect.objectContaining({
      productName: "Yield Token Cover", risk: "depeg", amountUsd: "3448.28", premiumUsd: "1000.00", lossProbability: 0.025,
      premiumSource: "provider", // the product publishes no rate: Nexus Mutual's published 1–29 % prices it
    })]);
    // Expected loss covered: 3,448.28 · 0.025 = 86.207 → 86.21; open: (100,000 + 100,000) · 0.025 = 5,000.
    expect(out).toMatchObject({ budgetUsedUsd: "1000.00", expectedLossCoveredUsd: "86.21", expectedLossOpenUsd: "5000.00", expectedLossLeftUsd: "4913.79" });
    expect(out.binding.map((b) => b.kind)).toEqual(["budget"]);
    expect(out.assumptions.gradeCounts).toMatchObject({ none: 1 });

    const applied = await caller.recommendation.applySuggestions({
      portfolioId, items: out.allocations.map((a) => ({ positionId: a.positionId, productId: a.productId, amountUsd: a.amountUsd })),
    });
    expect(applied.created.map((c) => c.amountUsd)).toEqual(["3448.28"]);

    // "Apply all" a second time replaces the plan's draft instead of doubling it.
    const items = out.allocations.map((a) => ({ positionId: a.positionId, productId: a.productId, amountUsd: a.amountUsd }));
    const again = await caller.recommendation.applySuggestions({ portfolioId, items });
    expect(again.replaced).toBe(1);
    const drafts = (await caller.cover.list({ portfolioId })).filter((c) => c.status === "draft");
    expect(drafts.map((c) => c.id)).toEqual(again.created.map((c) => c.id));
  });

  it("uses the position's risk grade and the run's own loss probabilities", async () => {
    const { caller, portfolioId, aaveId } = await newTreasury("graded");
    await caller.position.update({ id: aaveId, riskGrade: "F" });
    const saved = await caller.recommendation.optimizeBudget({ portfolioId, budgetUsd: "1000" });
    expect(saved.allocations[0]!.lossProbability).toBe(0.2);
    const edited = await caller.recommendation.optimizeBudget({
      portfolioId, budgetUsd: "1000", gradeProbabilities: { A: 0.005, B: 0.01, C: 0.025, D: 0.05, E: 0.1, F: 0.3 },
    });
    expect(edited.allocations[0]!.lossProbability).toBe(0.3);
    expect(edited.assumptions.gradeCounts).toMatchObject({ F: 1, none: 0 });
  });

  it("reports an empty plan when no priced product fits", async () => {
    const { caller, portfolioId } = await newTreasury("empty");
    await caller.settings.update({ kycOk: false });
    const out = await caller.recommendation.optimizeBudget({ portfolioId, budgetUsd: "1000" });
    expect(out.status).toBe("empty");
    expect(out.allocations).toEqual([]);
  });
});
