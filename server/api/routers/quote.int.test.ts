import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/prisma/seed";
import { todayUtc } from "@/server/repositories/mappers";
import { addDays } from "@/lib/format/calendar";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";

let tdb: TestDatabase;
let alice: Caller;
let bob: Caller;
let portfolioId: string;
let yieldToken: string;

const today = todayUtc();
const fieldOf = async (call: Promise<unknown>) =>
  call.then(() => null, (e: { code?: string; cause?: unknown; message?: string }) => ({ code: e.code, message: e.message }));

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
  bob = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "bob")).id);
  portfolioId = (await alice.portfolio.create({ name: "Quoted" })).id;
  await alice.position.create({ portfolioId, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000" });
  yieldToken = (await tdb.prisma.coverProduct.findFirstOrThrow({ where: { name: "Yield Token Cover" }, select: { id: true } })).id;
});
afterAll(() => tdb.drop());

describe("quote.create / list / delete", () => {
  it("a valid quote prices its product in suggestions and in the optimizer; an expired one is listed, marked and unused", async () => {
    const expired = await alice.quote.create({ portfolioId, productId: yieldToken, ratePct: "0.5", quotedAt: addDays(today, -60), validUntil: addDays(today, -30) });
    expect(expired).toMatchObject({ status: "expired", superseded: false });
    const quote = await alice.quote.create({ portfolioId, productId: yieldToken, ratePct: "2.1", quotedAt: today, note: "From the Nexus app", url: "https://app.nexusmutual.io/cover" });
    // No end date: it holds 30 days.
    expect(quote).toMatchObject({ status: "valid", ratePct: "2.1", validUntil: null, validThrough: addDays(today, 30), productName: "Yield Token Cover", providerName: "Nexus Mutual" });

    const rec = await alice.recommendation.forPortfolio({ portfolioId });
    const depeg = rec.positions[0]!.gaps.find((g) => g.risk === "depeg")!;
    const priced = depeg.suggestions.find((s) => s.productId === yieldToken)!;
    // 80,000 × 2.1 % = 1,680 a year; m = 0.021 / 0.025 = 0.84: good value, where the mid 15 % was 6×.
    expect(priced).toMatchObject({ annualCostUsd: "1680.00", price: { source: "quote", pct: "2.1", quoteId: quote.id }, value: { multiple: 0.84, poorValue: false } });
    expect(priced.price!.label).toMatch(/^your quote 2\.1 % · /);

    const plan = await alice.recommendation.optimizeBudget({ portfolioId, budgetUsd: "10000" });
    // Only the quoted product is worth buying: its whole 80,000 gap for 1,680.
    expect(plan.allocations.map((a) => [a.productName, a.amountUsd, a.premiumUsd])).toEqual([["Yield Token Cover", "80000.00", "1680.00"]]);
    expect(plan.allocations[0]!.priceLabel).toMatch(/^your quote 2\.1 %/);

    const listed = await alice.quote.list({ portfolioId });
    expect(listed.map((q) => [q.id, q.status])).toEqual([[quote.id, "valid"], [expired.id, "expired"]]);

    await alice.quote.delete({ id: quote.id });
    const after = await alice.recommendation.forPortfolio({ portfolioId });
    const back = after.positions[0]!.gaps.find((g) => g.risk === "depeg")!.suggestions.find((s) => s.productId === yieldToken)!;
    expect(back.price).toMatchObject({ source: "range", basis: "mid" });
    await alice.quote.delete({ id: expired.id });
  });

  it("marks an older valid quote superseded by a newer one for the same product", async () => {
    const older = await alice.quote.create({ portfolioId, productId: yieldToken, ratePct: "3", quotedAt: addDays(today, -2) });
    const newer = await alice.quote.create({ portfolioId, productId: yieldToken, ratePct: "2.5", quotedAt: today });
    const listed = await alice.quote.list({ portfolioId });
    expect(listed.find((q) => q.id === older.id)).toMatchObject({ status: "valid", superseded: true });
    expect(listed.find((q) => q.id === newer.id)).toMatchObject({ status: "valid", superseded: false });
    await alice.quote.delete({ id: older.id });
    await alice.quote.delete({ id: newer.id });
  });

  it("is the owner's only: another user gets NOT_FOUND for every call and changes nothing", async () => {
    const quote = await alice.quote.create({ portfolioId, productId: yieldToken, ratePct: "2", quotedAt: today });
    expect(await codeOf(bob.quote.list({ portfolioId }))).toBe("NOT_FOUND");
    expect(await codeOf(bob.quote.create({ portfolioId, productId: yieldToken, ratePct: "0.1", quotedAt: today }))).toBe("NOT_FOUND");
    expect(await codeOf(bob.quote.delete({ id: quote.id }))).toBe("NOT_FOUND");
    expect((await alice.quote.list({ portfolioId })).map((q) => q.id)).toEqual([quote.id]);
    await alice.quote.delete({ id: quote.id });
    expect(await codeOf(alice.quote.delete({ id: quote.id }))).toBe("NOT_FOUND");
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const count = () => tdb.prisma.quote.count();
    const before = await count();
    const base = { portfolioId, productId: yieldToken, ratePct: "2", quotedAt: today };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ratePct: "0" }, /ratePct[\s\S]*above 0/],
      [{ ratePct: "-1" }, /ratePct/],
      [{ ratePct: "100.5" }, /ratePct[\s\S]*100/],
      [{ validUntil: addDays(today, -1) }, /validUntil[\s\S]*on or after/],
      [{ quotedAt: addDays(today, 1) }, /A quote cannot be dated after today/],
      [{ url: "javascript:alert(1)" }, /url/],
      [{ productId: "no-such-product" }, /No such product/],
      [{ providerSlug: "insurace" }, /Nexus Mutual's, not insurace's/],
    ];
    for (const [over, message] of cases) {
      const err = await fieldOf(alice.quote.create({ ...base, ...over } as Parameters<Caller["quote"]["create"]>[0]));
      expect(err?.code, JSON.stringify(over)).toBe("BAD_REQUEST");
      expect(err?.message, JSON.stringify(over)).toMatch(message);
    }
    expect(await count()).toBe(before);
  });
});
