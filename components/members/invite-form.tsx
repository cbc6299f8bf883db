"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { CopyField } from "@/components/notifications/copy-field";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { ZEmail } from "@/lib/schemas/auth";
import type { TCreatedInvite } from "@/lib/schemas/member";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { dayOf, ROLE_LABELS, ROLE_WHAT, ROLES, type Role } from "./role-labels";

/** Owners invite by e-mail address; the link is shown once, to copy. */
export function InviteForm({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [touched, setTouched] = useState(false);
  const [created, setCreated] = useState<TCreatedInvite | null>(null);
  const invite = useMutation(trpc.member.invite.mutationOptions({
    onSuccess: (result) => {
      setCreated(result);
      setEmail("");
      setTouched(false);
      return queryClient.invalidateQueries({ queryKey: trpc.member.invites.queryKey({ portfolioId }) });
    },
  }));
  const server = formErrors(invite.error);
  const parsed = ZEmail.safeParse(email);
  const localEmailError = touched && !parsed.success ? parsed.error.issues[0]?.message ?? "Enter a valid email address" : undefined;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!parsed.success) return;
    setCreated(null);
    invite.mutate({ portfolioId, email: parsed.data, role });
  }

  return (
    <section aria-labelledby="invite-heading" className="flex flex-col gap-3 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="invite-heading" className="text-lg font-semibold">Invite someone</h2>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormMessage message={invite.error && Object.keys(server.fields).length === 0 ? server.message : null} />
        <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
          <TextField
            label="E-mail address" type="email" name="email" autoComplete="off" value={email}
            onChange={(e) => setEmail(e.target.value)} onBlur={() => setTouched(true)}
            error={localEmailError ?? server.fields.email}
            hint="They accept by signing in (or signing up) with this address."
          />
          <SelectField label="Role" name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} error={server.fields.role} hint={ROLE_WHAT[role]}>
            {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </SelectField>
        </div>
        <div>
          <Button type="submit" disabled={invite.isPending}>{invite.isPending ? "Creating the invitation…" : "Create invitation link"}</Button>
        </div>
      </form>
      {created && (
        <div role="status" className="flex flex-col gap-2 rounded-md border border-teal-600 p-3">
          <p className="text-sm">
            Invitation for <strong className="[overflow-wrap:anywhere]">{created.email}</strong> as {ROLE_LABELS[created.role].toLowerCase()}, valid until {dayOf(created.expiresAt)}, once.{" "}
            {created.emailed ? "It was also e-mailed to them." : "Copy the link and send it to them: it is shown only now."}
          </p>
          <CopyField label="Invitation link" value={created.url} />
        </div>
      )}
    </section>
  );
}
