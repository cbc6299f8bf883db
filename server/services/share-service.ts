import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError, badInput, notFound } from "@/server/api/errors";
import { allows, refusal, type Role } from "@/server/domain/access/roles";
import { newShareToken, shareExpiryFrom, shareLinkStatus } from "@/server/domain/access/share-token";
import { changesOf } from "@/server/domain/audit/changes";
import { appendAudit } from "@/server/repositories/audit-repository";
import { shareLinkRepository } from "@/server/repositories/share-link-repository";
import { appBaseUrl } from "@/server/notifications/app-url";
import type { TShareCreateInput, TShareCreated, TShareLink } from "@/lib/schemas/share";
import { answeringRaces } from "./race-errors";

type Db = PrismaClient | Prisma.TransactionClient;

/** What the audit log records of a link: never its token or hash. */
const AUDIT_FIELDS = ["hideAmounts", "expiresAt"] as const;

/**
 * The second line behind the router's `portfolioProcedure("manage", …)`: only owners manage share
 * links. A non-member gets NOT_FOUND (the portfolio does not exist for them), another member FORBIDDEN.
 */
async function requireOwner(db: Db, userId: string, portfolioId: string, subject = "Portfolio"): Promise<void> {
  const member = await db.portfolioMember.findFirst({ where: { portfolioId, userId }, select: { role: true } });
  if (!member) throw notFound(subject);
  const role = member.role as Role;
  if (!allows(role, "manage")) throw new AppError("FORBIDDEN", refusal(role, "manage"));
}

const races = { subject: "Share link", links: { ShareLink_portfolioId_fkey: () => notFound("Portfolio"), AuditEntry_portfolioId_fkey: () => notFound("Portfolio") } };

/** share.create: the link's address is returned here once; only the token's hash is kept. */
export async function createShareLink(
  db: PrismaClient, userId: string, input: TShareCreateInput, opts: { now?: Date; baseUrl?: string } = {},
): Promise<TShareCreated> {
  const now = opts.now ?? new Date();
  const expiry = shareExpiryFrom(input.expiresAt, now);
  if ("error" in expiry) throw badInput("expiresAt", expiry.error);
  const { token, tokenHash } = newShareToken();
  const link = await answeringRaces(races, () => db.$transaction(async (tx) => {
    await requireOwner(tx, userId, input.portfolioId);
    const created = await shareLinkRepository.create(tx, {
      portfolioId: input.portfolioId, tokenHash, hideAmounts: input.hideAmounts ?? false, expiresAt: expiry.expiresAt, createdById: userId,
    });
    await appendAudit(tx, {
      portfolioId: input.portfolioId, userId, action: "create", entity: "share_link", entityId: created.id,
      changes: changesOf(null, created, AUDIT_FIELDS),
    });
    return created;
  }));
  return {
    id: link.id,
    url: `${opts.baseUrl ?? appBaseUrl()}/s/${token}`,
    expiresAt: link.expiresAt?.toISOString() ?? null,
    hideAmounts: link.hideAmounts,
  };
}

/** share.list: every link of the portfolio, newest first, with its status; never a token. */
export async function listShareLinks(db: PrismaClient, userId: string, portfolioId: string, now: Date = new Date()): Promise<TShareLink[]> {
  await requireOwner(db, userId, portfolioId);
  const rows = await shareLinkRepository.list(db, portfolioId);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    hideAmounts: r.hideAmounts,
    status: shareLinkStatus(r, now),
  }));
}

/**
 * share.revoke: the link stops working at once (the view checks `revokedAt` on every request).
 * Revoking a revoked link changes nothing and writes no audit entry.
 */
export async function revokeShareLink(db: PrismaClient, userId: string, id: string, now: Date = new Date()): Promise<{ id: string; status: "revoked" }> {
  await answeringRaces(races, () => db.$transaction(async (tx) => {
    const link = await shareLinkRepository.byId(tx, id);
    if (!link) throw notFound("Share link");
    await requireOwner(tx, userId, link.portfolioId, "Share link");
    if (!(await shareLinkRepository.revoke(tx, id, now))) return;
    await appendAudit(tx, {
      portfolioId: link.portfolioId, userId, action: "revoke", entity: "share_link", entityId: id,
      changes: changesOf({ revokedAt: null }, { revokedAt: now }, ["revokedAt"]),
    });
  }));
  return { id, status: "revoked" };
}
