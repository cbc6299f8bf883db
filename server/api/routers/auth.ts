import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { ZSignUpInput } from "@/lib/schemas/auth";
import { signUp } from "@/server/services/account-service";

export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(ZSignUpInput)
    .output(z.object({ id: z.string(), email: z.string(), name: z.string() }))
    .mutation(({ ctx, input }) => signUp(ctx.db, input)),
});
