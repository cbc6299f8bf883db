import { NextRequest } from "next/server";
import { clientIpFrom } from "@/lib/client-ip";
import { handlers } from "@/server/auth/config";
import { withoutRenewedSessionCookie } from "@/server/auth/session-route";
import { readBodyWithin } from "@/server/http/read-body";
import { checkAuthAttempt, checkCheapSignInAttempt, rateLimitStore } from "@/server/rate-limit/auth-limits";
import { csrfCanPass, isCredentialsCallback, nextAuthSecretString, signInFieldsFrom } from "@/server/rate-limit/sign-in-request";

export { GET } from "@/server/auth/session-route";

const AUTH_BODY_LIMIT_BYTES = 16 * 1024;

/** What next-auth answers when its CSRF check fails (a redirect, or JSON for X-Auth-Return-Redirect). */
function missingCsrf(req: Request): Response {
  const url = `${new URL(req.url).origin}/sign-in?error=MissingCSRF`;
  return req.headers.get("x-auth-return-redirect") ? Response.json({ url }) : Response.redirect(url, 302);
}

const tooMany = (retryAfterSec: number) =>
  Response.json({ error: "Too many sign-in attempts. Try again later." }, { status: 429, headers: { "Retry-After": String(retryAfterSec) } });

/**
 * Every auth POST body is capped (413). A credentials sign-in over HTTP is rate-limited before
 * next-auth sees it, whether the body is a form or JSON: one without a CSRF token that can pass
 * is refused here and counted against the IP only (it costs no password work); the rest count
 * per IP, per (email, IP) and per email, an unreadable email against a shared key.
 */
export async function POST(req: Request): Promise<Response> {
  const read = await readBodyWithin(req, AUTH_BODY_LIMIT_BYTES);
  if (!read.ok) return Response.json({ error: "The request body is too large." }, { status: 413 });
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  // A NextRequest: next-auth reads `nextUrl` when AUTH_URL is set.
  const forwarded = new NextRequest(req.url, { method: "POST", headers, body: read.body as BodyInit });

  if (isCredentialsCallback(req.url)) {
    const ip = clientIpFrom(req.headers);
    const { email, csrfToken } = await signInFieldsFrom(forwarded);
    if (!csrfCanPass(req.headers.get("cookie"), csrfToken, nextAuthSecretString())) {
      const verdict = await checkCheapSignInAttempt(rateLimitStore(), ip);
      return verdict.allowed ? missingCsrf(req) : tooMany(verdict.retryAfterSec);
    }
    const verdict = await checkAuthAttempt(rateLimitStore(), "signIn", ip, email);
    if (!verdict.allowed) return tooMany(verdict.retryAfterSec);
  }
  const res = await handlers.POST(forwarded);
  // POST …/session (next-auth's update()) would re-issue the cookie with a later expiry: never renew.
  return isSessionUpdate(req.url) ? withoutRenewedSessionCookie(res) : res;
}

const isSessionUpdate = (url: string) => new URL(url).pathname.split("/").filter(Boolean).at(-1) === "session";
