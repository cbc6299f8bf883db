/**
 * What the credentials route needs to rate-limit a sign-in before next-auth sees it. Every
 * function mirrors how @auth/core reads the request (lib/utils/web.js, lib/init.js), so the email
 * counted is the email next-auth will try.
 */
import { createHash } from "node:crypto";

/** True for POST …/callback/credentials, however @auth/core would parse the path (it ignores empty segments). */
export function isCredentialsCallback(url: string): boolean {
  const segments = new URL(url).pathname.split("/").filter(Boolean);
  return segments.at(-2) === "callback" && segments.at(-1) === "credentials";
}

export type SignInFields = { email?: string; csrfToken?: string };

/**
 * The email and CSRF token a credentials sign-in request carries; a field is undefined when it
 * is missing or the body can't be read (the caller then counts the attempt against the shared
 * "unknown email" key). Never throws and never consumes `req`'s body (it reads a clone).
 *
 * Like @auth/core: a JSON body when the content type mentions application/json, else a
 * URL-encoded form when it mentions application/x-www-form-urlencoded (its last field wins, as
 * in Object.fromEntries). next-auth reads no other body, so no other body can sign anyone in.
 */
export async function signInFieldsFrom(req: Request): Promise<SignInFields> {
  if (req.method !== "POST" || !req.body) return {};
  const contentType = req.headers.get("content-type")?.toLowerCase() ?? "";
  let body: unknown;
  try {
    if (contentType.includes("application/json")) body = await req.clone().json();
    else if (contentType.includes("application/x-www-form-urlencoded")) body = Object.fromEntries(new URLSearchParams(await req.clone().text()));
  } catch {
    // Malformed JSON, or a body that can't be read: next-auth can't read it either.
  }
  if (!body || typeof body !== "object") return {};
  const { email, csrfToken } = body as Record<string, unknown>;
  return { email: typeof email === "string" ? email : undefined, csrfToken: typeof csrfToken === "string" ? csrfToken : undefined };
}

/** The email of a credentials sign-in request (see signInFieldsFrom). */
export async function signInEmailFrom(req: Request): Promise<string | undefined> {
  return (await signInFieldsFrom(req)).email;
}

const CSRF_COOKIES = ["authjs.csrf-token", "__Host-authjs.csrf-token"];

/**
 * Whether next-auth's double-submit CSRF check can pass: a csrf cookie `token|sha256(token +
 * secret)` that verifies with `secret` (as @auth/core stringifies its secret list) and a body
 * token equal to the cookie's. When false, next-auth refuses before any password work.
 */
export function csrfCanPass(cookieHeader: string | null, bodyToken: string | undefined, secret: string): boolean {
  if (!bodyToken || !cookieHeader) return false;
  const cookies = new Map(cookieHeader.split(";").map((part) => {
    const at = part.indexOf("=");
    return at < 0 ? [part.trim(), ""] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
  }));
  return CSRF_COOKIES.some((name) => {
    const raw = cookies.get(name);
    if (!raw) return false;
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      return false;
    }
    const [token, hash] = value.split("|");
    return token === bodyToken && hash === createHash("sha256").update(`${token}${secret}`).digest("hex");
  });
}

/** The secret list next-auth builds from the environment (@auth/core lib/utils/env.js), as its template strings see it. */
export function nextAuthSecretString(env: Record<string, string | undefined> = process.env): string {
  const secrets: string[] = [];
  const main = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (main) secrets.push(main);
  for (const i of [1, 2, 3]) {
    const rotated = env[`AUTH_SECRET_${i}`];
    if (rotated) secrets.unshift(rotated);
  }
  return secrets.join(",");
}
