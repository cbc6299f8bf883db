import { z } from "zod";
import { protectedProcedure } from "@/server/api/trpc";
import { disableCalendar, ensureCalendarToken, rotateCalendarToken } from "@/server/services/calendar-service";

/**
 * `url` is the secret feed address, present only when the call made it: only its hash is kept,
 * so calendarUrl answers `url: null, created: false` once a token exists, and the page offers
 * rotateCalendarToken for a new address.
 */
const ZCalendarFeed = z.object({ url: z.string().nullable(), active: z.boolean(), created: z.boolean() });

/** DESIGN §12 calendar feed; spread into the notification router. */
export const calendarProcedures = {
  calendarUrl: protectedProcedure
    .output(ZCalendarFeed)
    .mutation(({ ctx }) => ensureCalendarToken(ctx.db, ctx.userId)),
  rotateCalendarToken: protectedProcedure
    .output(ZCalendarFeed)
    .mutation(({ ctx }) => rotateCalendarToken(ctx.db, ctx.userId)),
  disableCalendar: protectedProcedure
    .output(ZCalendarFeed)
    .mutation(({ ctx }) => disableCalendar(ctx.db, ctx.userId)),
};
