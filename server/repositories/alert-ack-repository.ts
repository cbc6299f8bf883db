import type { PrismaClient } from "@/server/db/generated/client";
import type { TAlertAck, TAlertTarget } from "@/lib/schemas/alert";
import { day, dayToDate } from "./mappers";

export class AlertAckRepository {
  constructor(private readonly db: PrismaClient) {}

  /** Whether the alert's portfolio (and position, if any) belong to the user. One query. */
  async targetIsOwned(userId: string, target: TAlertTarget): Promise<boolean> {
    if ("positionId" in target) {
      const n = await this.db.position.count({ where: { id: target.positionId, portfolioId: target.portfolioId, portfolio: { userId } } });
      return n > 0;
    }
    return (await this.db.portfolio.count({ where: { id: target.portfolioId, userId } })) > 0;
  }

  async upsert(userId: string, target: TAlertTarget, alertKey: string, until: string): Promise<TAlertAck> {
    const row = await this.db.alertAck.upsert({
      where: { userId_alertKey: { userId, alertKey } },
      create: {
        userId, alertKey, until: dayToDate(until), portfolioId: target.portfolioId,
        positionId: "positionId" in target ? target.positionId : null,
      },
      update: { until: dayToDate(until) },
    });
    return { key: row.alertKey, until: day(row.until) };
  }

  /** Acknowledges many alerts in one statement: all of them or none, and two at once cannot collide on a key. */
  async upsertMany(userId: string, items: readonly { key: string; target: TAlertTarget }[], until: string): Promise<void> {
    if (items.length === 0) return;
    const portfolioIds = items.map((i) => i.target.portfolioId);
    const positionIds = items.map((i) => ("positionId" in i.target ? i.target.positionId : null));
    const keys = items.map((i) => i.key);
    await this.db.$executeRaw`
      INSERT INTO "AlertAck" (id, "userId", "portfolioId", "positionId", "alertKey", until)
      SELECT gen_random_uuid()::text, ${userId}, r.portfolio_id, r.position_id, r.alert_key, ${until}::date
      FROM unnest(${portfolioIds}::text[], ${positionIds}::text[], ${keys}::text[]) AS r(portfolio_id, position_id, alert_key)
      ON CONFLICT ("userId", "alertKey") DO UPDATE SET until = EXCLUDED.until`;
  }

  async remove(userId: string, alertKey: string): Promise<void> {
    await this.db.alertAck.deleteMany({ where: { userId, alertKey } });
  }

  /** The user's acknowledgements of a portfolio's alerts that still hide them on `today`. */
  async activeForPortfolio(userId: string, portfolioId: string, today: string): Promise<TAlertAck[]> {
    const rows = await this.db.alertAck.findMany({
      where: { userId, portfolioId, until: { gte: dayToDate(today) } },
      orderBy: { alertKey: "asc" },
    });
    return rows.map((r) => ({ key: r.alertKey, until: day(r.until) }));
  }
}
