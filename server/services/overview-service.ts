import type { PrismaClient } from "@/server/db/generated/client";
import type { TOverview } from "@/lib/schemas/overview";
import { buildOverview } from "@/server/domain/overview/build-overview";
import { AlertAckRepository } from "@/server/repositories/alert-ack-repository";
import { todayUtc } from "@/server/repositories/mappers";
import { portfolioSummary } from "./summary-service";

/** What the dashboard shows of a portfolio on a day; NOT_FOUND for another user's. */
export async function portfolioOverview(
  db: PrismaClient, userId: string, input: { portfolioId: string; asOf?: string }, today = todayUtc(),
): Promise<TOverview> {
  // Acknowledgements are the caller's own rows: reading them before the ownership check leaks nothing.
  const [summary, acks] = await Promise.all([
    portfolioSummary(db, userId, { portfolioId: input.portfolioId, asOf: input.asOf ?? today }),
    new AlertAckRepository(db).activeForPortfolio(userId, input.portfolioId, today),
  ]);
  return buildOverview(summary, acks, today);
}
