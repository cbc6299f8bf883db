"use client";

import { useEffect } from "react";
import { clearEndedSessionCookie } from "./session-actions";
import { SESSION_END_MESSAGES, type SessionEndReason } from "./session-end";

/** On the sign-in page: why the user's session ended; the browser's dead cookie is cleared. */
export function SessionEndedNotice({ reason }: { reason: SessionEndReason }) {
  useEffect(() => {
    void clearEndedSessionCookie().catch(() => undefined);
  }, []);
  return (
    <p role="status" className="rounded-md border border-teal-600 px-3 py-2 text-sm text-teal-800 dark:text-teal-300">
      {SESSION_END_MESSAGES[reason]}
    </p>
  );
}
