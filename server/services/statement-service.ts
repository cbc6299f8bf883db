import type { PrismaClient } from "@/server/db/generated/client";
import type { TStatement, TStatementFormat, TStatementOutput } from "@/lib/schemas/statement";
import { buildStatement, type StatementCoverExtra } from "@/server/domain/statement/build-statement";
import { renderCsv } from "@/server/domain/statement/render-csv";
import { renderMarkdown } from "@/server/domain/statement/render-markdown";
import { NotificationRepository } from "@/server/repositories/notification-repository";
import { todayUtc } from "@/server/repositories/mappers";
import { portfolioOverview } from "./overview-service";
import { portfolioSummary } from "./summary-service";

const dayOf = (d: Date | null | undefined): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** The catalogs the figures lean on, with the latest date each can cheaply tell. */
async function dataSources(db: PrismaClient): Promise<{ name: string; date: string | null }[]> {
  const [provider, premium, venue, incident] = await Promise.all([
    db.provider.aggregate({ _max: { updatedAt: true } }),
    db.coverProduct.aggregate({ _max: { premiumAsOf: true } }),
    db.venue.aggregate({ _max: { updatedAt: true } }),
    db.incident.aggregate({ _max: { date: true } }),
  ]);
  return [
    { name: "Provider catalog (last update)", date: dayOf(provider._max.updatedAt) },
    { name: "Cover product premiums (latest as-of)", date: premium._max.premiumAsOf ?? null },
    { name: "Venue catalog (last update)", date: dayOf(venue._max.updatedAt) },
    { name: "Incident catalog (newest incident)", date: dayOf(incident._max.date) },
  ];
}

async function coverExtras(db: PrismaClient, portfolioId: string, ids: string[]): Promise<Map<string, StatementCoverExtra>> {
  const rows = await db.cover.findMany({
    where: { portfolioId, id: { in: ids } },
    select: { id: true, premiumUsd: true, claimWindowDays: true, product: { select: { claimWindowDays: true } } },
  });
  return new Map(rows.map((r) => [r.id, {
    premiumUsd: r.premiumUsd == null ? null : r.premiumUsd.toString(),
    claimWindowDays: r.claimWindowDays ?? r.product?.claimWindowDays ?? null,
  }]));
}

/** The statement model of a portfolio on a day; NOT_FOUND for a non-member (the summary checks membership first). */
export async function buildPortfolioStatement(
  db: PrismaClient, userId: string, input: { portfolioId: string; asOf?: string }, today = todayUtc(),
): Promise<TStatement> {
  const asOf = input.asOf ?? today;
  const summary = await portfolioSummary(db, userId, { portfolioId: input.portfolioId, asOf });
  const [overview, prefs, extras, sources] = await Promise.all([
    portfolioOverview(db, userId, { portfolioId: input.portfolioId, asOf }, today),
    new NotificationRepository(db).preferences(userId),
    coverExtras(db, input.portfolioId, summary.covers.map((c) => c.id)),
    dataSources(db),
  ]);
  return buildStatement({ summary, alerts: overview.alerts, gapThresholdUsd: prefs.gapThresholdUsd, coverExtras: extras, sources, generatedOn: today });
}

const CONTENT_TYPES: Record<TStatementFormat, string> = {
  md: "text/markdown; charset=utf-8", csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8",
};

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "portfolio";
}

/** `portfolio.statement`: the statement rendered as md / csv, or as JSON text with the model beside it. */
export async function portfolioStatement(
  db: PrismaClient, userId: string, input: { portfolioId: string; asOf?: string; format: TStatementFormat }, today = todayUtc(),
): Promise<TStatementOutput> {
  const statement = await buildPortfolioStatement(db, userId, input, today);
  const filename = `coverage-statement-${slug(statement.portfolio.name)}-${statement.asOf}.${input.format}`;
  const base = { format: input.format, filename, contentType: CONTENT_TYPES[input.format] };
  if (input.format === "md") return { ...base, content: renderMarkdown(statement) };
  if (input.format === "csv") return { ...base, content: renderCsv(statement) };
  return { ...base, content: JSON.stringify(statement, null, 2), statement };
}
