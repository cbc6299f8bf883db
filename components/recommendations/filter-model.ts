import type { TForPortfolioInput } from "@/lib/schemas/recommendation";

export type RiskFilter = "all" | NonNullable<TForPortfolioInput["risk"]>;
export type GradeFilter = "all" | NonNullable<TForPortfolioInput["grade"]>;
export type Filters = { risk: RiskFilter; grade: GradeFilter };

export const NO_FILTERS: Filters = { risk: "all", grade: "all" };

/** The filters as recommendation.forPortfolio takes them ("all" = not sent). */
export function filterInput(f: Filters): Pick<TForPortfolioInput, "risk" | "grade"> {
  return {
    ...(f.risk !== "all" && { risk: f.risk }),
    ...(f.grade !== "all" && { grade: f.grade }),
  };
}

export type PageView = { from: number; to: number; total: number; hasPrevious: boolean; hasNext: boolean };

export function pageView(page: { offset: number; limit: number; total: number }): PageView {
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = Math.min(page.offset + page.limit, page.total);
  return { from, to, total: page.total, hasPrevious: page.offset > 0, hasNext: to < page.total };
}
