import type { NextRequest } from "next/server";
import { handlers } from "./config";
import { SESSION_COOKIE_NAME } from "./session-cookie";
import { withSessionCheck } from "./session-state";

function cookieName(setCookie: string): string {
  return setCookie.slice(0, setCookie.indexOf("=")).trim();
}

/** A Set-Cookie that deletes its cookie (what next-auth sends for a stale or broken session). */
function isDeletion(setCookie: string): boolean {
  const attributes = setCookie.split(";").slice(1).map((a) => a.trim().toLowerCase());
  if (attributes.some((a) => a === "max-age=0" || /^max-age=-/.test(a))) return true;
  const expires = attributes.find((a) => a.startsWith("expires="));
  return expires !== undefined && Date.parse(expires.slice("expires=".length)) <= Date.now();
}

/**
 * The response without next-auth's renewed session cookie: a session read re-sends the cookie
 * with a later expiry, and a session must never be renewed by a request. A cookie that deletes
 * the session (stale, revoked, broken) is kept, so the browser forgets it.
 */
export function withoutRenewedSessionCookie(response: Response): Response {
  const setCookies = response.headers.getSetCookie();
  const kept = setCookies.filter((c) => !SESSION_COOKIE_NAME.test(cookieName(c)) || isDeletion(c));
  if (kept.length === setCookies.length) return response;
  const headers = new Headers();
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== "set-cookie") headers.append(name, value);
  });
  for (const c of kept) headers.append("set-cookie", c);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function isSessionRead(req: Request): boolean {
  return new URL(req.url).pathname.replace(/\/+$/, "").endsWith("/session");
}

/**
 * GET /api/auth/*: next-auth's handler, except that reading the session never renews its cookie,
 * and a session check that failed (database down) answers 503 instead of signing the user out.
 */
export async function GET(req: NextRequest): Promise<Response> {
  if (!isSessionRead(req)) return handlers.GET(req);
  const { result, checkError } = await withSessionCheck(() => handlers.GET(req));
  if (checkError) {
    return Response.json(
      { error: "The session could not be checked right now. Please retry in a few seconds." },
      { status: 503, headers: { "Retry-After": "2", "Cache-Control": "no-store" } },
    );
  }
  return withoutRenewedSessionCookie(result);
}
