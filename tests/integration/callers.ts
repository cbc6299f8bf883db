import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/server/db/generated/client";
import { createCaller } from "@/server/api/root";
import { createContextInner, type Context } from "@/server/api/trpc";
import type { OwnedIds } from "./procedure-samples";

let seq = 0;

export async function makeUser(db: PrismaClient, prefix = "user"): Promise<{ id: string; email: string }> {
  seq += 1;
  const email = `${prefix}-${seq}-${Math.random().toString(36).slice(2, 8)}@int.coverdesk.test`;
  return db.user.create({ data: { email, name: prefix, passwordHash: "not-used" }, select: { id: true, email: true } });
}

/** A tRPC caller acting as the given user (or anonymous), without HTTP. */
export function callerFor(db: PrismaClient, userId: string | null, extra: Pick<Context, "clientIp" | "rateLimits" | "jobSchema"> = {}) {
  return createCaller(createContextInner({
    db,
    getSessionUser: async () => (userId ? { id: userId } : null),
    ...extra,
  }));
}

export type Caller = ReturnType<typeof callerFor>;

/** The tRPC error code of a rejected call, or "OK" when it resolved. */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (e) {
    return (e as { code?: string }).code ?? "UNKNOWN";
  }
}

/** Calls a procedure by its dotted path ("portfolio.get"), as the router enumerates them. */
export function callPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}

/** One portfolio with a position, a cover linked to it and a quote, owned by the caller. */
export async function createOwnedRows(
  owner: Caller, db: PrismaClient,
): Promise<OwnedIds> {
  const portfolio = await owner.portfolio.create({ name: "Owner treasury" });
  const position = await owner.position.create({
    portfolioId: portfolio.id, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin",
    chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "1000",
  });
  const cover = await owner.cover.create({
    portfolioId: portfolio.id, productName: "Cover", coverageType: "protocol_exploit", amountUsd: "500",
    startsAt: "2026-01-01", expiresAt: "2027-01-01", positionIds: [position.id],
  });
  // A quote needs a catalog product: the seeded catalog's, or one made here when the test seeds none.
  const product = await db.coverProduct.findFirst({ select: { id: true } }) ?? await db.coverProduct.create({
    data: { slug: "owned-rows-cover", name: "Owned rows cover", coverageType: "protocol_exploit",
      provider: { connectOrCreate: { where: { slug: "owned-rows-provider" }, create: { slug: "owned-rows-provider", name: "Owned rows provider", facts: {} } } } },
    select: { id: true },
  });
  const quote = await owner.quote.create({ portfolioId: portfolio.id, productId: product.id, ratePct: "2.1", quotedAt: "2026-11-28" });
  // Saved as it is: a loopback target, refused at send time, so no sweep or test ever leaves the machine.
  const { userId } = await db.portfolioMember.findFirstOrThrow({ where: { portfolioId: portfolio.id, role: "owner" }, select: { userId: true } });
  const webhook = await db.webhook.create({ data: { userId, url: "https://127.0.0.1:9/owner-hook", events: ["alert.cover_expiring"], secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" } });
  // A share link and a pending invitation, by their hashes only: no test needs their tokens.
  const shareLink = await db.shareLink.create({ data: { portfolioId: portfolio.id, tokenHash: randomBytes(32).toString("hex"), createdById: userId } });
  const invite = await db.portfolioInvite.create({
    data: { portfolioId: portfolio.id, email: "invitee@int.coverdesk.test", role: "viewer", tokenHash: randomBytes(32).toString("hex"), invitedById: userId, expiresAt: new Date(Date.now() + 7 * 86_400_000) },
  });
  const apiToken = await db.apiToken.create({ data: { userId, name: "Owner script", scope: "read-write", tokenHash: randomBytes(32).toString("hex"), prefix: "cdk_owner0" } });
  return {
    portfolioId: portfolio.id, positionId: position.id, coverId: cover.id, quoteId: quote.id, productId: product.id, webhookId: webhook.id,
    shareLinkId: shareLink.id, inviteId: invite.id, apiTokenId: apiToken.id,
  };
}
