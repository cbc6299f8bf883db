import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { ZSettings, ZUpdateSettingsInput } from "@/lib/schemas/settings";
import { getSettings, updateSettings } from "@/server/services/settings-service";

export const settingsRouter = createTRPCRouter({
  get: protectedProcedure
    .output(ZSettings)
    .query(({ ctx }) => getSettings(ctx.db, ctx.userId)),
  update: protectedProcedure
    .input(ZUpdateSettingsInput)
    .output(ZSettings)
    .mutation(({ ctx, input }) => updateSettings(ctx.db, ctx.userId, input)),
});
