/**
 * What the credentials route needs to rate-limit a sign-in before next-auth sees it. Both
 * functions mirror how @auth/core reads the request (lib/utils/web.js), so the email counted is
 * the email next-auth will try.
 */

/** True for POST …/callback/credentials, however @auth/core would parse the path (it ignores empty segments). */
export function isCredentialsCallback(url: string): boolean {
  const segments = new URL(url).pathname.split("/").filter(Boolean);
  return segments.at(-2) === "callback" && segments.at(-1) === "credentials";
}

/**
 * The email a credentials sign-in request carries, or undefined when there is none or the body
 * can't be read (the caller then counts the attempt against the shared "unknown email" key).
 * Never throws and never consumes `req`'s body (it reads a clone).
 *
 * Like @auth/core: a JSON body when the content type mentions application/json, else a
 * URL-encoded form when it mentions application/x-www-form-urlencoded (its last `email` wins, as
 * in Object.fromEntries). next-auth reads no other body, so no other body can sign anyone in.
 */
export async function signInEmailFrom(req: Request): Promise<string | undefined> {
  if (req.method !== "POST" || !req.body) return undefined;
  const contentType = req.headers.get("content-type")?.toLowerCase() ?? "";
  try {
    if (contentType.includes("application/json")) {
      const body: unknown = await req.clone().json();
      const email = body && typeof body === "object" ? (body as Record<string, unknown>).email : undefined;
      return typeof email === "string" ? email : undefined;
    }
    if (contentType.includes("application/x-www-form-urlencoded")) {
      const email = Object.fromEntries(new URLSearchParams(await req.clone().text())).email;
      return typeof email === "string" ? email : undefined;
    }
  } catch {
    // Malformed JSON, or a body that can't be read: next-auth can't read it either.
  }
  return undefined;
}
