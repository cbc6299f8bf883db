import type { TAlertList } from "@/lib/schemas/alert";
import type { TCoverStanding, TStatement } from "@/lib/schemas/statement";
import type { TSummary } from "@/lib/schemas/summary";
import { lastClaimDay } from "@/server/domain/calendar/cover-events";
import { Decimal, formatMoney, ratio, sumMoney, toCents } from "@/server/domain/money";

/** What the summary does not carry about a cover: its premium and claim window (cover's own, else its product's). */
export type StatementCoverExtra = { premiumUsd: string | null; claimWindowDays: number | null };

export type StatementInput = {
  summary: TSummary;
  alerts: TAlertList;
  gapThresholdUsd: string;
  /** Per cover id. */
  coverExtras: ReadonlyMap<string, StatementCoverExtra>;
  sources: { name: string; date: string | null }[];
  generatedOn: string;
};

export const STATEMENT_METHOD =
  "Figures are the portfolio summary's sizing on the as-of date: each position is measured against its primary risk; " +
  "a cover counts from its start day up to (not including) its expiry day; insured amounts are capped at the position's value " +
  "and shared among the covers that pay. Amounts in USD, rounded half-up to the cent.";

const money = (value: string | Decimal) => formatMoney(toCents(value));
const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A held cover on `asOf`: it pays from its start day up to (not including) its expiry day; after that it may still be claimable. */
export function coverStanding(cover: { startsAt: string; expiresAt: string }, lastDayToClaim: string | null, asOf: string): TCoverStanding {
  if (asOf < cover.startsAt) return "not_started";
  if (asOf < cover.expiresAt) return "in_force";
  return lastDayToClaim !== null && asOf <= lastDayToClaim ? "claim_window" : "expired";
}

/** Premium per 365 days as a % of the amount, 2 decimals; null when unknown or not computable. */
export function annualRatePct(premiumUsd: string | null, amountUsd: string, startsAt: string, expiresAt: string): string | null {
  if (premiumUsd == null) return null;
  const amount = new Decimal(amountUsd);
  const days = daysBetween(startsAt, expiresAt);
  if (amount.isZero() || days <= 0) return null;
  return new Decimal(premiumUsd).div(amount).times(100).times(365).div(days).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** The statement model: pure, every figure from the summary unchanged (to the cent) or derived from it. */
export function buildStatement(input: StatementInput): TStatement {
  const { summary } = input;
  const threshold = new Decimal(input.gapThresholdUsd);
  const venues = summary.breakdowns.byVenue.map((row) => {
    const exposure = new Decimal(row.insuredUsd).plus(row.uninsuredUsd);
    return {
      key: row.key, label: row.label, exposureUsd: money(exposure), insuredUsd: money(row.insuredUsd),
      uninsuredUsd: money(row.uninsuredUsd), share: ratio(new Decimal(row.insuredUsd), exposure),
    };
  });
  const covers = summary.covers
    .filter((c) => c.status === "held")
    .map((c) => {
      const extra = input.coverExtras.get(c.id) ?? { premiumUsd: null, claimWindowDays: null };
      const lastDay = lastClaimDay({ expiresAt: c.expiresAt, claimWindowDays: extra.claimWindowDays });
      return {
        id: c.id, provider: c.providerName ?? c.providerSlug ?? "Unknown", product: c.name, coverageType: c.coverageType,
        amountUsd: money(c.amountUsd), standing: coverStanding(c, lastDay, summary.asOf), startsAt: c.startsAt, expiresAt: c.expiresAt,
        lastClaimDay: lastDay,
        premiumUsd: extra.premiumUsd == null ? null : money(extra.premiumUsd),
        annualRatePct: annualRatePct(extra.premiumUsd, c.amountUsd, c.startsAt, c.expiresAt),
      };
    });
  const gaps = summary.positions
    .filter((p) => !new Decimal(p.uninsuredUsd).isZero() && new Decimal(p.uninsuredUsd).gte(threshold))
    .sort((a, b) => new Decimal(b.uninsuredUsd).cmp(a.uninsuredUsd) || a.id.localeCompare(b.id))
    .map((p) => ({
      positionId: p.id, label: p.label, venue: p.venueName ?? p.venue, valueUsd: money(p.valueUsd),
      insuredUsd: money(p.insuredUsd), uninsuredUsd: money(p.uninsuredUsd),
    }));
  const providerInsured = sumMoney(summary.breakdowns.byProvider.map((r) => new Decimal(r.insuredUsd)));
  const concentrated = new Set(summary.portfolioFlags.map((f) => f.key));
  const providers = summary.breakdowns.byProvider
    .map((r) => ({
      key: r.key, label: r.label, insuredUsd: money(r.insuredUsd),
      share: ratio(new Decimal(r.insuredUsd), providerInsured), concentrated: concentrated.has(r.key),
    }))
    .sort((a, b) => b.share - a.share || a.key.localeCompare(b.key));
  const alerts = input.alerts.groups
    .filter((g) => g.count > 0)
    .map((g) => ({ code: g.code, severity: g.severity, title: g.title, count: g.count, totalUsd: g.totalUsd == null ? null : money(g.totalUsd) }));
  return {
    portfolio: summary.portfolio,
    asOf: summary.asOf,
    generatedOn: input.generatedOn,
    method: STATEMENT_METHOD,
    totals: {
      exposureUsd: money(summary.totals.valueUsd), insuredUsd: money(summary.totals.insuredUsd),
      uninsuredUsd: money(summary.totals.uninsuredUsd), wastedUsd: money(summary.totals.wastedUsd), share: summary.totals.ratio,
    },
    venues, covers, gapThresholdUsd: money(threshold), gaps, providers, alerts, sources: input.sources,
  };
}

export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}
