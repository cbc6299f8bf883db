import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { ZChangePasswordInput, ZDeleteAccountInput, ZSessionsEnded } from "@/lib/schemas/account";
import { rateLimitStore } from "@/server/rate-limit/auth-limits";
import { changePassword, deleteAccount, signOutEverywhere } from "@/server/services/account-service";

/** The caller's own account: each procedure ends every session of the user (DESIGN §16). */
export const accountRouter = createTRPCRouter({
  signOutEverywhere: protectedProcedure
    .output(ZSessionsEnded)
    .mutation(({ ctx }) => signOutEverywhere(ctx.db, ctx.userId)),
  changePassword: protectedProcedure
    .input(ZChangePasswordInput)
    .output(ZSessionsEnded)
    .mutation(({ ctx, input }) =>
      changePassword(ctx.db, ctx.userId, input, { store: ctx.rateLimits ?? rateLimitStore(), ip: ctx.clientIp })),
  deleteAccount: protectedProcedure
    .input(ZDeleteAccountInput)
    .output(ZSessionsEnded)
    .mutation(({ ctx, input }) => deleteAccount(ctx.db, ctx.userId, input)),
});
