import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): the signed content is
 * `${id}.${timestamp}.${body}`, the key is the base64 after "whsec_", the signature
 * "v1,<base64 HMAC-SHA256>". Receivers verify with `verify` below (or any Standard Webhooks library).
 */
const PREFIX = "whsec_";
const KEY_MIN_BYTES = 24;
const KEY_MAX_BYTES = 64;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** A new secret: "whsec_" + base64 of 32 random bytes. */
export function generateSecret(): string {
  return PREFIX + randomBytes(32).toString("base64");
}

export type SecretCheck = { ok: true; key: Buffer } | { ok: false; reason: string };

/** Checks a secret's shape ("whsec_" + base64 of 24–64 bytes) and returns its key bytes. */
export function parseSecret(secret: string): SecretCheck {
  if (!secret.startsWith(PREFIX)) return { ok: false, reason: `Must start with ${PREFIX}` };
  const encoded = secret.slice(PREFIX.length);
  if (!BASE64.test(encoded) || encoded.length % 4 !== 0) return { ok: false, reason: `Must be ${PREFIX} followed by base64` };
  const key = Buffer.from(encoded, "base64");
  if (key.length < KEY_MIN_BYTES || key.length > KEY_MAX_BYTES) {
    return { ok: false, reason: `The key must be ${KEY_MIN_BYTES} to ${KEY_MAX_BYTES} bytes (it is ${key.length})` };
  }
  return { ok: true, key };
}

function keyOf(secret: string): Buffer {
  const parsed = parseSecret(secret);
  if (!parsed.ok) throw new Error(`Invalid webhook secret: ${parsed.reason}`);
  return parsed.key;
}

export type SignInput = { id: string; timestamp: number; body: string; secret: string };

/** "v1,<base64 HMAC-SHA256(key, `${id}.${timestamp}.${body}`)>". */
export function sign({ id, timestamp, body, secret }: SignInput): string {
  const mac = createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
  return `v1,${mac}`;
}

export type WebhookHeaders = Record<string, string | string[] | undefined>;
export type VerifyResult = { ok: true } | { ok: false; reason: string };

function header(headers: WebhookHeaders, name: string): string | undefined {
  const found = Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
  return Array.isArray(found) ? found[0] : found;
}

/**
 * What a receiver does: checks the webhook-id, webhook-timestamp and webhook-signature headers
 * against the raw body. The timestamp must be within `toleranceSeconds` of `now` (replays);
 * the header may carry several space-separated signatures (key rotation): one match is enough.
 */
export function verify(
  headers: WebhookHeaders,
  body: string,
  secret: string,
  { toleranceSeconds = 300, now = new Date() }: { toleranceSeconds?: number; now?: Date } = {},
): VerifyResult {
  const id = header(headers, "webhook-id");
  const timestampText = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!parseSecret(secret).ok) return { ok: false, reason: "the secret is not a valid whsec_ secret" };
  if (!id || !timestampText || !signatures) return { ok: false, reason: "missing webhook-id, webhook-timestamp or webhook-signature" };
  if (!/^\d{1,12}$/.test(timestampText)) return { ok: false, reason: "malformed webhook-timestamp" };
  const timestamp = Number(timestampText);
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return { ok: false, reason: "timestamp outside the tolerance" };
  const expected = Buffer.from(sign({ id, timestamp, body, secret }));
  const match = signatures.split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return match ? { ok: true } : { ok: false, reason: "no matching signature" };
}
