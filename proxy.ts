import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// The proxy only READS the session cookie. next-auth's `auth((req) => …)` wrapper re-issues the
// cookie on every request, so a request in flight during sign-out (a link prefetch) could come
// back with a Set-Cookie that revived the session. Nothing here ever writes a cookie.

/** The secrets next-auth itself uses (see next-auth/lib/env.js and @auth/core setEnvDefaults). */
function authSecret(): string | string[] | undefined {
  const single = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (single) return single;
  const rotated = [process.env.AUTH_SECRET_3, process.env.AUTH_SECRET_2, process.env.AUTH_SECRET_1].filter((s): s is string => Boolean(s));
  return rotated.length > 0 ? rotated : undefined;
}

/**
 * Whether next-auth names its cookie `__Secure-authjs.session-token`: it does when the URL it sees
 * is https — AUTH_URL when set, else the x-forwarded-proto Next.js sets (as `auth()` does).
 */
export function usesSecureCookie(req: NextRequest): boolean {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  if (envUrl) {
    try {
      return new URL(envUrl).protocol === "https:";
    } catch {
      // An unparsable AUTH_URL: fall through to the request, as next-auth does.
    }
  }
  const forwarded = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const protocol = forwarded || req.nextUrl.protocol.replace(/:$/, "");
  return protocol === "https";
}

/** True when the request carries a session cookie that decrypts with our secret, is unexpired and names a user. */
export async function hasValidSession(req: NextRequest): Promise<boolean> {
  const secret = authSecret();
  if (!secret) return false;
  try {
    const token = await getToken({
      // Only the cookie, like `auth()` in server components: not an Authorization header.
      req: { headers: new Headers({ cookie: req.headers.get("cookie") ?? "" }) },
      secret,
      secureCookie: usesSecureCookie(req),
    });
    return typeof token?.sub === "string" && token.sub.length > 0;
  } catch {
    return false;
  }
}

/** Signed-out visitors of app pages go to sign in, and come back where they were. */
export async function proxy(req: NextRequest): Promise<NextResponse> {
  if (await hasValidSession(req)) return NextResponse.next();
  const target = new URL("/sign-in", req.nextUrl.origin);
  target.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(target);
}

export const config = {
  matcher: ["/portfolios/:path*", "/positions/:path*", "/recommendations/:path*", "/settings/:path*"],
};
