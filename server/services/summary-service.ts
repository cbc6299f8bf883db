import type { PrismaClient } from "@/server/db/generated/client";
import { notFound } from "@/server/api/errors";
import { todayUtc } from "@/server/repositories/mappers";
import { SizingRepository } from "@/server/repositories/sizing-repository";
import type { TSummary } from "@/lib/schemas/summary";
import { venueNameMap } from "./venue-names";
import { toSummary } from "./summary-mapping";

type MemberPortfolio = { id: string; name: string; targetRatio: string };

async function memberPortfolio(db: PrismaClient, userId: string, id: string): Promise<MemberPortfolio> {
  const rows = await db.$queryRaw<MemberPortfolio[]>`
    SELECT p.id, p.name, u."targetRatio"::text AS "targetRatio"
    FROM "Portfolio" p
    JOIN "PortfolioMember" m ON m."portfolioId" = p.id AND m."userId" = ${userId}
    JOIN "User" u ON u.id = m."userId"
    WHERE p.id = ${id}`;
  const row = rows[0];
  if (!row) throw notFound("Portfolio");
  return row;
}

/** The sizing result of a portfolio, with labels and names attached. Three SQL queries. */
export async function portfolioSummary(
  db: PrismaClient, userId: string, input: { portfolioId: string; asOf?: string; includeDrafts?: boolean },
): Promise<TSummary> {
  const portfolio = await memberPortfolio(db, userId, input.portfolioId);
  const repo = new SizingRepository(db);
  const [positionRows, coverRows, venueNames] = await Promise.all([
    repo.positions(portfolio.id),
    repo.covers(portfolio.id, input.includeDrafts ?? false),
    venueNameMap(db),
  ]);
  return toSummary({
    portfolio: { id: portfolio.id, name: portfolio.name }, asOf: input.asOf ?? todayUtc(), targetRatio: Number(portfolio.targetRatio),
    includeDrafts: input.includeDrafts ?? false, positionRows, coverRows, venueNames,
  });
}
