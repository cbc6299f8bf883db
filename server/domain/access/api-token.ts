import { createHash, randomBytes } from "node:crypto";

/**
 * DESIGN §14: API tokens. `cdk_` + 32 random bytes in base64url (47 characters in all), shown
 * once; only their SHA-256 (hex) is stored. A fast hash is enough: a 256-bit random secret
 * cannot be guessed from its hash, unlike a password.
 */
export const API_TOKEN_PREFIX = "cdk_";
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^cdk_[A-Za-z0-9_-]{43}$/;
/** Characters of the token kept in clear to tell tokens apart in a list ("cdk_AbCdEf"). */
const SHOWN_CHARS = API_TOKEN_PREFIX.length + 6;

export const API_TOKEN_SCOPES = ["read", "read-write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** What a request made with a token may do: its owner's rights, narrowed by scope and portfolio. */
export type ApiTokenGrant = { tokenId: string; userId: string; scope: ApiTokenScope; portfolioId: string | null };

export function newApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(TOKEN_BYTES).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN_CHARS) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type BearerReading =
  | { kind: "token"; token: string }
  | { kind: "missing" }
  | { kind: "malformed"; reason: string };

/** Reads `Authorization: Bearer cdk_…`; anything else is named so the client learns what is wrong. */
export function readBearer(header: string | null): BearerReading {
  if (header === null || header.trim() === "") return { kind: "missing" };
  const match = /^Bearer +(\S+)\s*$/i.exec(header.trim());
  if (!match) return { kind: "malformed", reason: "The Authorization header must be \"Bearer cdk_…\"." };
  const token = match[1] ?? "";
  if (!TOKEN_SHAPE.test(token)) return { kind: "malformed", reason: "That is not a CoverDesk API token: tokens look like cdk_ followed by 43 characters." };
  return { kind: "token", token };
}

export type ApiTokenState = { expiresAt: Date | null };

export function isApiTokenExpired(token: ApiTokenState, now: Date): boolean {
  return token.expiresAt !== null && token.expiresAt.getTime() <= now.getTime();
}

/** "Last used" is written at most once a minute per token: a script polling every second costs no write each time. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function lastUsedIsStale(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}
