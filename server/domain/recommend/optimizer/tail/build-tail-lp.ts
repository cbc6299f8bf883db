import { Decimal } from "../../../money";
import type { LpModel } from "../variables";
import type { ScenarioSet } from "./scenarios";
import { BETA } from "./tail-measure";

/**
 * The tail-mode LP of DESIGN §10 (Rockafellar–Uryasev) in CPLEX LP text, for `highs.solve`:
 *
 *   minimise   α + Σ_r n_r·u_r / ((1 − β)·N) + Σ rate·x            CVaR₉₅ of loss, plus premiums
 *   subject to Σ rate·x                      ≤ B                    row "budget", when some rate > 0
 *              Σₖ x(g,k)                     ≤ limit_g              row "g<i>", one per gap
 *              Σ_g x(g,k)                    ≤ capacityₖ            row "c<k>", known capacities
 *              y_g − Σₖ (1 − dₖ)·x(g,k)      = 0                    row "d<i>", cover paid on gap i
 *              u_r + α + Σ_{g hit} y_g       ≥ Σ_{g hit} open_g     row "s<r>", one per distinct year
 *              x, y, u, α ≥ 0
 *
 * Scenario rows name one y per gap hit rather than every product of it, which keeps them short.
 * Years hitting the same gaps give the same row: it is written once and its u weighted by the
 * n_r years it stands for. A year that hits nothing (or only gaps with nothing open) needs no
 * row: its loss is 0 ≤ α, and α ≥ 0 loses nothing because losses, hence the VaR, are ≥ 0.
 * Money is in dollars; numbers are written in plain notation from Decimals, as in build-lp.ts.
 */
export function buildTailLp(model: LpModel, scenarios: ScenarioSet, beta: Decimal = BETA): string {
  const years = distinctYears(model, scenarios);
  const tailYears = new Decimal(1).minus(beta).times(scenarios.count);
  const objective: Term[] = [[null, "alpha"]];
  years.forEach((y, r) => objective.push([new Decimal(y.count).div(tailYears).toSignificantDigits(15), `u${r}`]));
  model.vars.forEach((v, i) => {
    if (v.rate.gt(0)) objective.push([v.rate, `x${i}`]);
  });
  const lines = ["Minimize", ...row(" obj:", objective), "Subject To"];
  const priced = model.vars.flatMap((v, i): Term[] => (v.rate.gt(0) ? [[v.rate, `x${i}`]] : []));
  if (priced.length > 0) lines.push(...row(" budget:", priced, `<= ${num(model.budget)}`));
  model.gaps.forEach((g, gi) => {
    if (g.vars.length > 0) lines.push(...row(` g${gi}:`, g.vars.map((i) => [null, `x${i}`]), `<= ${num(g.limit)}`));
  });
  model.products.forEach((p, pi) => {
    if (p.capacity !== null && p.vars.length > 0) {
      lines.push(...row(` c${pi}:`, p.vars.map((i) => [null, `x${i}`]), `<= ${num(p.capacity)}`));
    }
  });
  model.gaps.forEach((g, gi) => {
    if (g.vars.length === 0) return;
    const paid = g.vars.map((i): Term => [
      new Decimal(1).minus(model.vars[i]!.deductibleShare).toSignificantDigits(15).negated(), `x${i}`,
    ]);
    lines.push(...row(` d${gi}:`, [[null, `y${gi}`], ...paid], "= 0"));
  });
  years.forEach((y, r) => {
    const covered = y.gaps.filter((g) => model.gaps[g]!.vars.length > 0).map((g): Term => [null, `y${g}`]);
    lines.push(...row(` s${r}:`, [[null, `u${r}`], [null, "alpha"], ...covered], `>= ${num(y.loss)}`));
  });
  lines.push("End");
  return lines.join("\n");
}

type Year = { gaps: number[]; loss: Decimal; count: number };

/** The scenario rows: years grouped by the gaps with something open they hit. */
function distinctYears(model: LpModel, scenarios: ScenarioSet): Year[] {
  const byKey = new Map<string, Year>();
  for (const hit of scenarios.hits) {
    const gaps = hit.filter((g) => model.gaps[g]!.open.gt(0));
    if (gaps.length === 0) continue;
    const key = gaps.join(",");
    const year = byKey.get(key);
    if (year) year.count++;
    else byKey.set(key, { gaps, loss: gaps.reduce((sum, g) => sum.plus(model.gaps[g]!.open), new Decimal(0)), count: 1 });
  }
  return [...byKey.values()];
}

/** A coefficient (null = 1) and a column name. */
type Term = [Decimal | null, string];

const TERMS_PER_LINE = 8;

/** A row's terms, `TERMS_PER_LINE` to a line, as LP readers limit line length. */
function row(label: string, terms: Term[], rhs = ""): string[] {
  const text = terms.map(([c, name], k) => {
    const negative = c !== null && c.isNegative();
    const sign = negative ? "- " : k === 0 ? "" : "+ ";
    const abs = c === null ? null : c.abs();
    return `${sign}${abs === null || abs.eq(1) ? "" : `${num(abs)} `}${name}`;
  });
  const out: string[] = [];
  for (let k = 0; k < text.length; k += TERMS_PER_LINE) {
    out.push(`${k === 0 ? label : "  "} ${text.slice(k, k + TERMS_PER_LINE).join(" ")}`);
  }
  if (out.length === 0) out.push(`${label} 0`);
  if (rhs) out[out.length - 1] += ` ${rhs}`;
  return out;
}

/** Plain decimal notation, whatever the magnitude. */
function num(d: Decimal): string {
  return d.toFixed();
}
