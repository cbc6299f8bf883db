import type { PrismaClient } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/api/errors";
import { ROLE_LABELS, type Role } from "@/server/domain/access/roles";
import {
  hashInviteToken, inviteExpiry, inviteRefusal, inviteStatus, inviteUrl, isInviteTokenShaped, maskEmail, newInviteToken, sameEmail,
} from "@/server/domain/access/invite-token";
import { changesOf } from "@/server/domain/audit/changes";
import { escapeHtml } from "@/server/domain/notify/render-digest";
import { jobSenderFor } from "@/server/jobs/enqueue";
import { JOB } from "@/server/jobs/job-names";
import { mailConfigFromEnv, queueEmail, type MailConfig } from "@/server/notifications/mailer";
import { appendAudit } from "@/server/repositories/audit-repository";
import { MemberRepository } from "@/server/repositories/member-repository";
import type { TCreatedInvite, TInviteInfo, TMemberInviteInput, TPendingInvite } from "@/lib/schemas/member";
import { requireOwner, withLockedMembers } from "./member-service";
import { appJobSchema } from "./notification-service";

export type InviteOptions = { now?: Date; mail?: MailConfig; jobSchema?: string };

const ROLE_WHAT: Readonly<Record<Role, string>> = {
  owner: "read and change it, and manage its members",
  editor: "read and change it",
  viewer: "read it",
};

/** The invitation e-mail: plain text and escaped HTML. */
export function renderInviteEmail(input: { inviterName: string; portfolioName: string; role: Role; url: string; expiresAt: Date }): { subject: string; text: string; html: string } {
  const subject = `${input.inviterName} invited you to the portfolio "${input.portfolioName}" on CoverDesk`;
  const until = input.expiresAt.toISOString().slice(0, 10);
  const what = `${input.inviterName} invited you to join "${input.portfolioName}" as ${ROLE_LABELS[input.role].toLowerCase()}: you will be able to ${ROLE_WHAT[input.role]}.`;
  const text = `${what}\n\nAccept the invitation (sign in or create an account with this address):\n${input.url}\n\nThe link works once and until ${until}. If you did not expect it, ignore this e-mail.\n`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`
    + `<body style="font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#0f172a">`
    + `<p>${escapeHtml(what)}</p>`
    + `<p><a href="${escapeHtml(input.url)}" style="color:#1d4ed8">Accept the invitation</a></p>`
    + `<p style="color:#475569;font-size:13px">The link works once and until ${escapeHtml(until)}. If you did not expect it, ignore this e-mail.</p>`
    + `</body></html>`;
  return { subject, text, html };
}

/**
 * DESIGN §13: an owner invites an address. The link (token) is returned once; only its hash is
 * kept. An address that is already a member, or already has a pending invitation, is refused
 * (CONFLICT on `email`): revoke the pending one to send a new link.
 */
export async function createInvite(db: PrismaClient, actorId: string, input: TMemberInviteInput, opts: InviteOptions = {}): Promise<TCreatedInvite> {
  const now = opts.now ?? new Date();
  const mail = opts.mail ?? mailConfigFromEnv();
  const email = input.email.trim().toLowerCase();
  return withLockedMembers(db, input.portfolioId, async (tx, members, repo) => {
    requireOwner(members, actorId);
    if (await repo.memberByEmail(input.portfolioId, email)) {
      throw new AppError("CONFLICT", `${email} is already a member of this portfolio: change their role in the list instead.`, "email");
    }
    if (await repo.pendingInviteFor(input.portfolioId, email, now)) {
      throw new AppError("CONFLICT", `${email} already has a pending invitation: revoke it below to send a new link.`, "email");
    }
    const { token, tokenHash } = newInviteToken();
    const invite = await repo.createInvite({ portfolioId: input.portfolioId, email, role: input.role, tokenHash, invitedById: actorId, expiresAt: inviteExpiry(now) });
    await appendAudit(tx, {
      portfolioId: input.portfolioId, userId: actorId, action: "invite", entity: "invite", entityId: invite.id,
      changes: changesOf(null, { email, role: input.role, expiresAt: invite.expiresAt }, ["email", "role", "expiresAt"]),
    });
    const url = inviteUrl(mail.baseUrl, token);
    let emailed = false;
    // Without SMTP the link is only shown to the owner: an invitation never goes to their own outbox.
    if (mail.smtpUrl) {
      const inviter = await repo.userById(actorId);
      const portfolioName = (await repo.portfolioName(input.portfolioId)) ?? "a portfolio";
      const rendered = renderInviteEmail({ inviterName: inviter?.name ?? "A CoverDesk user", portfolioName, role: input.role, url, expiresAt: invite.expiresAt });
      const queued = await queueEmail(tx, { userId: actorId, kind: "invite", to: email, ...rendered }, mail);
      if (queued.status === "queued") await jobSenderFor(appJobSchema(opts.jobSchema))(tx, JOB.email, { messageId: queued.id });
      emailed = true;
    }
    return { id: invite.id, url, email, role: input.role, expiresAt: invite.expiresAt.toISOString(), emailed };
  });
}

/** The invitations still waiting for an answer, newest first. The router checked the caller manages the portfolio. */
export async function listPendingInvites(db: PrismaClient, portfolioId: string, now = new Date()): Promise<TPendingInvite[]> {
  const rows = await new MemberRepository(db).pendingInvites(portfolioId, now);
  return rows.map((r) => ({
    id: r.id, email: r.email, role: r.role, expiresAt: r.expiresAt.toISOString(), createdAt: r.createdAt.toISOString(), invitedBy: r.invitedByName,
  }));
}

/** An owner revokes an invitation that was not used yet: its link stops working. */
export async function revokeInvite(db: PrismaClient, actorId: string, id: string, now = new Date()): Promise<{ id: string }> {
  const invite = await new MemberRepository(db).inviteById(id);
  if (!invite) throw notFound("Invitation");
  return withLockedMembers(db, invite.portfolioId, async (tx, members, repo) => {
    requireOwner(members, actorId);
    const revoked = await repo.revokeInvite(id, now);
    if (revoked === 0) {
      const current = await repo.inviteById(id);
      if (!current) throw notFound("Invitation");
      throw new AppError("CONFLICT", current.acceptedAt ? "This invitation was already accepted: remove the member instead." : "This invitation was already revoked.");
    }
    await appendAudit(tx, {
      portfolioId: invite.portfolioId, userId: actorId, action: "revoke", entity: "invite", entityId: id,
      changes: changesOf({ revokedAt: null }, { revokedAt: now }, ["revokedAt"]),
    });
    return { id };
  });
}

/** What the /invite page shows to whoever holds the link, signed in or not. */
export async function inviteInfo(db: PrismaClient, token: string, now = new Date()): Promise<TInviteInfo> {
  if (!isInviteTokenShaped(token)) throw notFound("Invitation");
  const invite = await new MemberRepository(db).inviteByTokenHash(hashInviteToken(token));
  if (!invite) throw notFound("Invitation");
  return {
    portfolioName: invite.portfolioName, role: invite.role, invitedBy: invite.invitedByName, emailMasked: maskEmail(invite.email),
    status: inviteStatus(invite, now), expiresAt: invite.expiresAt.toISOString(),
  };
}

/**
 * The signed-in invitee accepts: their address must be the invited one. The invitation is
 * claimed by one conditional UPDATE in the transaction that adds the member, so it is used once.
 */
export async function acceptInvite(db: PrismaClient, userId: string, token: string, now = new Date()): Promise<{ portfolioId: string; role: Role }> {
  if (!isInviteTokenShaped(token)) throw notFound("Invitation");
  const tokenHash = hashInviteToken(token);
  const repo = new MemberRepository(db);
  const invite = await repo.inviteByTokenHash(tokenHash);
  if (!invite) throw notFound("Invitation");
  const status = inviteStatus(invite, now);
  if (status !== "valid") throw new AppError("CONFLICT", inviteRefusal(status));
  const user = await repo.userById(userId);
  if (!user) throw new AppError("UNAUTHORIZED", "Your account no longer exists.");
  if (!sameEmail(user.email, invite.email)) {
    throw new AppError("FORBIDDEN", `This invitation is for ${maskEmail(invite.email)}: sign in with that address to accept it (you are signed in as ${user.email}).`);
  }
  return withLockedMembers(db, invite.portfolioId, async (tx, members, txRepo) => {
    const mine = members.find((m) => m.userId === userId);
    if (mine) throw new AppError("CONFLICT", `You are already a member of this portfolio (${ROLE_LABELS[mine.role].toLowerCase()}).`);
    const claimed = await txRepo.claimInvite(tokenHash, userId, now);
    if (!claimed) {
      const current = await txRepo.inviteByTokenHash(tokenHash);
      const lost = current ? inviteStatus(current, now) : "revoked";
      throw new AppError("CONFLICT", inviteRefusal(lost === "valid" ? "used" : lost));
    }
    await txRepo.add(claimed.portfolioId, userId, claimed.role);
    await appendAudit(tx, {
      portfolioId: claimed.portfolioId, userId, action: "accept", entity: "member", entityId: userId,
      changes: changesOf(null, { email: user.email, role: claimed.role }, ["email", "role"]),
    });
    return { portfolioId: claimed.portfolioId, role: claimed.role };
  });
}
