"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { ZSignUpInput } from "@/lib/schemas/auth";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { signInAction } from "./actions";

type Values = { email: string; name: string; password: string };

function validate(values: Values): Record<string, string> {
  const parsed = ZSignUpInput.safeParse(values);
  const fields: Record<string, string> = {};
  if (!parsed.success) for (const i of parsed.error.issues) fields[String(i.path[0])] ??= i.message;
  return fields;
}

/** `callbackUrl`: where to go once signed up (already made safe by the page). */
export function SignUpForm({ callbackUrl = "/portfolios" }: { callbackUrl?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState<Values>({ email: "", name: "", password: "" });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const server = formErrors(signUp.error);
  const local = validate(values);
  const errorFor = (f: keyof Values) => (touched[f] ? local[f] : undefined) ?? server.fields[f];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setTouched({ email: true, name: true, password: true });
    if (Object.keys(local).length > 0) return;
    try {
      await signUp.mutateAsync(values);
    } catch {
      return; // the error is shown from signUp.error
    }
    const form = new FormData();
    form.set("email", values.email);
    form.set("password", values.password);
    form.set("callbackUrl", callbackUrl);
    const result = await signInAction({ error: null, fields: {}, email: values.email }, form);
    if (result?.error) router.push("/sign-in");
  }

  const bind = (f: keyof Values) => ({
    name: f,
    value: values[f],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value })),
    onBlur: () => setTouched((t) => ({ ...t, [f]: true })),
    error: errorFor(f),
  });

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <FormMessage message={signUp.error ? server.message : null} />
      <TextField label="Email" type="email" autoComplete="email" {...bind("email")} />
      <TextField label="Name" autoComplete="name" {...bind("name")} />
      <TextField label="Password" type="password" autoComplete="new-password" hint="At least 10 characters" {...bind("password")} />
      <Button type="submit" disabled={signUp.isPending}>{signUp.isPending ? "Creating your account…" : "Create account"}</Button>
    </form>
  );
}
