import { Prisma } from "@/server/db/generated/client";

/** Portfolios the user is a member of, any role: where every read of a portfolio's rows is filtered. */
export const memberOf = (userId: string) => ({ members: { some: { userId } } }) satisfies Prisma.PortfolioWhereInput;

/** Portfolios the user may change (owner or editor): the second line behind the router's check, on every write. */
export const editorOf = (userId: string) => ({ members: { some: { userId, role: { in: ["owner", "editor"] } } } }) satisfies Prisma.PortfolioWhereInput;

/** The same as `memberOf` in raw SQL, for a portfolio id column. */
export const isMemberSql = (portfolioIdColumn: Prisma.Sql, userId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "PortfolioMember" m WHERE m."portfolioId" = ${portfolioIdColumn} AND m."userId" = ${userId})`;
