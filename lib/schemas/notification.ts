import { z } from "zod";
import { isTimeZone } from "@/server/domain/notify/local-clock";
import { ZMoney } from "./primitives";

export const ZNotificationPreferences = z.object({
  emailEnabled: z.boolean(),
  webhooksEnabled: z.boolean(),
  digestHour: z.number().int(),
  timeZone: z.string(),
  gapThresholdUsd: z.string(),
  /** Where the digest goes: the account's address. */
  email: z.string(),
  /** False: e-mails go to the outbox page, not to an inbox. */
  smtpConfigured: z.boolean(),
  calendarActive: z.boolean(),
  /** The local day of the last daily sweep, if any. */
  lastSweptOn: z.string().nullable(),
});
export type TNotificationPreferences = z.infer<typeof ZNotificationPreferences>;

export const ZUpdateNotificationPreferencesInput = z.object({
  emailEnabled: z.boolean().optional(),
  webhooksEnabled: z.boolean().optional(),
  digestHour: z.number().int("A whole hour").min(0, "Between 0 and 23").max(23, "Between 0 and 23").optional(),
  timeZone: z.string().max(64, "Not a time zone").refine(isTimeZone, "Not a time zone this server knows (e.g. Europe/Zurich)").optional(),
  gapThresholdUsd: ZMoney.optional(),
});

export const ZSweepOutcome = z.object({
  notices: z.number().int(),
  email: z.object({ id: z.string(), status: z.string() }).nullable(),
  webhookDeliveries: z.number().int(),
});
export type TSweepOutcome = z.infer<typeof ZSweepOutcome>;
