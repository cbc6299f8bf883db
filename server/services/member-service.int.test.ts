import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/server/domain/access/roles";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor } from "@/tests/integration/callers";
import { failureOf, makeTeamPortfolio, makeTeamUser, type TeamUser } from "@/tests/integration/team-fixtures";

let tdb: TestDatabase;
type User = TeamUser;
const makeUser = (name: string) => makeTeamUser(tdb.prisma, name);
const makePortfolio = (owner: User, others: [User, Role][] = []) => makeTeamPortfolio(tdb.prisma, owner, others);

const roleOf = async (portfolioId: string, userId: string) =>
  (await tdb.prisma.portfolioMember.findUnique({ where: { portfolioId_userId: { portfolioId, userId } }, select: { role: true } }))?.role ?? null;
const auditOf = (portfolioId: string) =>
  tdb.prisma.auditEntry.findMany({ where: { portfolioId }, orderBy: { at: "asc" }, select: { action: true, entity: true, entityId: true, userId: true, changes: true } });

let alice: User, bob: User, carol: User, dave: User;

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = await makeUser("alice");
  bob = await makeUser("bob");
  carol = await makeUser("carol");
  dave = await makeUser("dave");
});
afterAll(() => tdb.drop());

describe("member.list", () => {
  it("shows every member and the caller's own role, to viewers too; an outsider gets NOT_FOUND", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "editor"], [carol, "viewer"]]);
    const list = await carol.caller.member.list({ portfolioId });
    expect(list.myRole).toBe("viewer");
    expect(list.myUserId).toBe(carol.id);
    expect(list.members.map((m) => [m.name, m.email, m.role])).toEqual([["alice", alice.email, "owner"], ["bob", bob.email, "editor"], ["carol", carol.email, "viewer"]]);
    expect(list.members[0]!.since).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await failureOf(dave.caller.member.list({ portfolioId })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(callerFor(tdb.prisma, null, { rateLimits: new MemoryRateLimitStore() }).member.list({ portfolioId })))?.code).toBe("UNAUTHORIZED");
  });
});

describe("member.updateRole", () => {
  it("lets an owner change a role, with one audit entry { role: [before, after] }", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "viewer"]]);
    expect(await alice.caller.member.updateRole({ portfolioId, userId: bob.id, role: "editor" })).toEqual({ userId: bob.id, role: "editor" });
    expect(await roleOf(portfolioId, bob.id)).toBe("editor");
    expect(await auditOf(portfolioId)).toEqual([{ action: "role", entity: "member", entityId: bob.id, userId: alice.id, changes: { role: ["viewer", "editor"] } }]);
    // The same role again changes nothing and records nothing.
    await alice.caller.member.updateRole({ portfolioId, userId: bob.id, role: "editor" });
    expect(await auditOf(portfolioId)).toHaveLength(1);
  });

  it("is the owners' only: an editor or viewer gets FORBIDDEN, an outsider NOT_FOUND, and nothing changes", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "editor"], [carol, "viewer"]]);
    const forbidden = await failureOf(bob.caller.member.updateRole({ portfolioId, userId: carol.id, role: "owner" }));
    expect(forbidden?.code).toBe("FORBIDDEN");
    expect(forbidden?.message).toMatch(/only its owners manage members/);
    expect((await failureOf(carol.caller.member.updateRole({ portfolioId, userId: carol.id, role: "owner" })))?.code).toBe("FORBIDDEN");
    expect((await failureOf(dave.caller.member.updateRole({ portfolioId, userId: dave.id, role: "owner" })))?.code).toBe("NOT_FOUND");
    expect(await roleOf(portfolioId, carol.id)).toBe("viewer");
    expect(await auditOf(portfolioId)).toEqual([]);
  });

  it("refuses a bad role or a non-member naming the field, and writes nothing", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "viewer"]]);
    const bad = await failureOf(alice.caller.member.updateRole({ portfolioId, userId: bob.id, role: "admin" as Role }));
    expect(bad).toMatchObject({ code: "BAD_REQUEST", fields: ["role"] });
    expect((await failureOf(alice.caller.member.updateRole({ portfolioId, userId: dave.id, role: "editor" })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(alice.caller.member.updateRole({ portfolioId, userId: "", role: "editor" })))).toMatchObject({ code: "BAD_REQUEST", fields: ["userId"] });
    expect(await roleOf(portfolioId, bob.id)).toBe("viewer");
    expect(await auditOf(portfolioId)).toEqual([]);
  });

  it("never demotes the last owner (CONFLICT, nothing written)", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "editor"]]);
    const refused = await failureOf(alice.caller.member.updateRole({ portfolioId, userId: alice.id, role: "editor" }));
    expect(refused).toMatchObject({ code: "CONFLICT", fields: ["role"] });
    expect(refused?.message).toMatch(/A portfolio keeps at least one owner: make someone else an owner first/);
    expect(await roleOf(portfolioId, alice.id)).toBe("owner");
    expect(await auditOf(portfolioId)).toEqual([]);
    // With a second owner it can be done.
    await alice.caller.member.updateRole({ portfolioId, userId: bob.id, role: "owner" });
    await alice.caller.member.updateRole({ portfolioId, userId: alice.id, role: "viewer" });
    expect([await roleOf(portfolioId, alice.id), await roleOf(portfolioId, bob.id)]).toEqual(["viewer", "owner"]);
    expect((await auditOf(portfolioId)).map((a) => a.changes)).toEqual([{ role: ["editor", "owner"] }, { role: ["owner", "viewer"] }]);
  });

  it("of two owners demoting themselves at once, one is refused: the portfolio keeps an owner", async () => {
    for (let round = 0; round < 5; round++) {
      const portfolioId = await makePortfolio(alice, [[bob, "owner"]]);
      const results = await Promise.all([
        failureOf(alice.caller.member.updateRole({ portfolioId, userId: alice.id, role: "editor" })),
        failureOf(bob.caller.member.updateRole({ portfolioId, userId: bob.id, role: "editor" })),
      ]);
      expect(results.filter((r) => r === null)).toHaveLength(1);
      expect(results.find((r) => r !== null)).toMatchObject({ code: "CONFLICT" });
      expect(await tdb.prisma.portfolioMember.count({ where: { portfolioId, role: "owner" } })).toBe(1);
      expect(await auditOf(portfolioId)).toHaveLength(1);
    }
  });

  it("of two owners demoting each other at once, one is refused: the portfolio keeps an owner", async () => {
    for (let round = 0; round < 5; round++) {
      const portfolioId = await makePortfolio(alice, [[bob, "owner"]]);
      const results = await Promise.all([
        failureOf(alice.caller.member.updateRole({ portfolioId, userId: bob.id, role: "viewer" })),
        failureOf(bob.caller.member.updateRole({ portfolioId, userId: alice.id, role: "viewer" })),
      ]);
      expect(results.filter((r) => r === null)).toHaveLength(1);
      // The loser is no longer an owner when its turn comes: FORBIDDEN, seen under the lock.
      expect(["FORBIDDEN", "CONFLICT"]).toContain(results.find((r) => r !== null)?.code);
      expect(await tdb.prisma.portfolioMember.count({ where: { portfolioId, role: "owner" } })).toBe(1);
      expect(await auditOf(portfolioId)).toHaveLength(1);
    }
  });
});

describe("member.remove", () => {
  it("lets an owner remove a member, with one audit entry; they lose access at once", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "editor"]]);
    expect(await alice.caller.member.remove({ portfolioId, userId: bob.id })).toEqual({ userId: bob.id });
    expect(await roleOf(portfolioId, bob.id)).toBeNull();
    expect(await auditOf(portfolioId)).toEqual([{ action: "remove", entity: "member", entityId: bob.id, userId: alice.id, changes: { email: [bob.email, null], role: ["editor", null] } }]);
    expect((await failureOf(bob.caller.member.list({ portfolioId })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(alice.caller.member.remove({ portfolioId, userId: bob.id })))?.code).toBe("NOT_FOUND");
  });

  it("never removes the last owner, and is the owners' only", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "editor"]]);
    const refused = await failureOf(alice.caller.member.remove({ portfolioId, userId: alice.id }));
    expect(refused?.code).toBe("CONFLICT");
    expect(refused?.message).toMatch(/at least one owner/);
    expect((await failureOf(bob.caller.member.remove({ portfolioId, userId: alice.id })))?.code).toBe("FORBIDDEN");
    expect((await failureOf(dave.caller.member.remove({ portfolioId, userId: bob.id })))?.code).toBe("NOT_FOUND");
    expect(await tdb.prisma.portfolioMember.count({ where: { portfolioId } })).toBe(2);
    expect(await auditOf(portfolioId)).toEqual([]);
  });
});

describe("member.leave", () => {
  it("lets any member leave, with one audit entry; the last owner cannot", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "viewer"]]);
    expect(await bob.caller.member.leave({ portfolioId })).toEqual({ portfolioId });
    expect(await roleOf(portfolioId, bob.id)).toBeNull();
    expect(await auditOf(portfolioId)).toEqual([{ action: "leave", entity: "member", entityId: bob.id, userId: bob.id, changes: { email: [bob.email, null], role: ["viewer", null] } }]);

    const refused = await failureOf(alice.caller.member.leave({ portfolioId }));
    expect(refused?.code).toBe("CONFLICT");
    expect(refused?.message).toMatch(/make someone else an owner first, or delete the portfolio/);
    expect(await roleOf(portfolioId, alice.id)).toBe("owner");
    expect(await auditOf(portfolioId)).toHaveLength(1);
    expect((await failureOf(dave.caller.member.leave({ portfolioId })))?.code).toBe("NOT_FOUND");
  });

  it("of two owners leaving at once, one stays", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "owner"]]);
    const results = await Promise.all([failureOf(alice.caller.member.leave({ portfolioId })), failureOf(bob.caller.member.leave({ portfolioId }))]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(await tdb.prisma.portfolioMember.count({ where: { portfolioId, role: "owner" } })).toBe(1);
  });
});
