import type { CategoryKey } from "./types";

/** Display order of the methodology. */
export const CATEGORY_KEYS: readonly CategoryKey[] = ["liquidity", "security", "coverage", "costs", "ux", "support"];

export const CATEGORY_LABELS: Readonly<Record<CategoryKey, string>> = {
  liquidity: "Liquidity",
  security: "Security",
  coverage: "Coverage",
  costs: "Costs",
  ux: "UX",
  support: "Support",
};
