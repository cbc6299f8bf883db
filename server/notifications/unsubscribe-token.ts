import { createHmac, timingSafeEqual } from "node:crypto";

/** Binds a signature to this use: a MAC made for anything else with the same secret never verifies here. */
const PURPOSE = "coverdesk:email-unsubscribe:v1";
const MAX_TOKEN_LENGTH = 512;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function mac(userId: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`${PURPOSE}\n${userId}`).digest();
}

/** The secret unsubscribe links are signed with: the session secret, so nothing new to configure. */
export function unsubscribeSecret(env: Record<string, string | undefined> = process.env): string {
  const secret = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: unsubscribe links cannot be signed");
  return secret;
}

/**
 * `base64url(userId).base64url(hmac)`. It never expires: an unsubscribe link in an old e-mail
 * must keep working (rotating AUTH_SECRET is what retires every link).
 */
export function unsubscribeToken(userId: string, secret: string): string {
  if (!userId) throw new Error("unsubscribeToken needs a user id");
  return `${Buffer.from(userId, "utf8").toString("base64url")}.${mac(userId, secret).toString("base64url")}`;
}

/** The user id a token was signed for, or null when it is forged, garbled or signed with another secret. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [idPart = "", macPart = ""] = parts;
  if (!BASE64URL.test(idPart) || !BASE64URL.test(macPart)) return null;
  const userIdBytes = Buffer.from(idPart, "base64url");
  const given = Buffer.from(macPart, "base64url");
  // Node decodes leniently: only the canonical spelling of each part is accepted.
  if (userIdBytes.toString("base64url") !== idPart || given.toString("base64url") !== macPart) return null;
  const userId = userIdBytes.toString("utf8");
  if (!userId || Buffer.from(userId, "utf8").toString("base64url") !== idPart) return null;
  const expected = mac(userId, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return userId;
}

/** The link in every e-mail's footer and List-Unsubscribe header. */
export function unsubscribeUrl(baseUrl: string, userId: string, secret: string = unsubscribeSecret()): string {
  return `${baseUrl.replace(/\/+$/, "")}/unsubscribe/${unsubscribeToken(userId, secret)}`;
}
