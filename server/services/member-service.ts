import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/api/errors";
import { refusal, type Role } from "@/server/domain/access/roles";
import { changesOf } from "@/server/domain/audit/changes";
import { appendAudit } from "@/server/repositories/audit-repository";
import { MemberRepository, type LockedMember } from "@/server/repositories/member-repository";
import type { TMemberList, TMemberRoleInput } from "@/lib/schemas/member";
import { answeringRaces } from "./race-errors";

export const LAST_OWNER_MESSAGE = "A portfolio keeps at least one owner: make someone else an owner first";

const accountGone = () => new AppError("UNAUTHORIZED", "Your account no longer exists.");

/** A row a membership change writes refers to one deleted meanwhile (the portfolio, or an account). */
const RACE_LINKS = {
  PortfolioMember_portfolioId_fkey: () => notFound("Portfolio"),
  PortfolioInvite_portfolioId_fkey: () => notFound("Portfolio"),
  AuditEntry_portfolioId_fkey: () => notFound("Portfolio"),
  PortfolioMember_userId_fkey: accountGone,
  AuditEntry_userId_fkey: accountGone,
  EmailMessage_userId_fkey: accountGone,
};

const lastOwner = (field?: string) => new AppError("CONFLICT", LAST_OWNER_MESSAGE, field);

/**
 * Runs a change of membership in a transaction that first locks the portfolio's member rows:
 * every such change is serialised, so "is this the last owner?" stays true until the commit.
 */
export async function withLockedMembers<T>(
  db: PrismaClient, portfolioId: string, work: (tx: Prisma.TransactionClient, members: LockedMember[], repo: MemberRepository) => Promise<T>,
): Promise<T> {
  return answeringRaces({ subject: "Portfolio", links: RACE_LINKS }, () => db.$transaction(async (tx) => {
    const repo = new MemberRepository(tx);
    return work(tx, await repo.lockMembers(portfolioId), repo);
  }));
}

/**
 * The caller, as an owner of the locked portfolio: the router checked it already, this is the
 * second line (their role may have changed since), seen under the lock.
 */
export function requireOwner(members: readonly LockedMember[], userId: string): LockedMember {
  const me = members.find((m) => m.userId === userId);
  if (!me) throw notFound("Portfolio");
  if (me.role !== "owner") throw new AppError("FORBIDDEN", refusal(me.role, "manage"));
  return me;
}

const ownerCount = (members: readonly LockedMember[]) => members.filter((m) => m.role === "owner").length;

/** DESIGN §13: everyone who can see the portfolio sees who else can, and their own role. */
export async function listMembers(db: PrismaClient, userId: string, portfolioId: string): Promise<TMemberList> {
  const rows = await new MemberRepository(db).listFor(userId, portfolioId);
  const me = rows.find((r) => r.userId === userId);
  if (!me) throw notFound("Portfolio");
  return {
    members: rows.map((r) => ({ userId: r.userId, name: r.name, email: r.email, role: r.role, since: r.since.toISOString() })),
    myRole: me.role,
    myUserId: userId,
  };
}

/** An owner changes a member's role; the last owner cannot be demoted (CONFLICT). */
export async function updateRole(db: PrismaClient, actorId: string, input: TMemberRoleInput): Promise<{ userId: string; role: Role }> {
  return withLockedMembers(db, input.portfolioId, async (tx, members, repo) => {
    requireOwner(members, actorId);
    const target = members.find((m) => m.userId === input.userId);
    if (!target) throw notFound("Member");
    if (target.role === input.role) return { userId: target.userId, role: target.role };
    if (target.role === "owner" && ownerCount(members) === 1) throw lastOwner("role");
    await repo.setRole(input.portfolioId, input.userId, input.role);
    await appendAudit(tx, {
      portfolioId: input.portfolioId, userId: actorId, action: "role", entity: "member", entityId: input.userId,
      changes: changesOf({ role: target.role }, { role: input.role }, ["role"]),
    });
    return { userId: input.userId, role: input.role };
  });
}

async function dropMember(
  tx: Prisma.TransactionClient, repo: MemberRepository, portfolioId: string, actorId: string, target: LockedMember, action: "remove" | "leave",
): Promise<void> {
  const user = await repo.userById(target.userId);
  await repo.remove(portfolioId, target.userId);
  await appendAudit(tx, {
    portfolioId, userId: actorId, action, entity: "member", entityId: target.userId,
    changes: changesOf({ email: user?.email ?? null, role: target.role }, null, ["email", "role"]),
  });
}

/** An owner removes a member (themselves included); the last owner stays (CONFLICT). */
export async function removeMember(db: PrismaClient, actorId: string, portfolioId: string, userId: string): Promise<{ userId: string }> {
  return withLockedMembers(db, portfolioId, async (tx, members, repo) => {
    requireOwner(members, actorId);
    const target = members.find((m) => m.userId === userId);
    if (!target) throw notFound("Member");
    if (target.role === "owner" && ownerCount(members) === 1) throw lastOwner("userId");
    await dropMember(tx, repo, portfolioId, actorId, target, "remove");
    return { userId };
  });
}

/** Any member leaves; the last owner cannot (CONFLICT): they make someone else an owner, or delete the portfolio. */
export async function leavePortfolio(db: PrismaClient, userId: string, portfolioId: string): Promise<{ portfolioId: string }> {
  return withLockedMembers(db, portfolioId, async (tx, members, repo) => {
    const me = members.find((m) => m.userId === userId);
    if (!me) throw notFound("Portfolio");
    if (me.role === "owner" && ownerCount(members) === 1) {
      throw new AppError("CONFLICT", `${LAST_OWNER_MESSAGE}, or delete the portfolio.`);
    }
    await dropMember(tx, repo, portfolioId, userId, me, "leave");
    return { portfolioId };
  });
}
