import { ZChangePasswordInput } from "@/lib/schemas/account";

export type PasswordValues = { currentPassword: string; newPassword: string };

/** The same rules as the server's (and sign-up's), by field. */
export function validatePasswordChange(v: PasswordValues): Record<string, string> {
  const parsed = ZChangePasswordInput.safeParse(v);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  if (!errors.newPassword && v.newPassword !== "" && v.newPassword === v.currentPassword) {
    errors.newPassword = "Choose a password different from your current one.";
  }
  return errors;
}

/** Deletion is allowed once the typed email is the account's (ignoring case and outer spaces). */
export function confirmsEmail(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase();
}
