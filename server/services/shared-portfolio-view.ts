import type { PrismaClient } from "@/server/db/generated/client";
import { hashShareToken, isShareTokenShaped } from "@/server/domain/access/share-token";
import { hideAmounts, SHARED_BREAKDOWNS, type SharedAmount, type SharedPortfolioView } from "@/server/domain/share/hide-amounts";
import type { RateLimitStore } from "@/server/rate-limit/types";
import { todayUtc } from "@/server/repositories/mappers";
import { shareLinkRepository } from "@/server/repositories/share-link-repository";
import { SizingRepository } from "@/server/repositories/sizing-repository";
import { chainName } from "@/lib/chains";
import type { TSummary } from "@/lib/schemas/summary";
import { VENUE_KIND_LABELS } from "@/components/positions/kind-labels";
import { toSummary } from "./summary-mapping";
import { venueNameMap } from "./venue-names";

/** A viewer (one IP address) may open shared pages this often: plenty for reading, too few for guessing tokens. */
export const SHARE_VIEW_RULE = { limit: 60, windowSec: 60 } as const;

/** The default target ratio of a user without one (the column's default). */
const DEFAULT_TARGET_RATIO = 0.8;

export type SharedViewResult =
  | { kind: "ok"; view: SharedPortfolioView }
  | { kind: "not_found" }
  | { kind: "rate_limited"; retryAfterSec: number };

/** The per-IP key; a request whose IP is unknown shares one bucket, so it never skips the rule. */
export const shareViewKey = (ip: string | undefined) => `shareView:ip:${ip ?? "unknown"}`;

const usd = (value: string): SharedAmount => ({ kind: "usd", usd: value });

/** The summary as a shared page shows it: names instead of slugs, no ids, no covers. Pure. */
export function toSharedView(summary: TSummary): SharedPortfolioView {
  const kindLabel = (key: string) => VENUE_KIND_LABELS[key as keyof typeof VENUE_KIND_LABELS] ?? key;
  const breakdowns = Object.fromEntries(SHARED_BREAKDOWNS.map((k) => [k, summary.breakdowns[k].map((r) => ({
    key: r.key, label: k === "byVenueKind" ? kindLabel(r.key) : r.label, insured: usd(r.insuredUsd), uninsured: usd(r.uninsuredUsd),
  }))])) as SharedPortfolioView["breakdowns"];
  return {
    portfolioName: summary.portfolio.name,
    asOf: summary.asOf,
    hideAmounts: false,
    targetRatio: summary.targetRatio,
    totals: {
      exposure: usd(summary.totals.valueUsd), insured: usd(summary.totals.insuredUsd), uninsured: usd(summary.totals.uninsuredUsd), ratio: summary.totals.ratio,
    },
    breakdowns,
    positions: summary.positions.map((p) => ({
      label: p.label, asset: p.asset, venue: p.venueName ?? `${p.venue} (unlisted)`, chain: chainName(p.chain),
      value: usd(p.valueUsd), insured: usd(p.insuredUsd), uninsured: usd(p.uninsuredUsd), ratio: p.ratio,
    })),
  };
}

/**
 * The sizing of a portfolio as portfolio.summary computes it (held covers only), for a share link:
 * the same pieces as `portfolioSummary` without its membership filter — the token is the access.
 * The target ratio is the settings' of `ratioOf` (the link's creator: the page shows what they saw),
 * else the default. Null when the portfolio is gone.
 */
export async function sharedSummary(
  db: PrismaClient, portfolioId: string, opts: { asOf?: string; ratioOf?: string | null } = {},
): Promise<TSummary | null> {
  const [portfolio, user] = await Promise.all([
    db.portfolio.findFirst({ where: { id: portfolioId }, select: { id: true, name: true } }),
    opts.ratioOf ? db.user.findFirst({ where: { id: opts.ratioOf }, select: { targetRatio: true } }) : null,
  ]);
  if (!portfolio) return null;
  const repo = new SizingRepository(db);
  const [positionRows, coverRows, venueNames] = await Promise.all([
    repo.positionsOf([portfolio.id]),
    repo.coversOf([portfolio.id], false),
    venueNameMap(db),
  ]);
  return toSummary({
    portfolio: { id: portfolio.id, name: portfolio.name }, asOf: opts.asOf ?? todayUtc(),
    targetRatio: user ? Number(user.targetRatio) : DEFAULT_TARGET_RATIO,
    includeDrafts: false, positionRows, coverRows, venueNames,
  });
}

/**
 * What /s/<token> shows, without signing in. Counts the view against the viewer's IP first (so
 * guessing tokens is as slow as reading); an unknown, revoked or expired token is "not_found",
 * checked on every request, so revoking takes effect at once. With "hide amounts" the view holds
 * no dollar figure at all.
 */
export async function sharedPortfolioView(
  db: PrismaClient, token: string, opts: { store: RateLimitStore; ip?: string; now?: Date },
): Promise<SharedViewResult> {
  const verdict = await opts.store.hit(shareViewKey(opts.ip), SHARE_VIEW_RULE.limit, SHARE_VIEW_RULE.windowSec);
  if (!verdict.allowed) return { kind: "rate_limited", retryAfterSec: verdict.retryAfterSec };
  if (!isShareTokenShaped(token)) return { kind: "not_found" };
  const now = opts.now ?? new Date();
  const link = await shareLinkRepository.activeByTokenHash(db, hashShareToken(token), now);
  if (!link) return { kind: "not_found" };
  const summary = await sharedSummary(db, link.portfolioId, { asOf: todayUtc(now), ratioOf: link.createdById });
  if (!summary) return { kind: "not_found" };
  const view = toSharedView(summary);
  return { kind: "ok", view: link.hideAmounts ? hideAmounts(view) : view };
}
