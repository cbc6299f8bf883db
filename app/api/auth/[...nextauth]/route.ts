import { clientIpFrom } from "@/lib/client-ip";
import { handlers } from "@/server/auth/config";
import { checkAuthAttempt, rateLimitStore } from "@/server/rate-limit/auth-limits";

export const { GET } = handlers;

/** Credentials sign-in over HTTP is rate-limited per IP and per email before next-auth sees it. */
export async function POST(req: Request): Promise<Response> {
  if (new URL(req.url).pathname.endsWith("/callback/credentials")) {
    const form = await req.clone().formData().catch(() => null);
    const email = form?.get("email");
    const verdict = await checkAuthAttempt(rateLimitStore(), "signIn", clientIpFrom(req.headers), typeof email === "string" ? email : undefined);
    if (!verdict.allowed) {
      return Response.json(
        { error: "Too many sign-in attempts. Try again later." },
        { status: 429, headers: { "Retry-After": String(verdict.retryAfterSec) } },
      );
    }
  }
  return handlers.POST(req as Parameters<typeof handlers.POST>[0]);
}
