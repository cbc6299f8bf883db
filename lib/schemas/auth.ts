import { z } from "zod";

export const ZEmail = z.string().trim().toLowerCase().max(254, "At most 254 characters").pipe(z.email("Enter a valid email address"));
export const ZPassword = z.string().min(10, "Use at least 10 characters").max(200, "At most 200 characters");

export const ZSignUpInput = z.object({
  email: ZEmail,
  name: z.string().trim().min(1, "Required").max(120, "At most 120 characters"),
  password: ZPassword,
});
export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string().min(1, "Required").max(200, "At most 200 characters"),
});
