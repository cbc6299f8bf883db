import type { PrismaClient } from "@/server/db/generated/client";
import { AppError, badInput, notFound } from "@/server/api/errors";
import {
  API_TOKEN_SCOPES, LAST_USED_RESOLUTION_MS, hashApiToken, isApiTokenExpired, lastUsedIsStale, newApiToken,
  type ApiTokenGrant, type ApiTokenScope,
} from "@/server/domain/access/api-token";
import { allows, type Role } from "@/server/domain/access/roles";
import { shareExpiryFrom } from "@/server/domain/access/share-token";
import { apiTokenRepository, type ApiTokenRow } from "@/server/repositories/api-token-repository";
import type { TApiToken, TApiTokenCreateInput, TApiTokenCreated } from "@/lib/schemas/api-token";

/** Enough for every script a team runs; a runaway loop creating tokens stops here. */
export const MAX_API_TOKENS_PER_USER = 50;

function toView(row: ApiTokenRow, now: Date): TApiToken {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope as ApiTokenScope,
    prefix: row.prefix,
    // Once its owner has left the portfolio the token finds nothing: its current name is not theirs to see.
    portfolio: row.portfolioId ? { id: row.portfolioId, name: row.portfolioName ?? "A portfolio you no longer belong to" } : null,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    status: isApiTokenExpired(row, now) ? "expired" : "active",
  };
}

/** apiToken.create: the token is returned here once; only its hash is kept. */
export async function createApiToken(db: PrismaClient, userId: string, input: TApiTokenCreateInput, now: Date = new Date()): Promise<TApiTokenCreated> {
  const expiry = shareExpiryFrom(input.expiresAt, now, "A token");
  if ("error" in expiry) throw badInput("expiresAt", expiry.error);
  const portfolioId = input.portfolioId ?? null;
  const { token, tokenHash, prefix } = newApiToken();
  const row = await db.$transaction(async (tx) => {
    // One creation per user at a time, so parallel requests cannot pass the count together.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`api-token:${userId}`}, 0))::text`;
    if (portfolioId) {
      const member = await tx.portfolioMember.findFirst({ where: { portfolioId, userId }, select: { role: true } });
      if (!member) throw new AppError("NOT_FOUND", "Portfolio not found", "portfolioId");
      if (input.scope === "read-write" && !allows(member.role as Role, "write")) {
        throw badInput("scope", "You are a viewer of this portfolio, so a token for it can only read.");
      }
    }
    if ((await apiTokenRepository.countUnexpired(tx, userId, now)) >= MAX_API_TOKENS_PER_USER) {
      throw new AppError("CONFLICT", `You have ${MAX_API_TOKENS_PER_USER} working tokens, the most allowed: revoke one you no longer use first.`);
    }
    return apiTokenRepository.create(tx, { userId, name: input.name, scope: input.scope, portfolioId, tokenHash, prefix, expiresAt: expiry.expiresAt });
  });
  return { ...toView(row, now), token };
}

export async function listApiTokens(db: PrismaClient, userId: string, now: Date = new Date()): Promise<TApiToken[]> {
  return (await apiTokenRepository.listOf(db, userId)).map((r) => toView(r, now));
}

/** apiToken.revoke: the token stops working on its next request (every request looks it up). */
export async function revokeApiToken(db: PrismaClient, userId: string, id: string): Promise<{ id: string }> {
  if (!(await apiTokenRepository.deleteOwn(db, userId, id))) throw notFound("Token");
  return { id };
}

export type ApiTokenCheck = { ok: true; grant: ApiTokenGrant } | { ok: false; reason: "unknown" | "expired" };

/** The grant a presented token carries, looked up by its hash on every request (so revocation is immediate). */
export async function authenticateApiToken(db: PrismaClient, token: string, now: Date = new Date()): Promise<ApiTokenCheck> {
  const row = await apiTokenRepository.byHash(db, hashApiToken(token));
  if (!row || !(API_TOKEN_SCOPES as readonly string[]).includes(row.scope)) return { ok: false, reason: "unknown" };
  if (isApiTokenExpired(row, now)) return { ok: false, reason: "expired" };
  if (lastUsedIsStale(row.lastUsedAt, now)) await apiTokenRepository.touch(db, row.id, now, LAST_USED_RESOLUTION_MS);
  return { ok: true, grant: { tokenId: row.id, userId: row.userId, scope: row.scope as ApiTokenScope, portfolioId: row.portfolioId } };
}
