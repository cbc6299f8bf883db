import type { PrismaClient } from "@/server/db/generated/client";
import type { TAlertAck } from "@/lib/schemas/alert";
import type { TOverview } from "@/lib/schemas/overview";
import { notFound } from "@/server/api/errors";
import { completeOverview, overviewBase, type OverviewBase } from "@/server/domain/overview/build-overview";
import { AlertAckRepository } from "@/server/repositories/alert-ack-repository";
import { todayUtc } from "@/server/repositories/mappers";
import { portfolioFingerprint } from "@/server/repositories/portfolio-fingerprint";
import { overviewBaseFor, overviewCacheKey } from "./overview-cache";
import { incidentHits } from "./incident-alerts";
import { getSettings } from "./settings-service";
import { portfolioSummary } from "./summary-service";

/**
 * The sizing-derived part of a portfolio's overview on a day — its figures and its alerts, before
 * acknowledgements — NOT_FOUND for another user's. One light query (the fingerprint) while the
 * portfolio is unchanged; the sizing runs again only after a change, once however many ask. The dashboard and alert.list share it.
 */
export async function sizedOverviewBase(db: PrismaClient, userId: string, portfolioId: string, asOf: string): Promise<OverviewBase> {
  const fingerprint = await portfolioFingerprint(db, userId, portfolioId);
  if (fingerprint === null) throw notFound("Portfolio");
  return overviewBaseFor(overviewCacheKey(userId, portfolioId, asOf), fingerprint, async () => {
    const [summary, settings] = await Promise.all([portfolioSummary(db, userId, { portfolioId, asOf }), getSettings(db, userId)]);
    return overviewBase(summary, await incidentHits(db, summary, settings.incidentLookbackDays));
  });
}

/** What the dashboard shows of a portfolio on a day; NOT_FOUND for another user's. */
export async function portfolioOverview(
  db: PrismaClient, userId: string, input: { portfolioId: string; asOf?: string }, today = todayUtc(),
): Promise<TOverview> {
  // Acknowledgements are read beside the membership check (the fingerprint): a non-member's call fails on it, returning none of them.
  const [base, acks] = await Promise.all([
    sizedOverviewBase(db, userId, input.portfolioId, input.asOf ?? today),
    new AlertAckRepository(db).activeForPortfolio(input.portfolioId, today),
  ]);
  return completedOverview(base, acks, today);
}

/**
 * The last overview completed from each base, with the acknowledgements and day it was completed
 * for: a dashboard reopened with nothing acknowledged since skips grouping a thousand alerts again.
 * Keyed weakly, so an entry goes with its base.
 */
const lastCompleted = new WeakMap<OverviewBase, { signature: string; overview: TOverview }>();

function completedOverview(base: OverviewBase, acks: readonly TAlertAck[], today: string): TOverview {
  const signature = `${today}|${acks.map((a) => `${a.key}>${a.until}`).sort().join(",")}`;
  const last = lastCompleted.get(base);
  if (last?.signature === signature) return last.overview;
  const overview = completeOverview(base, acks, today);
  lastCompleted.set(base, { signature, overview });
  return overview;
}
