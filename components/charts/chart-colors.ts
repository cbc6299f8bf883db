/**
 * Chart colours as CSS variables, so one set of marks works in both themes. Put
 * `CHART_COLOR_VARS` on an ancestor of the charts and their HTML legends; the dark values
 * are lighter so marks keep ≥ 3:1 contrast on the dark card.
 */
export const CHART_COLOR_VARS =
  "[--chart-insured:var(--color-insured)] [--chart-uninsured:var(--color-uninsured)] [--chart-wasted:var(--color-wasted)] " +
  "dark:[--chart-insured:#2dd4bf] dark:[--chart-uninsured:#fb923c] dark:[--chart-wasted:#a78bfa]";

export const CHART_COLORS = {
  insured: "var(--chart-insured)",
  uninsured: "var(--chart-uninsured)",
  wasted: "var(--chart-wasted)",
  grid: "var(--border)",
  text: "var(--muted)",
  card: "var(--card)",
  fg: "var(--fg)",
} as const;

export const TOOLTIP_STYLE = {
  contentStyle: { background: CHART_COLORS.card, border: `1px solid ${CHART_COLORS.grid}`, borderRadius: 6, color: CHART_COLORS.fg },
  labelStyle: { color: CHART_COLORS.fg, fontWeight: 600 },
  itemStyle: { color: CHART_COLORS.fg },
} as const;
