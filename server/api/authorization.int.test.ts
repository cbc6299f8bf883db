import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, procedureMetaAt } from "@/server/api/root";
import { jobSchemaFor } from "@/server/jobs/job-schema";
import { prepareJobSchema } from "@/server/jobs/queues";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, callPath, createOwnedRows, makeUser, type Caller } from "@/tests/integration/callers";
import { ownedIdSamples, OWN_ACCOUNT_PROCEDURES, PUBLIC_PROCEDURES, type OwnedIds } from "@/tests/integration/procedure-samples";

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
  "member.inviteInfo": { token: "A".repeat(43) },
};

let tdb: TestDatabase;
let alice: Caller;
let bob: Caller;
let viewer: Caller;
let editor: Caller;
let aliceId: string;
let ids: OwnedIds;

const allPaths = Object.keys(appRouter._def.procedures).sort();
const protectedPaths = allPaths.filter((p) => !PUBLIC_PROCEDURES.includes(p));
/** From the router itself: the procedures that act on a portfolio, and what they need. */
const portfolioPaths = protectedPaths.filter((p) => procedureMetaAt(p)?.access);
const levelOf = (path: string) => procedureMetaAt(path)?.access?.level;
const typeOf = (path: string) => (appRouter._def.procedures as unknown as Record<string, { _def: { type: string } } | undefined>)[path]?._def.type;
/** What any member may call; leaving (the one change a viewer may make) is tested with the members. */
const readPaths = portfolioPaths.filter((p) => levelOf(p) === "read" && p !== "member.leave");
const changingPaths = portfolioPaths.filter((p) => levelOf(p) !== "read");
const managePaths = portfolioPaths.filter((p) => levelOf(p) === "manage");
/** Protected procedures on no portfolio act on the caller's own account and rows. */
const selfScopedPaths = protectedPaths.filter((p) => !procedureMetaAt(p)?.access && !OWN_ACCOUNT_PROCEDURES.includes(p));

/** Everything of Alice's portfolio and account, to prove a refused call changed none of it. */
async function aliceRows(db: TestDatabase["prisma"]) {
  const inPortfolio = { portfolioId: ids.portfolioId };
  const mine = { userId: aliceId };
  const rows = await Promise.all([
    db.user.findUnique({ where: { id: aliceId } }),
    db.portfolio.findMany({ where: { id: ids.portfolioId } }),
    db.position.findMany({ where: inPortfolio, orderBy: { id: "asc" } }),
    db.cover.findMany({ where: inPortfolio, orderBy: { id: "asc" } }),
    db.coverPosition.findMany({ where: { cover: inPortfolio }, orderBy: [{ coverId: "asc" }, { positionId: "asc" }] }),
    db.alertAck.findMany({ where: inPortfolio, orderBy: { id: "asc" } }),
    db.quote.findMany({ where: inPortfolio, orderBy: { id: "asc" } }),
    db.portfolioMember.findMany({ where: inPortfolio, orderBy: { userId: "asc" } }),
    db.portfolioInvite.findMany({ where: inPortfolio, orderBy: { id: "asc" } }),
    db.shareLink.findMany({ where: inPortfolio, orderBy: { id: "asc" } }),
    db.auditEntry.findMany({ where: inPortfolio, orderBy: { id: "asc" } }),
    db.notificationPreference.findUnique({ where: mine }),
    db.alertNotice.findMany({ where: mine, orderBy: { alertKey: "asc" } }),
    db.emailMessage.findMany({ where: mine, orderBy: { id: "asc" } }),
    db.webhook.findMany({ where: mine, orderBy: { id: "asc" } }),
    db.webhookDelivery.findMany({ where: { webhook: mine }, orderBy: { id: "asc" } }),
    db.apiToken.findMany({ where: mine, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify(rows);
}

const refusalOf = (call: Promise<unknown>) => call.then(() => null, (e: { code?: string; message?: string }) => e);

beforeAll(async () => {
  tdb = await createTestDatabase();
  const jobSchema = jobSchemaFor(tdb.url);
  await prepareJobSchema(tdb.url, jobSchema);
  aliceId = (await makeUser(tdb.prisma, "alice")).id;
  alice = callerFor(tdb.prisma, aliceId, { jobSchema });
  bob = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "bob")).id, { jobSchema });
  ids = await createOwnedRows(alice, tdb.prisma);
  await alice.alert.acknowledge({ key: `${ids.portfolioId}:${ids.positionId}:under_insured`, until: "2099-01-01" });
  for (const [role, name] of [["viewer", "vic"], ["editor", "eddie"]] as const) {
    const user = await makeUser(tdb.prisma, name);
    await tdb.prisma.portfolioMember.create({ data: { portfolioId: ids.portfolioId, userId: user.id, role } });
    if (role === "viewer") viewer = callerFor(tdb.prisma, user.id, { jobSchema });
    else editor = callerFor(tdb.prisma, user.id, { jobSchema });
  }
});
afterAll(() => tdb.drop());

describe("authorization sweep over every procedure of the app router (roles read from each procedure's meta)", () => {
  it("every procedure is public, acts on a portfolio (with its level), or on the caller's own account — and has a sample", () => {
    const samples = ownedIdSamples({ portfolioId: "x", positionId: "y", coverId: "z", quoteId: "q", productId: "p", webhookId: "w", shareLinkId: "s", inviteId: "i", apiTokenId: "t" });
    expect(allPaths.filter((p) => !PUBLIC_PROCEDURES.includes(p) && !(p in samples))).toEqual([]);
    expect(portfolioPaths.length).toBeGreaterThan(30);
    // Read-level mutations: leaving (the one change a viewer may make) and running the optimizer (it writes nothing).
    expect(portfolioPaths.filter((p) => levelOf(p) === "read" && typeOf(p) !== "query")).toEqual(["member.leave", "recommendation.optimizeBudget"]);
    expect(managePaths).toEqual(expect.arrayContaining(["member.invite", "member.updateRole", "member.remove", "share.create", "share.revoke", "portfolio.update", "portfolio.delete"]));
  });

  it.each(portfolioPaths)("%s by a non-member: NOT_FOUND, no change", async (path) => {
    const before = await aliceRows(tdb.prisma);
    expect((await refusalOf(callPath(bob, path, ownedIdSamples(ids)[path])))?.code).toBe("NOT_FOUND");
    expect(await aliceRows(tdb.prisma)).toBe(before);
  });

  it.each(changingPaths)("%s by a viewer: FORBIDDEN with a message, no change", async (path) => {
    const before = await aliceRows(tdb.prisma);
    const refusal = await refusalOf(callPath(viewer, path, ownedIdSamples(ids)[path]));
    expect(refusal?.code).toBe("FORBIDDEN");
    expect(refusal?.message).toMatch(/viewer/);
    expect(await aliceRows(tdb.prisma)).toBe(before);
  });

  it.each(readPaths)("%s by a viewer: the portfolio's data", async (path) => {
    const result = await callPath(viewer, path, ownedIdSamples(ids)[path]);
    expect(result).toBeDefined();
  });

  it.each(managePaths)("%s by an editor: FORBIDDEN, no change", async (path) => {
    const before = await aliceRows(tdb.prisma);
    const refusal = await refusalOf(callPath(editor, path, ownedIdSamples(ids)[path]));
    expect(refusal?.code).toBe("FORBIDDEN");
    expect(await aliceRows(tdb.prisma)).toBe(before);
  });

  it.each(selfScopedPaths)("%s as another user returns none of the owner's data and changes none of it", async (path) => {
    const before = await aliceRows(tdb.prisma);
    const result = JSON.stringify(await callPath(bob, path, ownedIdSamples(ids)[path]).catch((e: { code?: string }) => ({ refused: e.code })));
    for (const id of Object.values(ids)) expect(result).not.toContain(id);
    expect(await aliceRows(tdb.prisma)).toBe(before);
  });

  it.each(OWN_ACCOUNT_PROCEDURES)("%s as another user with the owner's sample: refused, no change", async (path) => {
    const before = await aliceRows(tdb.prisma);
    expect((await refusalOf(callPath(bob, path, ownedIdSamples(ids)[path])))?.code).toBe("BAD_REQUEST");
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
    expect((await refusalOf(callPath(callerFor(tdb.prisma, null), path, ownedIdSamples(ids)[path])))?.code).toBe("UNAUTHORIZED");
  });

  it("the owner can make the read calls (the samples are valid)", async () => {
    for (const path of readPaths) await expect(callPath(alice, path, ownedIdSamples(ids)[path])).resolves.toBeDefined();
  });
});
