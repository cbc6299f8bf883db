/** Why a user lands on the sign-in page with their sessions ended, and what they are told. */
export const SESSION_END_MESSAGES = {
  "signed-out-everywhere": "You signed out of all devices. Sign in again to continue.",
  "password-changed": "Your password was changed and every session was signed out. Sign in with your new password.",
  "account-deleted": "Your account and all its portfolios were deleted.",
  expired: "Your session has ended. Please sign in again.",
} as const;

export type SessionEndReason = keyof typeof SESSION_END_MESSAGES;

export function sessionEndReason(value: unknown): SessionEndReason | null {
  return typeof value === "string" && Object.hasOwn(SESSION_END_MESSAGES, value) ? (value as SessionEndReason) : null;
}
