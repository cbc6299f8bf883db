import type { TForPortfolioInput } from "@/lib/schemas/recommendation";

export type RiskFilter = "all" | NonNullable<TForPortfolioInput["risk"]>;
export type GradeFilter = "all" | NonNullable<TForPortfolioInput["grade"]>;
/** `periodDays`: the cover period the costs are worked out for (a year unless chosen). */
export type Filters = { risk: RiskFilter; grade: GradeFilter; periodDays: number };

export const YEAR = 365;
export const PERIOD_CHOICES = [30, 90, 180, YEAR, 730] as const;
export const NO_FILTERS: Filters = { risk: "all", grade: "all", periodDays: YEAR };

/** The filters as recommendation.forPortfolio takes them ("all" and a year = not sent). */
export function filterInput(f: Filters): Pick<TForPortfolioInput, "risk" | "grade" | "periodDays"> {
  return {
    ...(f.risk !== "all" && { risk: f.risk }),
    ...(f.grade !== "all" && { grade: f.grade }),
    ...(f.periodDays !== YEAR && { periodDays: f.periodDays }),
  };
}

export type PageView = { from: number; to: number; total: number; hasPrevious: boolean; hasNext: boolean };

export function pageView(page: { offset: number; limit: number; total: number }): PageView {
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = Math.min(page.offset + page.limit, page.total);
  return { from, to, total: page.total, hasPrevious: page.offset > 0, hasNext: to < page.total };
}
