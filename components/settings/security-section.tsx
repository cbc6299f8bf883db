"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useFormFields } from "@/components/positions/use-form-fields";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { confirmsEmail, validatePasswordChange, type PasswordValues } from "./security-model";
import { useLeaveEndedSession } from "./use-leave-ended-session";

const card = "flex flex-col gap-3 rounded-md border border-[var(--border)] p-4";

/** Sign out everywhere, change the password, delete the account: each ends every session. */
export function SecuritySection({ email }: { email: string }) {
  return (
    <section aria-labelledby="security-heading" className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <div className="flex flex-col gap-1">
        <h2 id="security-heading" className="text-lg font-semibold">Security</h2>
        <p className="text-sm text-[var(--muted)]">A session lasts 30 days from sign-in. Each action below signs you out everywhere, on this device too.</p>
      </div>
      <SignOutEverywhere />
      <ChangePasswordForm />
      <DeleteAccountForm email={email} />
    </section>
  );
}

function SignOutEverywhere() {
  const trpc = useTRPC();
  const { leaving, leave } = useLeaveEndedSession();
  const end = useMutation(trpc.account.signOutEverywhere.mutationOptions({ onSuccess: () => leave("signed-out-everywhere") }));
  const busy = end.isPending || leaving;
  return (
    <div className={card} role="group" aria-labelledby="sign-out-everywhere-heading">
      <h3 id="sign-out-everywhere-heading" className="font-medium">Sign out of all devices</h3>
      <p className="text-sm text-[var(--muted)]">Ends every session of your account, wherever you signed in — useful after using a shared computer or losing a device.</p>
      <FormMessage message={end.error ? formErrors(end.error).message : null} />
      <div>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => end.mutate()}>
          {busy ? "Signing out everywhere…" : "Sign out of all devices"}
        </Button>
      </div>
    </div>
  );
}

function ChangePasswordForm() {
  const trpc = useTRPC();
  const { leaving, leave } = useLeaveEndedSession();
  const change = useMutation(trpc.account.changePassword.mutationOptions({ onSuccess: () => leave("password-changed") }));
  const form = useFormFields<PasswordValues>({ currentPassword: "", newPassword: "" }, validatePasswordChange);
  const server = formErrors(change.error);
  const busy = change.isPending || leaving;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.submit()) return;
    change.mutate(form.values);
  };
  const field = (name: keyof PasswordValues) => ({
    name,
    type: "password",
    value: form.values[name],
    onChange: (e: { target: { value: string } }) => form.set(name, e.target.value),
    onBlur: () => form.touch(name),
    error: form.errorFor(name, server.fields),
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="change-password-heading" className={card}>
      <h3 id="change-password-heading" className="font-medium">Change password</h3>
      <FormMessage message={change.error && Object.keys(server.fields).length === 0 ? server.message : null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Current password" autoComplete="current-password" {...field("currentPassword")} />
        <TextField label="New password" autoComplete="new-password" hint="At least 10 characters" {...field("newPassword")} />
      </div>
      <div>
        <Button type="submit" disabled={busy}>{busy ? "Changing password…" : "Change password"}</Button>
      </div>
    </form>
  );
}

function DeleteAccountForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const { leaving, leave } = useLeaveEndedSession();
  const remove = useMutation(trpc.account.deleteAccount.mutationOptions({ onSuccess: () => leave("account-deleted") }));
  const [typed, setTyped] = useState("");
  const [attempted, setAttempted] = useState(false);
  const server = formErrors(remove.error);
  const matches = confirmsEmail(typed, email);
  const busy = remove.isPending || leaving;
  const localError = attempted && !matches ? `Type ${email} exactly to confirm.` : undefined;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    if (!matches) return;
    remove.mutate({ confirmEmail: typed });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="delete-account-heading" className={`${card} border-red-600`}>
      <h3 id="delete-account-heading" className="font-medium text-red-800 dark:text-red-300">Delete account</h3>
      <p className="text-sm">Deletes your account and every portfolio in it, with all positions, covers and alert acknowledgements. This cannot be undone.</p>
      <FormMessage message={remove.error && Object.keys(server.fields).length === 0 ? server.message : null} />
      <TextField
        label={`Type your email (${email}) to confirm`}
        name="confirmEmail"
        type="email"
        autoComplete="off"
        value={typed}
        onChange={(e) => { setTyped(e.target.value); remove.reset(); }}
        error={localError ?? server.fields.confirmEmail}
      />
      <div>
        <Button type="submit" variant="danger" disabled={busy}>{busy ? "Deleting account…" : "Delete my account"}</Button>
      </div>
    </form>
  );
}
