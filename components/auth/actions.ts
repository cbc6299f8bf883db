"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/client-ip";
import { checkAuthAttempt, rateLimitStore } from "@/server/rate-limit/auth-limits";
import { ZSignInInput } from "@/lib/schemas/auth";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { signIn, signOut } from "@/server/auth/config";

export type SignInState = { error: string | null; fields: Record<string, string>; email: string };

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const parsed = ZSignInInput.safeParse({ email, password: form.get("password") });
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
    return { error: null, fields, email };
  }
  const verdict = await checkAuthAttempt(rateLimitStore(), "signIn", clientIpFrom(await headers()), parsed.data.email);
  if (!verdict.allowed) {
    return { error: `Too many sign-in attempts. Try again in ${Math.ceil(verdict.retryAfterSec / 60)} minute(s).`, fields: {}, email };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeRedirectPath(form.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) return { error: "Wrong email or password.", fields: {}, email };
    throw error; // a successful sign-in throws Next's redirect
  }
  return { error: null, fields: {}, email };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
