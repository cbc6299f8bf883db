"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, type TWebhookEventType } from "@/lib/schemas/notification-values";
import { useTRPC } from "@/lib/trpc/client";
import { formErrors } from "@/lib/trpc/errors";
import { CopyField } from "./copy-field";

type Created = { url: string; secret: string };

/** The one time the secret is shown, with how to check a delivery's signature. */
function CreatedSecret({ created, onDone }: { created: Created; onDone: () => void }) {
  return (
    <div role="region" aria-labelledby="webhook-secret-heading" className="flex flex-col gap-3 rounded-md border border-teal-600 p-3">
      <h3 id="webhook-secret-heading" className="font-semibold">Webhook added: copy its signing secret now</h3>
      <p className="text-sm">
        This secret is shown <strong>only once</strong>. Keep it with the endpoint at <span className="break-all font-mono text-xs">{created.url}</span>.
      </p>
      <CopyField label="Signing secret" value={created.secret} />
      <div className="text-sm text-[var(--muted)]">
        <p>Every delivery is signed as <a className="underline" href="https://www.standardwebhooks.com/" target="_blank" rel="noreferrer">Standard Webhooks</a>. To verify one:</p>
        <ol className="ml-5 list-decimal">
          <li>Read the headers <code>webhook-id</code>, <code>webhook-timestamp</code> (Unix seconds) and <code>webhook-signature</code>.</li>
          <li>Compute HMAC-SHA256 of <code>{"{webhook-id}.{webhook-timestamp}.{body}"}</code>, keyed with the base64-decoded part of the secret after <code>whsec_</code>.</li>
          <li>Base64 it and compare with a <code>v1,</code> entry of <code>webhook-signature</code>; refuse timestamps more than five minutes old.</li>
        </ol>
        <p>A Standard Webhooks library (e.g. <code>standardwebhooks</code> on npm or PyPI) does all three.</p>
      </div>
      <div><Button type="button" variant="secondary" onClick={onDone}>I have saved the secret</Button></div>
    </div>
  );
}

/** Adds an endpoint: its URL, the events it wants, and optionally a secret of its own. */
export function WebhookCreateForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const eventsHint = useId();
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<Set<TWebhookEventType>>(() => new Set(WEBHOOK_EVENT_TYPES));
  const [secret, setSecret] = useState("");
  const [touched, setTouched] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const create = useMutation(trpc.webhook.create.mutationOptions({
    onSuccess: async (hook) => {
      setCreated({ url: hook.url, secret: hook.secret });
      setUrl("");
      setSecret("");
      setEvents(new Set(WEBHOOK_EVENT_TYPES));
      setTouched(false);
      await queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey() });
    },
  }));
  const server = formErrors(create.error);
  const urlError = touched && url.trim() === "" ? "Required: the https:// address of your endpoint" : null;
  const eventsError = touched && events.size === 0 ? "Choose at least one event" : null;
  const eventsMessage = eventsError ?? server.fields.events ?? null;

  const toggle = (type: TWebhookEventType, on: boolean) => setEvents((prev) => {
    const next = new Set(prev);
    if (on) next.add(type);
    else next.delete(type);
    return next;
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setCreated(null);
    if (url.trim() === "" || events.size === 0) return;
    const picked = WEBHOOK_EVENT_TYPES.filter((t) => events.has(t));
    create.mutate({ url: url.trim(), events: picked, ...(secret.trim() ? { secret: secret.trim() } : {}) });
  };

  return (
    <div className="flex flex-col gap-3">
      {created && <CreatedSecret created={created} onDone={() => setCreated(null)} />}
      <form onSubmit={onSubmit} noValidate aria-labelledby="webhook-add-heading" className="flex flex-col gap-3 rounded-md border border-dashed border-[var(--border)] p-3">
        <h3 id="webhook-add-heading" className="font-semibold">Add a webhook</h3>
        <FormMessage message={create.error && Object.keys(server.fields).length === 0 ? server.message : null} />
        <TextField label="Endpoint URL" type="url" inputMode="url" autoComplete="off" placeholder="https://example.com/coverdesk-webhook" value={url}
          error={urlError ?? server.fields.url} hint="HTTPS, on a public host. It receives a signed JSON POST per event."
          onChange={(e) => setUrl(e.target.value)} />
        <fieldset className="flex flex-col gap-1" aria-describedby={eventsMessage ? eventsHint : undefined} aria-invalid={eventsMessage ? true : undefined}>
          <legend className="mb-1 text-sm font-medium">Events</legend>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-start gap-2 text-sm">
              <input type="checkbox" className="mt-0.5 h-4 w-4 shrink-0" checked={events.has(type)} onChange={(e) => toggle(type, e.target.checked)} />
              <span>{WEBHOOK_EVENT_LABELS[type]} <code className="text-xs text-[var(--muted)]">{type}</code></span>
            </label>
          ))}
          {eventsMessage && <p id={eventsHint} role="alert" className="text-sm text-red-700 dark:text-red-400">{eventsMessage}</p>}
        </fieldset>
        <TextField label="Signing secret (optional)" autoComplete="off" spellCheck={false} value={secret}
          error={server.fields.secret} hint="Leave empty and one is generated. Your own: whsec_ followed by base64 of 24–64 bytes."
          onChange={(e) => setSecret(e.target.value)} />
        <div><Button type="submit" disabled={create.isPending}>{create.isPending ? "Adding…" : "Add webhook"}</Button></div>
      </form>
    </div>
  );
}
