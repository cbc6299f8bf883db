import type { PrismaClient } from "@/server/db/generated/client";
import { buildAlerts, type Alert } from "@/server/domain/alerts";
import { AlertAckRepository } from "@/server/repositories/alert-ack-repository";
import { incidentHits } from "./incident-alerts";
import { portfolioSummary } from "./summary-service";

export type PortfolioAlert = { alert: Alert; portfolio: { id: string; name: string } };

/**
 * Every alert of every portfolio of the user on a day, acknowledgements marked: the same pure
 * module the dashboard uses (DESIGN §12), so an e-mail never says what the dashboard does not.
 */
export async function userAlerts(db: PrismaClient, userId: string, day: string, incidentLookbackDays: number): Promise<PortfolioAlert[]> {
  const portfolios = await db.portfolio.findMany({ where: { userId }, select: { id: true, name: true }, orderBy: { createdAt: "asc" } });
  const acks = new AlertAckRepository(db);
  const perPortfolio = await Promise.all(portfolios.map(async (portfolio) => {
    const summary = await portfolioSummary(db, userId, { portfolioId: portfolio.id, asOf: day });
    const [hits, acknowledged] = await Promise.all([
      incidentHits(db, summary, incidentLookbackDays),
      acks.activeForPortfolio(userId, portfolio.id, day),
    ]);
    return buildAlerts(summary, acknowledged, hits).map((alert) => ({ alert, portfolio }));
  }));
  return perPortfolio.flat();
}
