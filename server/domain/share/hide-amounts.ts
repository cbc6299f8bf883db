/**
 * DESIGN §13: what a share link shows — the portfolio's dashboard and positions, read-only —
 * and, for a link made with "hide amounts", the same with every money figure replaced by its
 * share of the total exposure. Pure: no I/O.
 */

/** A money figure: dollars (a decimal string, two decimals), or a share of the total exposure (0…1+). */
export type SharedAmount = { kind: "usd"; usd: string } | { kind: "share"; share: number };

export type SharedBreakdownRow = { key: string; label: string; insured: SharedAmount; uninsured: SharedAmount };

export const SHARED_BREAKDOWNS = ["byRisk", "byProvider", "byChain", "byVenue", "byVenueKind"] as const;
export type SharedBreakdownKey = (typeof SHARED_BREAKDOWNS)[number];

export type SharedPosition = {
  label: string; asset: string; venue: string; chain: string;
  value: SharedAmount; insured: SharedAmount; uninsured: SharedAmount;
  /** Insured ÷ value: a ratio, not money, shown either way. */
  ratio: number;
};

export type SharedPortfolioView = {
  portfolioName: string;
  asOf: string;
  hideAmounts: boolean;
  targetRatio: number;
  totals: { exposure: SharedAmount; insured: SharedAmount; uninsured: SharedAmount; ratio: number };
  breakdowns: Record<SharedBreakdownKey, SharedBreakdownRow[]>;
  positions: SharedPosition[];
};

/** Shares are kept to 1/1,000,000: more precise than any display, not a way back to the cents. */
const SHARE_PRECISION = 1_000_000;

/** `usd` as a share of `total` (0 when the total is 0). */
export function shareOf(usd: string, total: number): number {
  const value = Number(usd);
  if (!(total > 0) || !Number.isFinite(value)) return 0;
  return Math.round((value / total) * SHARE_PRECISION) / SHARE_PRECISION;
}

function toShare(amount: SharedAmount, total: number): SharedAmount {
  return amount.kind === "share" ? amount : { kind: "share", share: shareOf(amount.usd, total) };
}

/**
 * The view with every money figure as a share of the total exposure (the total itself: 100 %).
 * Builds new objects field by field, so nothing of the input (no dollar string) is carried over.
 */
export function hideAmounts(view: SharedPortfolioView): SharedPortfolioView {
  const total = view.totals.exposure.kind === "usd" ? Number(view.totals.exposure.usd) : 0;
  const share = (a: SharedAmount) => toShare(a, total);
  const row = (r: SharedBreakdownRow): SharedBreakdownRow => ({ key: r.key, label: r.label, insured: share(r.insured), uninsured: share(r.uninsured) });
  const breakdowns = Object.fromEntries(SHARED_BREAKDOWNS.map((k) => [k, view.breakdowns[k].map(row)])) as SharedPortfolioView["breakdowns"];
  return {
    portfolioName: view.portfolioName,
    asOf: view.asOf,
    hideAmounts: true,
    targetRatio: view.targetRatio,
    totals: { exposure: share(view.totals.exposure), insured: share(view.totals.insured), uninsured: share(view.totals.uninsured), ratio: view.totals.ratio },
    breakdowns,
    positions: view.positions.map((p) => ({
      label: p.label, asset: p.asset, venue: p.venue, chain: p.chain,
      value: share(p.value), insured: share(p.insured), uninsured: share(p.uninsured), ratio: p.ratio,
    })),
  };
}

/** Every money figure of a view, for checks that none is left ("kind": "usd"). */
export function amountsOf(view: SharedPortfolioView): SharedAmount[] {
  return [
    view.totals.exposure, view.totals.insured, view.totals.uninsured,
    ...SHARED_BREAKDOWNS.flatMap((k) => view.breakdowns[k].flatMap((r) => [r.insured, r.uninsured])),
    ...view.positions.flatMap((p) => [p.value, p.insured, p.uninsured]),
  ];
}
