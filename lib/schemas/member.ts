import { z } from "zod";
import { ROLES } from "@/server/domain/access/roles";
import { ZEmail } from "./auth";
import { ZId } from "./primitives";

/** DESIGN §13: owner | editor | viewer. */
export const ZRole = z.enum(ROLES, { error: "Choose owner, editor or viewer" });

export const ZPortfolioRef = z.object({ portfolioId: ZId });

export const ZMemberInviteInput = z.object({ portfolioId: ZId, email: ZEmail, role: ZRole });
export type TMemberInviteInput = z.infer<typeof ZMemberInviteInput>;

export const ZInviteIdInput = z.object({ id: ZId });

/** A token as it comes from a link: checked for shape in the service (an odd one is simply unknown). */
export const ZInviteTokenInput = z.object({ token: z.string().trim().min(1, "Required").max(200, "Not a valid invitation link") });

export const ZMemberRoleInput = z.object({ portfolioId: ZId, userId: ZId, role: ZRole });
export type TMemberRoleInput = z.infer<typeof ZMemberRoleInput>;

export const ZMemberRemoveInput = z.object({ portfolioId: ZId, userId: ZId });

export const ZMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  /** When they joined (ISO). */
  since: z.string(),
});
export type TMember = z.infer<typeof ZMember>;

export const ZMemberList = z.object({
  members: z.array(ZMember),
  /** The caller's own role: what the page lets them do. */
  myRole: ZRole,
  myUserId: z.string(),
});
export type TMemberList = z.infer<typeof ZMemberList>;

export const ZCreatedInvite = z.object({
  id: z.string(),
  /** Shown once: only the token's hash is kept. */
  url: z.string(),
  email: z.string(),
  role: ZRole,
  expiresAt: z.string(),
  /** Whether the invitation was also e-mailed (SMTP is configured). */
  emailed: z.boolean(),
});
export type TCreatedInvite = z.infer<typeof ZCreatedInvite>;

export const ZPendingInvite = z.object({
  id: z.string(),
  email: z.string(),
  role: ZRole,
  expiresAt: z.string(),
  createdAt: z.string(),
  /** The inviter's name; null once their account is gone. */
  invitedBy: z.string().nullable(),
});
export type TPendingInvite = z.infer<typeof ZPendingInvite>;

export const INVITE_STATUSES = ["valid", "expired", "used", "revoked"] as const;

export const ZInviteInfo = z.object({
  portfolioName: z.string(),
  role: ZRole,
  invitedBy: z.string().nullable(),
  /** "a…@example.com": enough for the invitee to recognise, nothing for whoever else holds the link. */
  emailMasked: z.string(),
  status: z.enum(INVITE_STATUSES),
  expiresAt: z.string(),
});
export type TInviteInfo = z.infer<typeof ZInviteInfo>;

export const ZAcceptedInvite = z.object({ portfolioId: z.string(), role: ZRole });
