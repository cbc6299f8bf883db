import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { ZNotificationPreferences, ZSweepOutcome, ZUpdateNotificationPreferencesInput } from "@/lib/schemas/notification";
import { checkNow, getNotificationPreferences, updateNotificationPreferences } from "@/server/services/notification-service";
import { calendarProcedures } from "./notification-calendar";
import { emailProcedures } from "./notification-email";

/** DESIGN §12: how alerts reach the user — preferences, a check on demand, the outbox and the calendar feed. */
export const notificationRouter = createTRPCRouter({
  preferences: protectedProcedure
    .output(ZNotificationPreferences)
    .query(({ ctx }) => getNotificationPreferences(ctx.db, ctx.userId)),
  updatePreferences: protectedProcedure
    .input(ZUpdateNotificationPreferencesInput)
    .output(ZNotificationPreferences)
    .mutation(({ ctx, input }) => updateNotificationPreferences(ctx.db, ctx.userId, input)),
  checkNow: protectedProcedure
    .output(ZSweepOutcome)
    .mutation(({ ctx }) => checkNow(ctx.db, ctx.userId, ctx.jobSchema)),
  ...emailProcedures,
  ...calendarProcedures,
});
