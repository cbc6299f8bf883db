"use client";

import Link from "next/link";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { formErrors } from "@/lib/trpc/errors";
import { checkNowSummary } from "./notification-model";

const OUTBOX = "/settings/notifications/outbox";

function TestEmailResult({ status, error }: { status: string; error?: string }) {
  if (status === "sent") return <p role="status" className="text-sm text-teal-800 dark:text-teal-300">Test e-mail sent. Check your inbox.</p>;
  if (status === "queued") return <p role="status" className="text-sm text-teal-800 dark:text-teal-300">Test e-mail queued: it goes out in a moment.</p>;
  if (status === "outbox") {
    return (
      <p role="status" className="text-sm text-teal-800 dark:text-teal-300">
        Test e-mail saved in your outbox (no mail server configured). <Link href={OUTBOX} className="underline">Open the outbox</Link>
      </p>
    );
  }
  return <p role="alert" className="text-sm text-red-700 dark:text-red-400">The test e-mail failed: {error ?? "unknown error"}. <Link href={OUTBOX} className="underline">See the outbox</Link></p>;
}

/** "Send a test e-mail" and "Check now": what the channels do, on demand. */
export function EmailActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refreshLogs = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: trpc.notification.outbox.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.webhook.pathKey() }),
  ]);
  const testEmail = useMutation(trpc.notification.sendTestEmail.mutationOptions({ onSuccess: refreshLogs }));
  const check = useMutation(trpc.notification.checkNow.mutationOptions({ onSuccess: refreshLogs }));
  const emailInOutbox = check.data?.email?.status === "outbox" || check.data?.email?.status === "failed";
  return (
    <section aria-labelledby="notify-actions-heading" className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="notify-actions-heading" className="text-lg font-semibold">Try it now</h2>
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="secondary" disabled={testEmail.isPending} onClick={() => testEmail.mutate()}>
            {testEmail.isPending ? "Sending…" : "Send a test e-mail"}
          </Button>
          <Link href={OUTBOX} className="text-sm underline">Outbox</Link>
        </div>
        {testEmail.data && <TestEmailResult status={testEmail.data.status} error={testEmail.data.error} />}
        <FormMessage message={testEmail.error ? formErrors(testEmail.error).message : null} />
      </div>
      <div className="flex flex-col gap-2">
        <p className="text-sm text-[var(--muted)]">
          The alert check runs by itself once a day at your digest hour. Run it now: new alerts, and alerts that come closer
          (30, 7, 1 days), are sent by the channels you keep on.
        </p>
        <div>
          <Button type="button" disabled={check.isPending} onClick={() => check.mutate()}>{check.isPending ? "Checking…" : "Check now"}</Button>
        </div>
        {check.data && (
          <p role="status" className="text-sm text-teal-800 dark:text-teal-300">
            {checkNowSummary(check.data)}
            {emailInOutbox && <> <Link href={OUTBOX} className="underline">Open the outbox</Link></>}
          </p>
        )}
        <FormMessage message={check.error ? formErrors(check.error).message : null} />
      </div>
    </section>
  );
}
