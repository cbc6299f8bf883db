"use client";

import { CalendarSection } from "./calendar-section";
import { EmailActions } from "./email-actions";
import { PreferencesForm } from "./preferences-form";
import { usePreferences } from "./use-preferences";
import { WebhooksSection } from "./webhooks-section";

/** Issue 15, "Alerts that reach people": e-mail, webhooks and the calendar feed. */
export function NotificationsView() {
  const prefs = usePreferences();
  if (prefs.isError) return <p role="alert" className="rounded-lg border border-red-600 p-4">Your notification settings could not be loaded. Reload the page to try again.</p>;
  if (!prefs.data) return <p role="status" className="text-[var(--muted)]">Loading your notification settings…</p>;
  const p = prefs.data;
  return (
    <div className="flex flex-col gap-6">
      <PreferencesForm prefs={p} />
      <EmailActions />
      <WebhooksSection enabled={p.webhooksEnabled} />
      <CalendarSection active={p.calendarActive} />
      {p.lastSweptOn && <p className="text-sm text-[var(--muted)]">Last daily check: {p.lastSweptOn}.</p>}
    </div>
  );
}
