"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { signInAction, type SignInState } from "./actions";

const initial: SignInState = { error: null, fields: {}, email: "" };

export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const [state, action, pending] = useActionState(signInAction, initial);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {notice && <FormMessage tone="ok" message={notice} />}
      <FormMessage message={state.error} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField label="Email" name="email" type="email" autoComplete="email" defaultValue={state.email} error={state.fields.email} required />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" error={state.fields.password} required />
      <Button type="submit" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</Button>
    </form>
  );
}
