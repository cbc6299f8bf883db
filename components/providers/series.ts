/**
 * Up to four providers' colours as CSS variables (lighter in the dark theme, ≥ 3:1 on the card),
 * each with its own dash pattern so the series differ without colour too.
 */
export const SERIES_VARS =
  "[--series-1:#1d4ed8] [--series-2:#c2410c] [--series-3:#0f766e] [--series-4:#7c3aed] " +
  "dark:[--series-1:#60a5fa] dark:[--series-2:#fb923c] dark:[--series-3:#2dd4bf] dark:[--series-4:#a78bfa]";

export const SERIES = [
  { color: "var(--series-1)", dash: undefined },
  { color: "var(--series-2)", dash: "6 3" },
  { color: "var(--series-3)", dash: "2 3" },
  { color: "var(--series-4)", dash: "8 3 2 3" },
] as const;

export const seriesOf = (i: number) => SERIES[i % SERIES.length] ?? SERIES[0];
