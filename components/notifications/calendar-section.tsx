"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { formErrors } from "@/lib/trpc/errors";
import { CopyField } from "./copy-field";
import type { Preferences } from "./types";

type Feed = { url: string | null; active: boolean; created: boolean };

/**
 * DESIGN §12 calendar feed: a secret address with every cover's expiry and claim-window close.
 * Only its hash is stored, so the address is shown once; after that the user can get a new one.
 */
export function CalendarSection({ active }: { active: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [shownUrl, setShownUrl] = useState<string | null>(null);
  const [turnedOff, setTurnedOff] = useState(false);
  const onFeed = (feed: Feed) => {
    setShownUrl(feed.url);
    setTurnedOff(!feed.active);
    queryClient.setQueryData(trpc.notification.preferences.queryKey(), (p: Preferences | undefined) => p && { ...p, calendarActive: feed.active });
  };
  const create = useMutation(trpc.notification.calendarUrl.mutationOptions({ onSuccess: onFeed }));
  const rotate = useMutation(trpc.notification.rotateCalendarToken.mutationOptions({ onSuccess: onFeed }));
  const disable = useMutation(trpc.notification.disableCalendar.mutationOptions({ onSuccess: onFeed }));
  const error = create.error ?? rotate.error ?? disable.error;
  const busy = create.isPending || rotate.isPending || disable.isPending;

  return (
    <section aria-labelledby="calendar-heading" className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="calendar-heading" className="text-lg font-semibold">Calendar feed</h2>
      <p className="text-sm text-[var(--muted)]">
        A private calendar address with each cover&apos;s expiry and the day its claim window closes, kept up to date by your calendar app.
        For one cover, use &ldquo;Add to calendar (.ics)&rdquo; in a portfolio&apos;s covers.
      </p>
      <FormMessage message={error ? formErrors(error).message : null} />
      {shownUrl ? (
        <div role="region" aria-label="Your calendar address" className="flex flex-col gap-3 rounded-md border border-teal-600 p-3">
          <p className="text-sm font-medium">Your feed is ready. Copy its address now: it is shown only once.</p>
          <CopyField label="Calendar feed address" value={shownUrl} />
          <div className="text-sm">
            <p>Subscribe in your calendar app by URL:</p>
            <ul className="ml-5 list-disc">
              <li>Google Calendar: Other calendars → + → From URL, paste the address.</li>
              <li>Apple Calendar: File → New Calendar Subscription, paste the address.</li>
              <li>Outlook: Add calendar → Subscribe from web, paste the address.</li>
            </ul>
            <p className="text-[var(--muted)]">Anyone with the address sees your covers&apos; dates: keep it private, and get a new one if it leaks.</p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" onClick={() => setShownUrl(null)}>I have copied it</Button>
          </div>
        </div>
      ) : active && !turnedOff ? (
        <div className="flex flex-col gap-3">
          <p className="text-sm" role="status">Your feed is active. Its address was shown once.</p>
          <p className="text-sm text-[var(--muted)]">Lost it, or shared it by mistake? Get a new address: the old one stops working.</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" disabled={busy} onClick={() => rotate.mutate()}>{rotate.isPending ? "Creating…" : "Get a new address"}</Button>
            <Button type="button" variant="ghost" className="text-red-700 dark:text-red-400" disabled={busy} onClick={() => disable.mutate()}>
              {disable.isPending ? "Turning off…" : "Turn off"}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-col gap-2">
          {turnedOff && <p role="status" className="text-sm">The calendar feed is off: its address no longer works.</p>}
          <div>
            <Button type="button" disabled={busy} onClick={() => { setTurnedOff(false); create.mutate(); }}>{create.isPending ? "Creating…" : "Create calendar feed"}</Button>
          </div>
        </div>
      )}
    </section>
  );
}
