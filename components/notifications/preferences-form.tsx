"use client";

import { useMemo, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { DIGEST_HOUR_DEFAULT, GAP_THRESHOLD_DEFAULT_USD } from "@/lib/schemas/notification-values";
import { formatUsd } from "@/lib/format/money";
import { formErrors } from "@/lib/trpc/errors";
import { browserTimeZone, DIGEST_HOURS, hourLabel, initialTimeZone, parseGapThreshold, timeZoneOptions } from "./notification-model";
import type { Preferences } from "./types";
import { useSavePreferences } from "./use-preferences";

/** How and when alerts reach the user: channels, the digest hour in their zone, the gap threshold. */
export function PreferencesForm({ prefs }: { prefs: Preferences }) {
  const save = useSavePreferences();
  const browser = useMemo(() => browserTimeZone(), []);
  const zones = useMemo(() => timeZoneOptions([prefs.timeZone, browser]), [prefs.timeZone, browser]);
  const [emailEnabled, setEmailEnabled] = useState(prefs.emailEnabled);
  const [webhooksEnabled, setWebhooksEnabled] = useState(prefs.webhooksEnabled);
  const [digestHour, setDigestHour] = useState(String(prefs.digestHour));
  const [timeZone, setTimeZone] = useState(() => initialTimeZone(prefs.timeZone, browser));
  const [gap, setGap] = useState(prefs.gapThresholdUsd);
  const [touched, setTouched] = useState(false);
  const [saved, setSaved] = useState(false);
  const parsedGap = parseGapThreshold(gap);
  const gapError = parsedGap === null ? "Enter an amount in USD, e.g. 10000 (no sign, at most 8 decimals)" : null;
  const server = formErrors(save.error);
  const changed = () => setSaved(false);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setSaved(false);
    if (parsedGap === null) return;
    save.mutate(
      { emailEnabled, webhooksEnabled, digestHour: Number(digestHour), timeZone, gapThresholdUsd: parsedGap },
      { onSuccess: (p) => { setSaved(true); setGap(p.gapThresholdUsd); } },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="notify-prefs-heading" className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="notify-prefs-heading" className="text-lg font-semibold">How alerts reach you</h2>
      <FormMessage message={save.error && Object.keys(server.fields).length === 0 ? server.message : null} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium">Channels</legend>
        <div className="flex flex-col gap-1">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="h-4 w-4" checked={emailEnabled} aria-describedby="notify-email-hint"
              onChange={(e) => { changed(); setEmailEnabled(e.target.checked); }} />
            E-mail me a daily digest of new alerts
          </label>
          <p id="notify-email-hint" className="pl-6 text-xs text-[var(--muted)]">
            To <span className="break-all font-medium text-[var(--fg)]">{prefs.email}</span>.{" "}
            {prefs.smtpConfigured
              ? "Sent through the configured mail server."
              : "No mail server is configured (SMTP_URL): e-mails go to your Outbox."}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="h-4 w-4" checked={webhooksEnabled} aria-describedby="notify-webhooks-hint"
              onChange={(e) => { changed(); setWebhooksEnabled(e.target.checked); }} />
            Send alerts to my webhooks
          </label>
          <p id="notify-webhooks-hint" className="pl-6 text-xs text-[var(--muted)]">Each webhook below receives the events it subscribes to.</p>
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Digest hour" value={digestHour} error={server.fields.digestHour}
          hint={`The day's digest goes out from this hour in your time zone. Default ${hourLabel(DIGEST_HOUR_DEFAULT)}.`}
          onChange={(e) => { changed(); setDigestHour(e.target.value); }}>
          {DIGEST_HOURS.map((h) => <option key={h} value={h}>{hourLabel(h)}</option>)}
        </SelectField>
        <SelectField label="Time zone" value={timeZone} error={server.fields.timeZone}
          hint={timeZone === prefs.timeZone ? `Saved: ${prefs.timeZone}.` : `Saved: ${prefs.timeZone}${prefs.timeZone === "UTC" ? " (the default)" : ""}. Save to use ${timeZone}.`}
          onChange={(e) => { changed(); setTimeZone(e.target.value); }}>
          {zones.map((z) => <option key={z} value={z}>{z}</option>)}
        </SelectField>
      </div>
      <div className="max-w-xs">
        <TextField label="Uninsured gap threshold (USD)" inputMode="decimal" autoComplete="off" value={gap}
          error={(touched ? gapError : null) ?? server.fields.gapThresholdUsd}
          hint={`A new uninsured gap is notified from this amount. Default ${formatUsd(GAP_THRESHOLD_DEFAULT_USD)}.`}
          onChange={(e) => { changed(); setTouched(true); setGap(e.target.value); }} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>{save.isPending ? "Saving…" : "Save notification settings"}</Button>
        {saved && <p role="status" className="text-sm text-teal-800 dark:text-teal-300">Notification settings saved.</p>}
      </div>
    </form>
  );
}
