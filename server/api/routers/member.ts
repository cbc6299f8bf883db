import { z } from "zod";
import { createTRPCRouter, portfolioProcedure, protectedProcedure, publicProcedure } from "@/server/api/trpc";
import { tooManyAttempts } from "@/server/api/errors";
import {
  ZAcceptedInvite, ZCreatedInvite, ZInviteIdInput, ZInviteInfo, ZInviteTokenInput, ZMemberInviteInput, ZMemberList, ZMemberRemoveInput,
  ZMemberRoleInput, ZPendingInvite, ZPortfolioRef, ZRole,
} from "@/lib/schemas/member";
import { rateLimitStore } from "@/server/rate-limit/auth-limits";
import { acceptInvite, createInvite, inviteInfo, listPendingInvites, revokeInvite } from "@/server/services/invite-service";
import { leavePortfolio, listMembers, removeMember, updateRole } from "@/server/services/member-service";

// Looking up invitation links without signing in: plenty for a person, a wall for a guesser
// (a token is 256 random bits anyway). AUTH_RATE_LIMIT_SCALE raises it as it does the sign-in rules.
const scale = Math.max(1, Number(process.env.AUTH_RATE_LIMIT_SCALE) || 1);
export const INVITE_INFO_PER_IP = { limit: 60 * scale, windowSec: 15 * 60 };

/** DESIGN §13: a portfolio's members and the invitations to join it. */
export const memberRouter = createTRPCRouter({
  list: portfolioProcedure("read", "portfolioId")
    .input(ZPortfolioRef)
    .output(ZMemberList)
    .query(({ ctx, input }) => listMembers(ctx.db, ctx.userId, input.portfolioId)),
  invite: portfolioProcedure("manage", "portfolioId")
    .input(ZMemberInviteInput)
    .output(ZCreatedInvite)
    .mutation(({ ctx, input }) => createInvite(ctx.db, ctx.userId, input, { jobSchema: ctx.jobSchema })),
  invites: portfolioProcedure("manage", "portfolioId")
    .input(ZPortfolioRef)
    .output(z.array(ZPendingInvite))
    .query(({ ctx, input }) => listPendingInvites(ctx.db, input.portfolioId)),
  revokeInvite: portfolioProcedure("manage", "invite")
    .input(ZInviteIdInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => revokeInvite(ctx.db, ctx.userId, input.id)),
  inviteInfo: publicProcedure
    .input(ZInviteTokenInput)
    .output(ZInviteInfo)
    .query(async ({ ctx, input }) => {
      const verdict = await (ctx.rateLimits ?? rateLimitStore()).hit(`inviteInfo:ip:${ctx.clientIp ?? "unknown"}`, INVITE_INFO_PER_IP.limit, INVITE_INFO_PER_IP.windowSec);
      if (!verdict.allowed) throw tooManyAttempts(verdict.retryAfterSec);
      return inviteInfo(ctx.db, input.token);
    }),
  acceptInvite: protectedProcedure
    .input(ZInviteTokenInput)
    .output(ZAcceptedInvite)
    .mutation(({ ctx, input }) => acceptInvite(ctx.db, ctx.userId, input.token)),
  updateRole: portfolioProcedure("manage", "portfolioId")
    .input(ZMemberRoleInput)
    .output(z.object({ userId: z.string(), role: ZRole }))
    .mutation(({ ctx, input }) => updateRole(ctx.db, ctx.userId, input)),
  remove: portfolioProcedure("manage", "portfolioId")
    .input(ZMemberRemoveInput)
    .output(z.object({ userId: z.string() }))
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.userId, input.portfolioId, input.userId)),
  leave: portfolioProcedure("read", "portfolioId")
    .input(ZPortfolioRef)
    .output(z.object({ portfolioId: z.string() }))
    .mutation(({ ctx, input }) => leavePortfolio(ctx.db, ctx.userId, input.portfolioId)),
});
