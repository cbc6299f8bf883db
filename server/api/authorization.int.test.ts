import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { jobSchemaFor } from "@/server/jobs/job-schema";
import { prepareJobSchema } from "@/server/jobs/queues";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, callPath, createOwnedRows, makeUser, type Caller } from "@/tests/integration/callers";
import {
  ownedIdSamples, OWN_ACCOUNT_PROCEDURES, PUBLIC_PROCEDURES, SELF_SCOPED_PROCEDURES, type OwnedIds,
} from "@/tests/integration/procedure-samples";

/** Valid inputs for the public procedures (signUp makes a new account of its own). */
const PUBLIC_SAMPLES: Record<string, unknown> = {
  "auth.signUp": { email: "newcomer@int.coverdesk.test", name: "Newcomer", password: "a-long-password" },
  "provider.list": {},
  "provider.get": { slug: "nexus-mutual" },
  "provider.products": { slug: "nexus-mutual", q: "aave", limit: 5 },
  "provider.compare": { slugs: ["nexus-mutual", "insurace"] },
  "venue.search": { q: "aave" },
  "venue.bySlugs": { slugs: ["aave-v3"] },
  "incident.list": { q: "aave", limit: 5 },
};

let tdb: TestDatabase;
let alice: Caller;
let bob: Caller;
let aliceId: string;
let ids: OwnedIds;

const allPaths = Object.keys(appRouter._def.procedures).sort();
const protectedPaths = allPaths.filter((p) => !PUBLIC_PROCEDURES.includes(p));
const idTakingPaths = protectedPaths.filter((p) => !SELF_SCOPED_PROCEDURES.includes(p) && !OWN_ACCOUNT_PROCEDURES.includes(p));

/** Everything Alice owns, to prove an intruder's call changed none of it. */
async function aliceRows(db: TestDatabase["prisma"]) {
  const mine = { portfolio: { userId: aliceId } };
  const mineToo = { userId: aliceId };
  const [user, portfolios, positions, covers, links, acks, quotes, preferences, notices, mail, webhooks, deliveries] = await Promise.all([
    db.user.findUnique({ where: { id: aliceId } }),
    db.portfolio.findMany({ where: { userId: aliceId }, orderBy: { id: "asc" } }),
    db.position.findMany({ where: mine, orderBy: { id: "asc" } }),
    db.cover.findMany({ where: mine, orderBy: { id: "asc" } }),
    db.coverPosition.findMany({ where: { cover: mine }, orderBy: [{ coverId: "asc" }, { positionId: "asc" }] }),
    db.alertAck.findMany({ where: { portfolio: { userId: aliceId } }, orderBy: { id: "asc" } }),
    db.quote.findMany({ where: mine, orderBy: { id: "asc" } }),
    db.notificationPreference.findUnique({ where: mineToo }),
    db.alertNotice.findMany({ where: mineToo, orderBy: { alertKey: "asc" } }),
    db.emailMessage.findMany({ where: mineToo, orderBy: { id: "asc" } }),
    db.webhook.findMany({ where: mineToo, orderBy: { id: "asc" } }),
    db.webhookDelivery.findMany({ where: { webhook: mineToo }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ user, portfolios, positions, covers, links, acks, quotes, preferences, notices, mail, webhooks, deliveries });
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  const jobSchema = jobSchemaFor(tdb.url);
  await prepareJobSchema(tdb.url, jobSchema);
  aliceId = (await makeUser(tdb.prisma, "alice")).id;
  alice = callerFor(tdb.prisma, aliceId, { jobSchema });
  bob = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "bob")).id, { jobSchema });
  ids = await createOwnedRows(alice, tdb.prisma);
  await alice.alert.acknowledge({ key: `${ids.portfolioId}:${ids.positionId}:under_insured`, until: "2099-01-01" });
});
afterAll(() => tdb.drop());

describe("authorization sweep over every procedure of the app router", () => {
  it("every procedure is either public or has a sample call with another user's ids", () => {
    const covered = new Set([...Object.keys(ownedIdSamples({ portfolioId: "x", positionId: "y", coverId: "z", quoteId: "q", productId: "p", webhookId: "w" })), ...PUBLIC_PROCEDURES]);
    expect(allPaths.filter((p) => !covered.has(p))).toEqual([]);
  });

  it.each(idTakingPaths)("%s with another user's ids: NOT_FOUND, no change", async (path) => {
    const before = await aliceRows(tdb.prisma);
    const error = await callPath(bob, path, ownedIdSamples(ids)[path]).then(() => null, (e: { code?: string }) => e);
    expect(error?.code).toBe("NOT_FOUND");
    expect(await aliceRows(tdb.prisma)).toBe(before);
  });

  it.each(SELF_SCOPED_PROCEDURES)("%s as another user returns none of the owner's data", async (path) => {
    const before = await aliceRows(tdb.prisma);
    const result = JSON.stringify(await callPath(bob, path, ownedIdSamples(ids)[path]));
    for (const id of Object.values(ids)) expect(result).not.toContain(id);
    expect(await aliceRows(tdb.prisma)).toBe(before);
  });

  it.each(OWN_ACCOUNT_PROCEDURES)("%s as another user with the owner's sample: refused, no change", async (path) => {
    const before = await aliceRows(tdb.prisma);
    const error = await callPath(bob, path, ownedIdSamples(ids)[path]).then(() => null, (e: { code?: string }) => e);
    expect(error?.code).toBe("BAD_REQUEST");
    expect(await aliceRows(tdb.prisma)).toBe(before);
  });

  it.each(PUBLIC_PROCEDURES)("%s (public) returns none of a user's data to an anonymous caller", async (path) => {
    const before = await aliceRows(tdb.prisma);
    const sample = { ...ownedIdSamples(ids), ...PUBLIC_SAMPLES }[path];
    const result = JSON.stringify(await callPath(callerFor(tdb.prisma, null), path, sample).catch((e: { code?: string }) => ({ refused: e.code })));
    for (const id of [aliceId, ...Object.values(ids)]) expect(result).not.toContain(id);
    expect(await aliceRows(tdb.prisma)).toBe(before);
  });

  it.each(protectedPaths)("%s anonymously: UNAUTHORIZED", async (path) => {
    const error = await callPath(callerFor(tdb.prisma, null), path, ownedIdSamples(ids)[path]).then(() => null, (e: { code?: string }) => e);
    expect(error?.code).toBe("UNAUTHORIZED");
  });

  it("the owner can make the same calls (the samples are valid)", async () => {
    const reads = protectedPaths.filter((p) => /\.(get|list)$/.test(p));
    for (const path of reads) await expect(callPath(alice, path, ownedIdSamples(ids)[path])).resolves.toBeDefined();
  });
});
