import { clientIpFrom } from "@/lib/client-ip";
import { handlers } from "@/server/auth/config";
import { checkAuthAttempt, rateLimitStore } from "@/server/rate-limit/auth-limits";
import { isCredentialsCallback, signInEmailFrom } from "@/server/rate-limit/sign-in-request";

export const { GET } = handlers;

/**
 * Credentials sign-in over HTTP is rate-limited per IP and per email before next-auth sees it,
 * whether the body is a form or JSON; a request whose email can't be read counts against a
 * shared "unknown email" key, so it never skips the per-email rule.
 */
export async function POST(req: Request): Promise<Response> {
  if (isCredentialsCallback(req.url)) {
    const email = await signInEmailFrom(req);
    const verdict = await checkAuthAttempt(rateLimitStore(), "signIn", clientIpFrom(req.headers), email);
    if (!verdict.allowed) {
      return Response.json(
        { error: "Too many sign-in attempts. Try again later." },
        { status: 429, headers: { "Retry-After": String(verdict.retryAfterSec) } },
      );
    }
  }
  return handlers.POST(req as Parameters<typeof handlers.POST>[0]);
}
