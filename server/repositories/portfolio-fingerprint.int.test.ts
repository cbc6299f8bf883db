import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { makeUser } from "@/tests/integration/callers";
import { portfolioFingerprint } from "./portfolio-fingerprint";

let tdb: TestDatabase;
let userId: string;
let portfolioId: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  userId = (await makeUser(tdb.prisma, "fingerprint")).id;
  portfolioId = (await tdb.prisma.portfolio.create({ data: { createdById: userId, members: { create: { userId: userId, role: "owner" } }, name: "Fingerprinted" } })).id;
});
afterAll(() => tdb.drop());

/** The fingerprint before and after `change`; the cached overview is reused only while they are equal. */
async function across(change: () => Promise<unknown>): Promise<[string | null, string | null]> {
  const before = await portfolioFingerprint(tdb.prisma, userId, portfolioId);
  await new Promise((r) => setTimeout(r, 2)); // @updatedAt has millisecond precision
  await change();
  return [before, await portfolioFingerprint(tdb.prisma, userId, portfolioId)];
}

describe("portfolioFingerprint", () => {
  it("is null for another user's portfolio and for none", async () => {
    const other = (await makeUser(tdb.prisma, "fingerprint-other")).id;
    expect(await portfolioFingerprint(tdb.prisma, other, portfolioId)).toBeNull();
    expect(await portfolioFingerprint(tdb.prisma, userId, "no-such-portfolio")).toBeNull();
  });

  it("changes when the catalog the overview reads changes: a provider, a product, a venue's name, an incident", async () => {
    const provider = await tdb.prisma.provider.create({
      data: { slug: "fp-provider", name: "Provider", facts: {}, products: { create: { slug: "cover", name: "Cover", coverageType: "protocol_exploit" } } },
      include: { products: true },
    });
    await tdb.prisma.venue.create({ data: { slug: "fp-venue", name: "Venue", kind: "defi", category: "Lending", source: "test", asOf: "2026-11-01" } });
    const steps: [string, () => Promise<unknown>][] = [
      ["provider renamed", () => tdb.prisma.provider.update({ where: { id: provider.id }, data: { name: "Provider, renamed" } })],
      ["product's claim window", () => tdb.prisma.coverProduct.update({ where: { id: provider.products[0]!.id }, data: { claimWindowDays: 30 } })],
      ["venue renamed", () => tdb.prisma.venue.update({ where: { slug: "fp-venue" }, data: { name: "Venue, renamed" } })],
      ["product removed", () => tdb.prisma.coverProduct.delete({ where: { id: provider.products[0]!.id } })],
      ["incident recorded", () => tdb.prisma.incident.create({
        data: { id: "fp-incident", date: new Date("2026-11-01"), venueName: "Venue", venueSlug: "fp-venue", kind: "protocol_exploit", sourceLabel: "test", asOf: "2026-11-02" },
      })],
      ["incident updated", () => tdb.prisma.incident.update({ where: { id: "fp-incident" }, data: { lossText: "more known now" } })],
    ];
    for (const [step, change] of steps) {
      const [before, after] = await across(change);
      expect(after, step).not.toBe(before);
    }
  });

  it("changes with the portfolio, its owner's settings, positions and covers, and stays put when nothing changed", async () => {
    const [same1, same2] = await across(async () => undefined);
    expect(same2).toBe(same1);
    const [, renamed] = await across(() => tdb.prisma.portfolio.update({ where: { id: portfolioId }, data: { name: "Renamed" } }));
    expect(renamed).not.toBe(same2);
    const [, settled] = await across(() => tdb.prisma.user.update({ where: { id: userId }, data: { name: "New name" } }));
    expect(settled).not.toBe(renamed);
    const [, withPosition] = await across(() => tdb.prisma.position.create({
      data: { portfolioId, label: "P", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "fp-venue", valueUsd: "10" },
    }));
    expect(withPosition).not.toBe(settled);
    const [, withCover] = await across(() => tdb.prisma.cover.create({
      data: { portfolioId, productName: "C", coverageType: "protocol_exploit", amountUsd: "5", startsAt: new Date("2026-01-01"), expiresAt: new Date("2027-01-01") },
    }));
    expect(withCover).not.toBe(withPosition);
  });
});
