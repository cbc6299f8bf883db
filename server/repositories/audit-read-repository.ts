import type { PrismaClient } from "@/server/db/generated/client";
import { memberOf } from "./membership";

/** The key of an entry in the log's order: newest first, by time then id. */
export type AuditKey = { at: Date; id: string };

export type AuditRow = {
  id: string;
  at: Date;
  action: string;
  entity: string;
  entityId: string;
  changes: unknown;
  user: { id: string; name: string; email: string } | null;
};

const rowSelect = {
  id: true, at: true, action: true, entity: true, entityId: true, changes: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

/**
 * Reads of a portfolio's audit log (DESIGN §13). Every query is filtered by the reader's
 * membership: someone who is not a member reads nothing.
 */
export class AuditReadRepository {
  constructor(private readonly db: PrismaClient) {}

  /** Up to `take` entries after `after` (exclusive), newest first; on the (portfolioId, [entity,] at) indexes. */
  page(userId: string, portfolioId: string, opts: { entity?: string; after?: AuditKey; take: number }): Promise<AuditRow[]> {
    const { after } = opts;
    return this.db.auditEntry.findMany({
      where: {
        portfolioId,
        portfolio: memberOf(userId),
        ...(opts.entity ? { entity: opts.entity } : {}),
        ...(after ? { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] } : {}),
      },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: opts.take,
      select: rowSelect,
    });
  }

  count(userId: string, portfolioId: string, entity?: string): Promise<number> {
    return this.db.auditEntry.count({ where: { portfolioId, portfolio: memberOf(userId), ...(entity ? { entity } : {}) } });
  }

  async portfolioName(userId: string, portfolioId: string): Promise<string | null> {
    const row = await this.db.portfolio.findFirst({ where: { id: portfolioId, ...memberOf(userId) }, select: { name: true } });
    return row?.name ?? null;
  }

  /**
   * The newest recorded value of `field` for each of the rows, from the log itself: it names rows
   * deleted since (a deleted position's label is in its "delete" entry). Values are [before, after].
   */
  async latestRecorded(portfolioId: string, entity: string, field: string, entityIds: readonly string[]): Promise<Map<string, unknown>> {
    if (entityIds.length === 0) return new Map();
    const rows = await this.db.$queryRaw<{ entityId: string; pair: unknown }[]>`
      SELECT DISTINCT ON ("entityId") "entityId", changes -> ${field} AS pair
      FROM "AuditEntry"
      WHERE "portfolioId" = ${portfolioId} AND entity = ${entity} AND "entityId" = ANY(${[...entityIds]}::text[])
        AND (changes -> ${field}) IS NOT NULL
      ORDER BY "entityId", at DESC, id DESC`;
    return new Map(rows.map((r) => [r.entityId, r.pair]));
  }

  /** Current labels of the portfolio's positions among `ids`. */
  async positionLabels(portfolioId: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.position.findMany({ where: { portfolioId, id: { in: [...ids] } }, select: { id: true, label: true } });
    return new Map(rows.map((r) => [r.id, r.label]));
  }

  /** Catalog product names by id. */
  async productNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.coverProduct.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** E-mail addresses of accounts that are, or were, members of the portfolio (entries name them). */
  async userEmails(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, email: true } });
    return new Map(rows.map((r) => [r.id, r.email]));
  }
}
