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
    expect(out.prefs).toEqual({ region: null, kycOk: true, targetRatio: 0.8, weightsAreDefault: true, periodDays: 365, priceBasis: "mid", maxLoading: 3 });
    expect(out.counts).toEqual({ positions: 1, belowTarget: 1, atTarget: 0, noCoverMarket: 0, withoutProduct: 0 });
    const [position] = out.positions;
    expect(position!.id).toBe(aaveId);
    expect(position!.gaps.map((g) => g.risk)).toEqual(["protocol_exploit", "depeg"]);

    // Gap = 0.8 · 100,000 − 0 = 80,000.
    const protocol = position!.gaps[0]!;
    expect(protocol).toMatchObject({ exposureUsd: "100000.00", insuredUsd: "0.00", ratio: 0, gapUsd: "80000.00" });
    const nexus = protocol.suggestions.find((s) => s.productName === "Protocol Cover")!;
    // Nexus Mutual publishes 1–29 %/yr for the provider, not per product: 80,000 × 1 % = 800; × 29 % = 23,200.
    // Priced at the middle, 15 %: 80,000 × 15 % = 12,000 a year. Ungraded → C, 2.5 %/yr, and a 5 % deductible:
    // m = 0.15 / (0.025 × 0.95) = 6.3158 → 6.32× the expected loss it covers, above the default 3: poor value.
    expect(nexus).toMatchObject({
      providerName: "Nexus Mutual", amountUsd: "80000.00", premiumSource: "provider",
      premiumLowPct: "1", premiumHighPct: "29", annualCostLowUsd: "800.00", annualCostHighUsd: "23200.00",
      annualCostUsd: "12000.00", price: { pct: "15", source: "range", basis: "mid", label: "Nexus Mutual published range 1–29 %, mid 15 %" },
      value: { multiple: 6.32, poorValue: true }, poorValue: true, draftId: null,
    });
    expect(nexus.reasons).toContain("covers Aave v3 (any DeFi venue) on Ethereum");
    expect(nexus.reasons).toContain("≈ $12,000/yr at Nexus Mutual published range 1–29 %, mid 15 %");
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
  it("at the mid price nothing is worth buying: it says so and spends $0 instead of the budget", async () => {
    const { caller, portfolioId } = await newTreasury("poor-value");
    const out = await caller.recommendation.optimizeBudget({ portfolioId, budgetUsd: "1000" });
    // Ungraded → C, 2.5 %/yr. Every priced product borrows Nexus Mutual's 1–29 %: mid 15 % is
    // 0.15 / 0.025 = 6× (depeg) and 0.15 / (0.025 × 0.95) = 6.32× (protocol, 5 % deductible), both above 3.
    expect(out).toMatchObject({ status: "empty", budgetUsedUsd: "0.00", allocations: [], poorValue: { count: 3 } });
    expect(out.notes[0]).toMatch(/^Nothing is worth buying at these prices/);
    expect(out.poorValue.examples).toContain("Yield Token Cover for Aave USDC (depeg): Nexus Mutual published range 1–29 %, mid 15 %, 6× the expected loss");
    // A user who accepts 7× buys at the same price.
    const tolerant = await caller.recommendation.optimizeBudget({ portfolioId, budgetUsd: "1000", maxLoading: 7 });
    expect(tolerant.status).toBe("optimal");
  });

  it("at the low end spends the budget where expected loss per premium dollar is highest, and applies the plan as drafts with their price", async () => {
    const { caller, portfolioId } = await newTreasury("budget");
    const out = await caller.recommendation.optimizeBudget({ portfolioId, budgetUsd: "1000", priceBasis: "low" });
    expect(out.status).toBe("optimal");
    // At 1 %: per premium dollar depeg (no deductible) covers 0.025 / 0.01 = 2.5 of expected loss, protocol
    // cover (5 % deductible) 0.025 × 0.95 / 0.01 = 2.375. Depeg first, up to its gap 0.8 × 100,000 = 80,000
    // for $800; the last $200 buys 20,000 of protocol cover.
    expect(out.allocations.map((a) => [a.productName, a.risk, a.amountUsd, a.premiumUsd, a.priceLabel, a.valueMultiple])).toEqual([
      ["Bundled Protocol Cover", "protocol_exploit", "20000.00", "200.00", "Nexus Mutual published range 1–29 %, low 1 %", 0.42],
      ["Yield Token Cover", "depeg", "80000.00", "800.00", "Nexus Mutual published range 1–29 %, low 1 %", 0.4],
    ]);
    // Covered: 80,000 × 0.025 + 20,000 × 0.025 × 0.95 = 2,000 + 475; open: (100,000 + 100,000) × 0.025 = 5,000.
    expect(out).toMatchObject({ budgetUsedUsd: "1000.00", expectedLossCoveredUsd: "2475.00", expectedLossOpenUsd: "5000.00", expectedLossLeftUsd: "2525.00" });
    expect(out.assumptions).toMatchObject({ premiumBasis: "low", maxLoading: 3, gradeCounts: { none: 1 } });

    const items = out.allocations.map((a) => ({ positionId: a.positionId, productId: a.productId, amountUsd: a.amountUsd }));
    const applied = await caller.recommendation.applySuggestions({ portfolioId, items, priceBasis: "low" });
    expect(applied.created.map((c) => [c.amountUsd, c.premiumUsd, c.priceLabel])).toEqual([
      ["20000.00", "200.00", "Nexus Mutual published range 1–29 %, low 1 %"],
      ["80000.00", "800.00", "Nexus Mutual published range 1–29 %, low 1 %"],
    ]);

    // "Apply all" a second time replaces the plan's drafts instead of doubling them.
    const again = await caller.recommendation.applySuggestions({ portfolioId, items, priceBasis: "low" });
    expect(again.replaced).toBe(2);
    const drafts = (await caller.cover.list({ portfolioId })).filter((c) => c.status === "draft");
    expect(drafts.map((c) => c.id).sort()).toEqual(again.created.map((c) => c.id).sort());
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

describe("recommendation.optimizeBudget under a flood", () => {
  it("runs one optimisation per user at a time: a second one sent meanwhile is TOO_MANY_REQUESTS; another user is not held up", async () => {
    const { caller, portfolioId } = await newTreasury("flood");
    const other = await newTreasury("neighbour");
    const calls = [
      caller.recommendation.optimizeBudget({ portfolioId, budgetUsd: "1000", mode: "tail", scenarios: 2000 }),
      caller.recommendation.optimizeBudget({ portfolioId, budgetUsd: "1000" }),
      other.caller.recommendation.optimizeBudget({ portfolioId: other.portfolioId, budgetUsd: "1000" }),
    ];
    const codes = await Promise.all(calls.map((c) => codeOf(c)));
    expect(codes).toEqual(["OK", "TOO_MANY_REQUESTS", "OK"]);
    // Once it is done, the user can run again.
    expect(await codeOf(caller.recommendation.optimizeBudget({ portfolioId, budgetUsd: "1000" }))).toBe("OK");
  });
});

describe("recommendations after an incident", () => {
  it("warn 'incident known' on a venue hit in the last 30 days, and not for an older incident", async () => {
    const { caller, portfolioId } = await newTreasury("incident");
    const warned = async () => {
      const out = await caller.recommendation.forPortfolio({ portfolioId });
      return out.positions[0]!.gaps.flatMap((g) => g.suggestions).some((s) => s.warnings.some((w) => w.code === "incident_known"));
    };
    const dayAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const incident = { venueName: "Aave", venueSlug: "aave-v3", chains: ["ethereum"], kind: "protocol_exploit" as const, sourceLabel: "test", asOf: dayAgo(0) };
    await tdb.prisma.incident.create({ data: { id: "test-aave-old", date: new Date(`${dayAgo(45)}T00:00:00Z`), ...incident } });
    expect(await warned()).toBe(false);
    await tdb.prisma.incident.create({ data: { id: "test-aave-recent", date: new Date(`${dayAgo(5)}T00:00:00Z`), ...incident } });
    expect(await warned()).toBe(true);
    await tdb.prisma.incident.deleteMany({ where: { id: { in: ["test-aave-old", "test-aave-recent"] } } });
  });
});
