"use server";

import { auth, signOut } from "@/server/auth/config";
import { withSessionCheck } from "@/server/auth/session-state";
import { sessionEndReason } from "./session-end";

/** After an account action ended every session: clear this browser's cookie and go to sign in. */
export async function leaveEndedSession(reason: string): Promise<void> {
  await signOut({ redirectTo: `/sign-in?ended=${sessionEndReason(reason) ?? "expired"}` });
}

/**
 * Clears a session cookie that no longer works (ended on another device, or by an account action),
 * so the browser stops sending it. A session that still works, or could not be checked, is kept.
 */
export async function clearEndedSessionCookie(): Promise<void> {
  const { result, checkError } = await withSessionCheck(() => auth());
  if (result?.user || checkError) return;
  await signOut({ redirect: false });
}
