import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/server/domain/access/roles";
import { hashInviteToken } from "@/server/domain/access/invite-token";
import { INVITE_INFO_PER_IP } from "@/server/api/routers/member";
import { jobSchemaFor } from "@/server/jobs/job-schema";
import { prepareJobSchema } from "@/server/jobs/queues";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor } from "@/tests/integration/callers";
import { failureOf, makeTeamPortfolio, makeTeamUser, type TeamUser } from "@/tests/integration/team-fixtures";
import { createInvite } from "./invite-service";

let tdb: TestDatabase;
type User = TeamUser;
const makeUser = (name: string) => makeTeamUser(tdb.prisma, name);
const makePortfolio = (owner: User, others: [User, Role][] = []) => makeTeamPortfolio(tdb.prisma, owner, others);

const tokenOf = (url: string) => url.slice(url.lastIndexOf("/") + 1);
const auditOf = (portfolioId: string) =>
  tdb.prisma.auditEntry.findMany({ where: { portfolioId }, orderBy: { at: "asc" }, select: { action: true, entity: true, entityId: true, userId: true, changes: true } });
const counts = async (portfolioId: string) => ({
  invites: await tdb.prisma.portfolioInvite.count({ where: { portfolioId } }),
  members: await tdb.prisma.portfolioMember.count({ where: { portfolioId } }),
  audit: await tdb.prisma.auditEntry.count({ where: { portfolioId } }),
  emails: await tdb.prisma.emailMessage.count(),
});

let alice: User, bob: User, carol: User, dave: User;
const anonymous = () => callerFor(tdb.prisma, null, { rateLimits: new MemoryRateLimitStore() });

beforeAll(async () => {
  delete process.env.SMTP_URL;
  tdb = await createTestDatabase();
  alice = await makeUser("alice");
  bob = await makeUser("bob");
  carol = await makeUser("carol");
  dave = await makeUser("dave");
});
afterAll(() => tdb.drop());

describe("an invitation's life", () => {
  it("invite → info → accepted by the invited address only, once; then listed as a member", async () => {
    const portfolioId = await makePortfolio(alice);
    const created = await alice.caller.member.invite({ portfolioId, email: `  ${bob.email.toUpperCase()} `, role: "editor" });
    expect(created).toMatchObject({ email: bob.email, role: "editor", emailed: false });
    expect(created.url).toMatch(/^http:\/\/localhost:\d+\/invite\/[A-Za-z0-9_-]{43}$|^https?:\/\/.+\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(created.url);
    const stored = await tdb.prisma.portfolioInvite.findUniqueOrThrow({ where: { id: created.id } });
    // Only the hash is kept; valid 7 days.
    expect(stored.tokenHash).toBe(hashInviteToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(Math.round((stored.expiresAt.getTime() - stored.createdAt.getTime()) / 3_600_000)).toBe(7 * 24);
    expect(await auditOf(portfolioId)).toEqual([{
      action: "invite", entity: "invite", entityId: created.id, userId: alice.id,
      changes: { email: [null, bob.email], role: [null, "editor"], expiresAt: [null, created.expiresAt] },
    }]);
    // Without SMTP nothing is e-mailed, and nothing lands in the inviter's outbox.
    expect(await tdb.prisma.emailMessage.count({ where: { userId: alice.id } })).toBe(0);

    const pending = await alice.caller.member.invites({ portfolioId });
    expect(pending).toEqual([{ id: created.id, email: bob.email, role: "editor", expiresAt: created.expiresAt, createdAt: expect.any(String), invitedBy: "alice" }]);

    const info = await anonymous().member.inviteInfo({ token });
    expect(info).toEqual({ portfolioName: expect.stringMatching(/^Team /), role: "editor", invitedBy: "alice", emailMasked: `b…@teams.coverdesk.test`, status: "valid", expiresAt: created.expiresAt });

    const wrong = await failureOf(carol.caller.member.acceptInvite({ token }));
    expect(wrong?.code).toBe("FORBIDDEN");
    expect(wrong?.message).toContain("b…@teams.coverdesk.test");
    expect(wrong?.message).not.toContain(bob.email);
    expect((await failureOf(anonymous().member.acceptInvite({ token })))?.code).toBe("UNAUTHORIZED");
    expect(await counts(portfolioId)).toMatchObject({ members: 1, audit: 1 });

    expect(await bob.caller.member.acceptInvite({ token })).toEqual({ portfolioId, role: "editor" });
    const list = await bob.caller.member.list({ portfolioId });
    expect(list.myRole).toBe("editor");
    expect(list.members.map((m) => m.userId)).toEqual([alice.id, bob.id]);
    const accepted = await tdb.prisma.portfolioInvite.findUniqueOrThrow({ where: { id: created.id } });
    expect(accepted.acceptedById).toBe(bob.id);
    expect(accepted.acceptedAt).not.toBeNull();
    const audit = await auditOf(portfolioId);
    expect(audit).toHaveLength(2);
    expect(audit[1]).toEqual({ action: "accept", entity: "member", entityId: bob.id, userId: bob.id, changes: { email: [null, bob.email], role: [null, "editor"] } });

    // Single use.
    const again = await failureOf(bob.caller.member.acceptInvite({ token }));
    expect(again?.code).toBe("CONFLICT");
    expect(again?.message).toMatch(/already been used/);
    expect((await anonymous().member.inviteInfo({ token })).status).toBe("used");
    expect(await alice.caller.member.invites({ portfolioId })).toEqual([]);
    expect(await counts(portfolioId)).toMatchObject({ members: 2, audit: 2 });
  });

  it("an expired invitation is refused and changes nothing", async () => {
    const portfolioId = await makePortfolio(alice);
    const created = await alice.caller.member.invite({ portfolioId, email: bob.email, role: "viewer" });
    await tdb.prisma.portfolioInvite.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const token = tokenOf(created.url);
    expect((await anonymous().member.inviteInfo({ token })).status).toBe("expired");
    const before = await counts(portfolioId);
    const refused = await failureOf(bob.caller.member.acceptInvite({ token }));
    expect(refused?.code).toBe("CONFLICT");
    expect(refused?.message).toMatch(/expired/);
    expect(await counts(portfolioId)).toEqual(before);
    expect(await alice.caller.member.invites({ portfolioId })).toEqual([]);
    // An expired invitation no longer blocks a new one.
    await alice.caller.member.invite({ portfolioId, email: bob.email, role: "viewer" });
  });

  it("a revoked invitation is refused; revoking is audited once and cannot be repeated", async () => {
    const portfolioId = await makePortfolio(alice);
    const created = await alice.caller.member.invite({ portfolioId, email: bob.email, role: "viewer" });
    expect(await alice.caller.member.revokeInvite({ id: created.id })).toEqual({ id: created.id });
    const audit = await auditOf(portfolioId);
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ action: "revoke", entity: "invite", entityId: created.id, userId: alice.id, changes: { revokedAt: [null, expect.any(String)] } });
    const token = tokenOf(created.url);
    expect((await anonymous().member.inviteInfo({ token })).status).toBe("revoked");
    const before = await counts(portfolioId);
    const refused = await failureOf(bob.caller.member.acceptInvite({ token }));
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/revoked/) });
    expect((await failureOf(alice.caller.member.revokeInvite({ id: created.id })))?.code).toBe("CONFLICT");
    expect(await counts(portfolioId)).toEqual(before);
  });

  it("two accepts of the same link at once: one joins, the other is refused", async () => {
    const portfolioId = await makePortfolio(alice);
    const { url } = await alice.caller.member.invite({ portfolioId, email: bob.email, role: "viewer" });
    const results = await Promise.all([failureOf(bob.caller.member.acceptInvite({ token: tokenOf(url) })), failureOf(bob.caller.member.acceptInvite({ token: tokenOf(url) }))]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.find((r) => r !== null)?.code).toBe("CONFLICT");
    expect(await counts(portfolioId)).toMatchObject({ members: 2, audit: 2 });
  });

  it("someone already a member cannot accept another invitation (CONFLICT)", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "viewer"]]);
    const { id } = await tdb.prisma.portfolioInvite.create({
      data: { portfolioId, email: bob.email, role: "owner", tokenHash: hashInviteToken("B".repeat(43)), invitedById: alice.id, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    const refused = await failureOf(bob.caller.member.acceptInvite({ token: "B".repeat(43) }));
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already a member/) });
    expect((await tdb.prisma.portfolioInvite.findUniqueOrThrow({ where: { id } })).acceptedAt).toBeNull();
    expect(await auditOf(portfolioId)).toEqual([]);
  });

  it("an unknown link is NOT_FOUND", async () => {
    for (const token of ["nope", "A".repeat(43)]) {
      expect((await failureOf(anonymous().member.inviteInfo({ token })))?.code).toBe("NOT_FOUND");
      expect((await failureOf(bob.caller.member.acceptInvite({ token })))?.code).toBe("NOT_FOUND");
    }
  });
});

describe("who may invite", () => {
  it("owners only: a viewer or editor gets FORBIDDEN, an outsider NOT_FOUND, for every management call", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "editor"], [carol, "viewer"]]);
    const { id } = await alice.caller.member.invite({ portfolioId, email: "someone@example.com", role: "viewer" });
    const before = await counts(portfolioId);
    const viewer = await failureOf(carol.caller.member.invite({ portfolioId, email: "x@example.com", role: "viewer" }));
    expect(viewer?.code).toBe("FORBIDDEN");
    expect(viewer?.message).toMatch(/viewer/);
    expect((await failureOf(bob.caller.member.invite({ portfolioId, email: "x@example.com", role: "viewer" })))?.code).toBe("FORBIDDEN");
    expect((await failureOf(dave.caller.member.invite({ portfolioId, email: "x@example.com", role: "viewer" })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(bob.caller.member.invites({ portfolioId })))?.code).toBe("FORBIDDEN");
    expect((await failureOf(dave.caller.member.invites({ portfolioId })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(carol.caller.member.revokeInvite({ id })))?.code).toBe("FORBIDDEN");
    expect((await failureOf(dave.caller.member.revokeInvite({ id })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(alice.caller.member.revokeInvite({ id: "no-such-invite" })))?.code).toBe("NOT_FOUND");
    expect(await counts(portfolioId)).toEqual(before);
  });
});

describe("bad invitations", () => {
  it("are refused with a 4xx naming the field, and write nothing", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "viewer"]]);
    await alice.caller.member.invite({ portfolioId, email: "pending@example.com", role: "viewer" });
    const before = await counts(portfolioId);
    const cases: [Record<string, unknown>, string, string, RegExp][] = [
      [{ email: "not-an-address" }, "BAD_REQUEST", "email", /valid email/],
      [{ email: "" }, "BAD_REQUEST", "email", /./],
      [{ role: "admin" }, "BAD_REQUEST", "role", /owner, editor or viewer/],
      [{ email: bob.email.toUpperCase() }, "CONFLICT", "email", /already a member/],
      [{ email: "Pending@Example.com" }, "CONFLICT", "email", /pending invitation/],
    ];
    for (const [over, code, field, message] of cases) {
      const input = { portfolioId, email: "new@example.com", role: "viewer", ...over } as { portfolioId: string; email: string; role: Role };
      const failure = await failureOf(alice.caller.member.invite(input));
      expect(failure, JSON.stringify(over)).toMatchObject({ code, fields: [field] });
      expect(failure?.message, JSON.stringify(over)).toMatch(message);
    }
    expect(await counts(portfolioId)).toEqual(before);
  });
});

describe("inviteInfo", () => {
  it("is rate-limited per IP", async () => {
    const caller = callerFor(tdb.prisma, null, { clientIp: "203.0.113.7", rateLimits: new MemoryRateLimitStore() });
    for (let i = 0; i < INVITE_INFO_PER_IP.limit; i++) expect((await failureOf(caller.member.inviteInfo({ token: "nope" })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(caller.member.inviteInfo({ token: "nope" })))?.code).toBe("TOO_MANY_REQUESTS");
  });
});

describe("with SMTP configured", () => {
  it("queues the invitation e-mail to the invitee with its send job, in the invitation's transaction", async () => {
    const jobSchema = jobSchemaFor(tdb.url);
    await prepareJobSchema(tdb.url, jobSchema);
    const portfolioId = await makePortfolio(alice);
    const mail = { smtpUrl: "smtp://127.0.0.1:9", from: "CoverDesk <x@coverdesk.test>", baseUrl: "https://desk.example" };
    const created = await createInvite(tdb.prisma, alice.id, { portfolioId, email: "invitee@example.com", role: "editor" }, { mail, jobSchema });
    expect(created.url).toMatch(/^https:\/\/desk\.example\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(created.emailed).toBe(true);
    const [message] = await tdb.prisma.emailMessage.findMany({ where: { kind: "invite", to: "invitee@example.com" } });
    expect(message).toMatchObject({ status: "queued", subject: expect.stringContaining("alice invited you") });
    expect(message!.text).toContain(created.url);
    expect(message!.html).toContain(created.url);
    const jobs = await tdb.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${jobSchema}".job WHERE name = 'email-send' AND data->>'messageId' = $1`, message!.id);
    expect(Number(jobs[0]!.n)).toBe(1);
  });
});
