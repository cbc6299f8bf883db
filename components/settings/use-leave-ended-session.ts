"use client";

import { useTransition } from "react";
import { leaveEndedSession } from "./session-actions";
import type { SessionEndReason } from "./session-end";

/** Once an account action has ended every session: clear this browser's cookie and go to sign in. */
export function useLeaveEndedSession() {
  const [leaving, startTransition] = useTransition();
  const leave = (reason: SessionEndReason) => startTransition(async () => {
    await leaveEndedSession(reason);
  });
  return { leaving, leave };
}
