import { z } from "zod";
import { ZPassword } from "./auth";

/** Password change: the current password, and a new one under the same rules as sign-up. */
export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(200, "At most 200 characters"),
  newPassword: ZPassword,
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** Account deletion is confirmed by typing the account's email. */
export const ZDeleteAccountInput = z.object({
  confirmEmail: z.string().trim().min(1, "Type your email to confirm").max(254, "At most 254 characters"),
});
export type TDeleteAccountInput = z.infer<typeof ZDeleteAccountInput>;

/** Every account action here ends every session of the user, this one included. */
export const ZSessionsEnded = z.object({ sessionsEnded: z.literal(true) });
export type TSessionsEnded = z.infer<typeof ZSessionsEnded>;
