import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { Role } from "@/server/domain/access/roles";
import { memberOf } from "./membership";

type Db = PrismaClient | Prisma.TransactionClient;

export type MemberRow = { userId: string; name: string; email: string; role: Role; since: Date };

export type LockedMember = { userId: string; role: Role };

export type InviteRow = {
  id: string; portfolioId: string; email: string; role: Role; invitedById: string | null;
  expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null; createdAt: Date;
};

export type InviteWithPortfolio = InviteRow & { portfolioName: string; invitedByName: string | null };

export type NewInvite = { portfolioId: string; email: string; role: Role; tokenHash: string; invitedById: string; expiresAt: Date };

const inviteSelect = {
  id: true, portfolioId: true, email: true, role: true, invitedById: true, expiresAt: true, acceptedAt: true, revokedAt: true, createdAt: true,
} as const satisfies Prisma.PortfolioInviteSelect;

/** A portfolio that is still waiting for an answer: not accepted, not revoked, not expired. */
const pending = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }) satisfies Prisma.PortfolioInviteWhereInput;

/** Names of users by id (an inviter's account may be gone: then it is missing from the map). */
async function namesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** DESIGN §13: members of a portfolio and the invitations to join it. */
export class MemberRepository {
  constructor(private readonly db: Db) {}

  /** The members, owners first, then by joining date; empty when the caller is not a member (the portfolio does not exist for them). */
  async listFor(userId: string, portfolioId: string): Promise<MemberRow[]> {
    const rows = await this.db.portfolioMember.findMany({
      where: { portfolioId, portfolio: memberOf(userId) },
      select: { userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }, { userId: "asc" }],
    });
    return rows.map((r) => ({ userId: r.userId, name: r.user.name, email: r.user.email, role: r.role, since: r.createdAt }));
  }

  /**
   * Locks the portfolio's member rows until the transaction ends, in one order (no deadlock
   * between two callers): every change of membership is serialised, so counting owners is safe.
   */
  async lockMembers(portfolioId: string): Promise<LockedMember[]> {
    return this.db.$queryRaw<LockedMember[]>`
      SELECT "userId", role::text AS role FROM "PortfolioMember" WHERE "portfolioId" = ${portfolioId} ORDER BY "userId" FOR UPDATE`;
  }

  async setRole(portfolioId: string, userId: string, role: Role): Promise<void> {
    await this.db.portfolioMember.update({ where: { portfolioId_userId: { portfolioId, userId } }, data: { role } });
  }

  async remove(portfolioId: string, userId: string): Promise<number> {
    return (await this.db.portfolioMember.deleteMany({ where: { portfolioId, userId } })).count;
  }

  async add(portfolioId: string, userId: string, role: Role): Promise<void> {
    await this.db.portfolioMember.create({ data: { portfolioId, userId, role } });
  }

  async userById(userId: string): Promise<{ id: string; name: string; email: string } | null> {
    return this.db.user.findFirst({ where: { id: userId }, select: { id: true, name: true, email: true } });
  }

  /** Whether someone signed up with this address is a member (addresses are compared lower-cased). */
  async memberByEmail(portfolioId: string, email: string): Promise<boolean> {
    const found = await this.db.portfolioMember.findFirst({
      where: { portfolioId, user: { email: { equals: email, mode: "insensitive" } } }, select: { userId: true },
    });
    return found !== null;
  }

  async portfolioName(portfolioId: string): Promise<string | null> {
    return (await this.db.portfolio.findFirst({ where: { id: portfolioId }, select: { name: true } }))?.name ?? null;
  }

  // Invitations ---------------------------------------------------------------------------

  async pendingInvites(portfolioId: string, now: Date): Promise<(InviteRow & { invitedByName: string | null })[]> {
    const rows = await this.db.portfolioInvite.findMany({
      where: { portfolioId, ...pending(now) }, select: inviteSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    const names = await namesOf(this.db, rows.flatMap((r) => (r.invitedById ? [r.invitedById] : [])));
    return rows.map((r) => ({ ...r, invitedByName: r.invitedById ? names.get(r.invitedById) ?? null : null }));
  }

  async pendingInviteFor(portfolioId: string, email: string, now: Date): Promise<InviteRow | null> {
    return this.db.portfolioInvite.findFirst({ where: { portfolioId, email, ...pending(now) }, select: inviteSelect });
  }

  async createInvite(invite: NewInvite): Promise<InviteRow> {
    return this.db.portfolioInvite.create({ data: invite, select: inviteSelect });
  }

  async inviteById(id: string): Promise<InviteRow | null> {
    return this.db.portfolioInvite.findFirst({ where: { id }, select: inviteSelect });
  }

  async inviteByTokenHash(tokenHash: string): Promise<InviteWithPortfolio | null> {
    const row = await this.db.portfolioInvite.findFirst({
      where: { tokenHash }, select: { ...inviteSelect, portfolio: { select: { name: true } } },
    });
    if (!row) return null;
    const { portfolio, ...invite } = row;
    const names = await namesOf(this.db, invite.invitedById ? [invite.invitedById] : []);
    return { ...invite, portfolioName: portfolio.name, invitedByName: invite.invitedById ? names.get(invite.invitedById) ?? null : null };
  }

  /** Revokes a pending invitation: 0 when it was accepted or revoked meanwhile. */
  async revokeInvite(id: string, now: Date): Promise<number> {
    return (await this.db.portfolioInvite.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } })).count;
  }

  /**
   * Claims the invitation for `userId`: one UPDATE … WHERE it is still pending, so of two
   * accepts only one gets the row back (the other waits for the first's lock, then matches nothing).
   */
  async claimInvite(tokenHash: string, userId: string, now: Date): Promise<InviteRow | null> {
    const rows = await this.db.portfolioInvite.updateManyAndReturn({
      where: { tokenHash, ...pending(now) }, data: { acceptedAt: now, acceptedById: userId }, select: inviteSelect,
    });
    return rows[0] ?? null;
  }
}
