import { z } from "zod";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "@/server/api/trpc";
import { ZSignUpInput } from "@/lib/schemas/auth";
import { tooManyAttempts } from "@/server/api/errors";
import { checkAuthAttempt, rateLimitStore } from "@/server/rate-limit/auth-limits";
import { signUp } from "@/server/services/account-service";

export const authRouter = createTRPCRouter({
  /** The cheapest authenticated call: the baseline the load test compares real procedures to. */
  ping: protectedProcedure
    .output(z.object({ ok: z.literal(true) }))
    .query(() => ({ ok: true as const })),
  signUp: publicProcedure
    .input(ZSignUpInput)
    .output(z.object({ id: z.string(), email: z.string(), name: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const verdict = await checkAuthAttempt(ctx.rateLimits ?? rateLimitStore(), "signUp", ctx.clientIp, input.email);
      if (!verdict.allowed) throw tooManyAttempts(verdict.retryAfterSec);
      return signUp(ctx.db, input);
    }),
});
