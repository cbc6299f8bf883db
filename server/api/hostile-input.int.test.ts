import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { seedCatalog } from "@/prisma/seed";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, makeUser, type Caller } from "@/tests/integration/callers";
import { dbFingerprint } from "@/tests/integration/db-fingerprint";
import { hostileInput } from "@/tests/integration/hostile-values";
import { ownedIdSamples, PUBLIC_PROCEDURES, type OwnedIds } from "@/tests/integration/procedure-samples";

const RUNS = Number(process.env.HOSTILE_RUNS ?? 200);

const publicSamples: Record<string, unknown> = {
  "auth.signUp": { email: "fuzz@example.com", name: "Fuzz", password: "a-long-password" },
  "provider.list": { filters: { coverageType: "depeg", chain: "ethereum" } },
  "provider.get": { slug: "nexus-mutual" },
  "provider.compare": { slugs: ["nexus-mutual", "insurace"] },
};

let tdb: TestDatabase;
let owner: Caller;
let ids: OwnedIds;

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
  const user = await makeUser(tdb.prisma, "owner");
  owner = callerFor(tdb.prisma, user.id, { clientIp: "192.0.2.1", rateLimits: new MemoryRateLimitStore() });
  const portfolio = await owner.portfolio.create({ name: "Fuzzed" });
  const position = await owner.position.create({
    portfolioId: portfolio.id, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin",
    chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "1000",
  });
  const cover = await owner.cover.create({
    portfolioId: portfolio.id, productName: "Cover", coverageType: "protocol_exploit", amountUsd: "500",
    startsAt: "2026-01-01", expiresAt: "2027-01-01", positionIds: [position.id],
  });
  ids = { portfolioId: portfolio.id, positionId: position.id, coverId: cover.id };
}, 60_000);
afterAll(() => tdb.drop());

const paths = Object.keys(appRouter._def.procedures).sort();

describe(`hostile input: ${RUNS} malformed inputs per procedure`, () => {
  it("every public procedure has a sample to mutate", () => {
    expect(PUBLIC_PROCEDURES.filter((p) => !(p in publicSamples))).toEqual([]);
  });

  it.each(paths)("%s answers 4xx with a message, never 5xx, and a refused call writes nothing", async (path) => {
    const sample = PUBLIC_PROCEDURES.includes(path) ? publicSamples[path] : ownedIdSamples(ids)[path];
    // Deletes would remove the fixture on their first valid call; their hostile ids are enough.
    const arbitrary = hostileInput(sample).filter((input) => !(path.endsWith(".delete") && JSON.stringify(input) === JSON.stringify(sample)));
    let before = await dbFingerprint(tdb.prisma);
    await fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        const outcome = await call(owner, path, input).then(() => null, (e: unknown) => e as { code?: string; message?: string });
        if (outcome === null) {
          before = await dbFingerprint(tdb.prisma); // accepted: a valid write is allowed
          return;
        }
        expect(outcome.code).not.toBe("INTERNAL_SERVER_ERROR");
        expect(outcome.code).toBeDefined();
        expect(outcome.message?.length).toBeGreaterThan(0);
        expect(await dbFingerprint(tdb.prisma)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
