import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/security-headers";

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

/** The app pages only signed-in users may see (each with everything under it). */
export const PROTECTED_PREFIXES = ["/portfolios", "/positions", "/recommendations", "/settings"] as const;

/** Whether a page path is one of the protected pages. Next.js hands the proxy the page's path (no .rsc suffix). */
export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Every page: a Content-Security-Policy with a fresh nonce (Next.js's documented pattern): set on
 * the request, so Next.js puts the nonce on its own scripts and the root layout reads it from
 * `x-nonce`, and on the response. Protected pages: signed-out visitors go to sign in, and come
 * back where they were.
 */
export async function proxy(req: NextRequest): Promise<NextResponse> {
  if (isProtectedPath(req.nextUrl.pathname) && !(await hasValidSession(req))) {
    const target = new URL("/sign-in", req.nextUrl.origin);
    target.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.redirect(target);
  }
  const nonce = createNonce();
  const csp = contentSecurityPolicy({ production: process.env.NODE_ENV === "production", nonce });
  // Replaces whatever the client sent under these names.
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("content-security-policy", csp);
  return res;
}

export const config = {
  matcher: [
    // Every page, for its nonce — not API routes, build assets, images, the favicon or other files
    // with an extension, nor router prefetches (as the Next.js CSP guide recommends).
    {
      source: "/((?!api(?:/|$)|_next/static|_next/image|favicon\\.ico|.*\\.(?:ico|png|jpe?g|gif|webp|avif|svg|txt|xml|json|webmanifest|map)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // The protected pages always, prefetches included: a signed-out prefetch is redirected too.
    "/portfolios/:path*",
    "/positions/:path*",
    "/recommendations/:path*",
    "/settings/:path*",
  ],
};
