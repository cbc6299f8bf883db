import { Decimal, sumMoney, ZERO } from "../../../money";
import { usdCents } from "../../format";
import type { LpModel } from "../variables";
import type { TailDriver } from "./drivers";
import type { PlanAmounts } from "./evaluate-plan";

export const MAX_LINES = 5;

/** Differences below a dollar are rounding, not a choice. */
const SAME = new Decimal(1);

type Line = { size: Decimal; order: number; text: string };

/**
 * Why tail mode's plan differs from expected mode's, driver by driver, in a treasurer's words:
 * the largest differences first, at most `MAX_LINES` lines.
 */
export function explainTail(
  model: LpModel, drivers: readonly TailDriver[], expected: PlanAmounts, tail: PlanAmounts,
): string[] {
  const lines = drivers.flatMap((d, order): Line[] => {
    const e = planOn(model, d, expected);
    const t = planOn(model, d, tail);
    const diff = t.total.minus(e.total);
    const size = diff.abs();
    const text = t.positions >= 2 && t.positions > e.positions
      ? spreads(model, d, t.positions, t.total, e.total)
      : diff.gte(SAME) ? more(d, diff)
        : diff.lte(SAME.negated()) ? less(d, size)
          : null;
    return text === null ? [] : [{ size, order, text }];
  });
  if (lines.length === 0) return ["Tail mode buys the same cover as expected mode."];
  return lines
    .sort((a, b) => b.size.comparedTo(a.size) || a.order - b.order)
    .slice(0, MAX_LINES)
    .map((l) => l.text);
}

/** A plan's cover on one driver: the total, and on how many distinct positions. */
function planOn(model: LpModel, d: TailDriver, amounts: PlanAmounts): { total: Decimal; positions: number } {
  const positions = new Set<string>();
  const bought = d.gaps.flatMap((g) => model.gaps[g]!.vars.map((i) => {
    const amount = amounts[i] ?? ZERO;
    if (amount.gt(0)) positions.add(model.gaps[g]!.gap.positionId);
    return amount;
  }));
  return { total: sumMoney(bought), positions: positions.size };
}

function spreads(model: LpModel, d: TailDriver, covered: number, tail: Decimal, expected: Decimal): string {
  const all = new Set(d.gaps.map((g) => model.gaps[g]!.gap.positionId)).size;
  const n = covered === all ? `the ${all}` : `${covered} of the ${all}`;
  const what = d.kind === "asset" ? `positions holding ${d.label} because a depeg hits them together`
    : d.kind === "custody" ? `balances at ${d.label} because they fail together`
      : `${d.label} positions because they fail together`;
  return `Spreads cover across ${n} ${what}: ${usdCents(tail)} in all (expected mode: ${usdCents(expected)}).`;
}

function more(d: TailDriver, diff: Decimal): string {
  const head = `Puts ${usdCents(diff)} more on ${subject(d)}`;
  return d.worstYearsShare >= 0.5
    ? `${head}: its loss would land in the worst years (hit in ${pct(d)} of the worst 5 %).`
    : `${head}: hit in ${pct(d)} of the worst 5 % of years.`;
}

function less(d: TailDriver, diff: Decimal): string {
  const head = `Buys ${usdCents(diff)} less on ${subject(d)}`;
  if (d.worstYearsShare === 0) return `${head}: never in the worst 5 % of years.`;
  if (d.worstYearsShare < 0.15) return `${head}: rarely in the worst 5 % of years (${pct(d)}).`;
  if (d.worstYearsShare < 0.5) return `${head}: in only ${pct(d)} of the worst 5 % of years.`;
  return `${head}: hit in ${pct(d)} of the worst 5 % of years, but cover elsewhere does more for them.`;
}

function subject(d: TailDriver): string {
  return d.kind === "asset" ? `a ${d.label} depeg` : d.label;
}

function pct(d: TailDriver): string {
  const p = Math.round(d.worstYearsShare * 100);
  return p === 0 ? "under 1 %" : `${p} %`;
}
