import type { PrismaClient } from "@/server/db/generated/client";
import type { TOverview } from "@/lib/schemas/overview";
import { notFound } from "@/server/api/errors";
import { completeOverview, overviewBase } from "@/server/domain/overview/build-overview";
import { AlertAckRepository } from "@/server/repositories/alert-ack-repository";
import { todayUtc } from "@/server/repositories/mappers";
import { portfolioFingerprint } from "@/server/repositories/portfolio-fingerprint";
import { cachedOverviewBase, overviewCacheKey, rememberOverviewBase } from "./overview-cache";
import { portfolioSummary } from "./summary-service";

/**
 * What the dashboard shows of a portfolio on a day; NOT_FOUND for another user's. Two light queries
 * (fingerprint, acknowledgements) while the portfolio is unchanged; the sizing runs again only after a change.
 */
export async function portfolioOverview(
  db: PrismaClient, userId: string, input: { portfolioId: string; asOf?: string }, today = todayUtc(),
): Promise<TOverview> {
  const asOf = input.asOf ?? today;
  // Acknowledgements are the caller's own rows: reading them beside the ownership check leaks nothing.
  const [fingerprint, acks] = await Promise.all([
    portfolioFingerprint(db, userId, input.portfolioId),
    new AlertAckRepository(db).activeForPortfolio(userId, input.portfolioId, today),
  ]);
  if (fingerprint === null) throw notFound("Portfolio");
  const key = overviewCacheKey(userId, input.portfolioId, asOf);
  let base = cachedOverviewBase(key, fingerprint);
  if (!base) {
    base = overviewBase(await portfolioSummary(db, userId, { portfolioId: input.portfolioId, asOf }));
    rememberOverviewBase(key, fingerprint, base);
  }
  return completeOverview(base, acks, today);
}
