import fc from "fast-check";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { seedCatalog } from "@/prisma/seed";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import { jobSchemaFor } from "@/server/jobs/job-schema";
import { prepareJobSchema } from "@/server/jobs/queues";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, callPath, createOwnedRows, makeUser, type Caller } from "@/tests/integration/callers";
import { dbFingerprint } from "@/tests/integration/db-fingerprint";
import { hostileExamples, hostileInput } from "@/tests/integration/hostile-values";
import { ownedIdSamples, PUBLIC_PROCEDURES, type OwnedIds } from "@/tests/integration/procedure-samples";

const RUNS = Number(process.env.HOSTILE_RUNS ?? 200);

const publicSamples: Record<string, unknown> = {
  "auth.signUp": { email: "fuzz@example.com", name: "Fuzz", password: "a-long-password" },
  "provider.list": { filters: { coverageType: "depeg", chain: "ethereum" } },
  "provider.get": { slug: "nexus-mutual" },
  "provider.products": { slug: "nexus-mutual", q: "aave", cursor: 0, limit: 5 },
  "provider.compare": { slugs: ["nexus-mutual", "insurace"] },
  "venue.search": { q: "aave", kind: "defi", chain: "ethereum", limit: 5 },
  "venue.bySlugs": { slugs: ["aave-v3", "lido"] },
  "incident.list": { q: "reentrancy", venue: "aave", chain: "ethereum", kind: "protocol_exploit", from: "2022-01-01", to: "2026-01-01", limit: 5 },
  "member.inviteInfo": { token: "A".repeat(43) },
};

let tdb: TestDatabase;
let owner: Caller;
let ids: OwnedIds;

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
  // notification.checkNow queues webhook deliveries: this file's own job queue.
  const jobSchema = jobSchemaFor(tdb.url);
  await prepareJobSchema(tdb.url, jobSchema);
  const user = await makeUser(tdb.prisma, "owner");
  owner = callerFor(tdb.prisma, user.id, { clientIp: "192.0.2.1", rateLimits: new MemoryRateLimitStore(), jobSchema });
  ids = await createOwnedRows(owner, tdb.prisma);
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
    const isFixtureDelete = (input: unknown) => path.endsWith(".delete") && JSON.stringify(input) === JSON.stringify(sample);
    const arbitrary = hostileInput(sample).filter((input) => !isFixtureDelete(input));
    const examples = hostileExamples(sample).filter((input) => !isFixtureDelete(input)).map((input): [unknown] => [input]);
    let before = await dbFingerprint(tdb.prisma);
    await fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        const outcome = await callPath(owner, path, input).then(() => null, (e: unknown) => e as { code?: string; message?: string });
        if (outcome === null) {
          before = await dbFingerprint(tdb.prisma); // accepted: a valid write is allowed
          return;
        }
        expect(outcome).toBeInstanceOf(TRPCError);
        const status = getHTTPStatusCodeFromError(outcome as TRPCError);
        expect(status, `${outcome.code}: ${outcome.message}`).toBeGreaterThanOrEqual(400);
        expect(status, `${outcome.code}: ${outcome.message}`).toBeLessThan(500);
        expect(outcome.message?.length).toBeGreaterThan(0);
        expect(await dbFingerprint(tdb.prisma)).toBe(before);
      }),
      { numRuns: RUNS, examples },
    );
  }, 120_000);
});
