import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { TAlertAck, TAlertTarget } from "@/lib/schemas/alert";
import { day, dayToDate } from "./mappers";
import { editorOf } from "./membership";

export class AlertAckRepository {
  constructor(private readonly db: PrismaClient | Prisma.TransactionClient) {}

  /** Whether the user may acknowledge the alert: an owner or editor of its portfolio (holding its position, if any). One query. */
  async targetIsEditable(userId: string, target: TAlertTarget): Promise<boolean> {
    if ("positionId" in target) {
      const n = await this.db.position.count({ where: { id: target.positionId, portfolioId: target.portfolioId, portfolio: editorOf(userId) } });
      return n > 0;
    }
    return (await this.db.portfolio.count({ where: { id: target.portfolioId, ...editorOf(userId) } })) > 0;
  }

  /** The acknowledgement of an alert now, if any (what an audit entry records as "before"). */
  async current(portfolioId: string, alertKey: string): Promise<string | null> {
    const row = await this.db.alertAck.findFirst({ where: { portfolioId, alertKey }, select: { until: true } });
    return row ? day(row.until) : null;
  }

  async upsert(userId: string, target: TAlertTarget, alertKey: string, until: string): Promise<TAlertAck> {
    const row = await this.db.alertAck.upsert({
      where: { portfolioId_alertKey: { portfolioId: target.portfolioId, alertKey } },
      create: {
        userId, alertKey, until: dayToDate(until), portfolioId: target.portfolioId,
        positionId: "positionId" in target ? target.positionId : null,
      },
      update: { until: dayToDate(until), userId },
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
      ON CONFLICT ("portfolioId", "alertKey") DO UPDATE SET until = EXCLUDED.until, "userId" = EXCLUDED."userId"`;
  }

  async remove(portfolioId: string, alertKey: string): Promise<void> {
    await this.db.alertAck.deleteMany({ where: { portfolioId, alertKey } });
  }

  /** The acknowledgements of a portfolio's alerts (by any of its members) that still hide them on `today`. */
  async activeForPortfolio(portfolioId: string, today: string): Promise<TAlertAck[]> {
    const rows = await this.db.alertAck.findMany({
      where: { portfolioId, until: { gte: dayToDate(today) } },
      orderBy: { alertKey: "asc" },
    });
    return rows.map((r) => ({ key: r.alertKey, until: day(r.until) }));
  }
}
