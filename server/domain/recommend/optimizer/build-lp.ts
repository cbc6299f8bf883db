import type { Decimal } from "../../money";
import type { LpModel } from "./variables";

/**
 * The linear program of DESIGN §5 in CPLEX LP text, for `highs.solve`:
 *
 *   maximise   Σ x · prob(p,r) · (1 − deductible shareₖ)          expected loss covered
 *   subject to Σ x · premiumₖ                 ≤ B                   row "budget"
 *              Σₖ x(p,r,k)                    ≤ gap(p,r)            row "g<i>", one per gap
 *              Σ_{p,r} x(p,r,k)               ≤ capacityₖ           row "c<k>", known capacities
 *              x ≥ 0                                                (the LP default bound)
 *
 * Money is in dollars. Every number is written from a Decimal in plain notation (no exponent,
 * no float round trip): limits and premium rates exactly, objective coefficients to 15
 * significant digits (a fixed excess can make them recurring decimals). Long rows are wrapped,
 * as LP readers limit line length.
 */
export function buildLp(model: LpModel): string {
  const objective = model.vars.map((v, i): [Decimal, number] => [v.objective.toSignificantDigits(15), i]);
  const lines: string[] = ["Maximize", ...row(" obj:", objective)];
  lines.push("Subject To");
  const priced = model.vars.flatMap((v, i): [Decimal, number][] => (v.rate.gt(0) ? [[v.rate, i]] : []));
  if (priced.length > 0) lines.push(...row(" budget:", priced, `<= ${num(model.budget)}`));
  model.gaps.forEach((g, gi) => {
    if (g.vars.length > 0) lines.push(...row(` g${gi}:`, g.vars.map((i) => [null, i]), `<= ${num(g.limit)}`));
  });
  model.products.forEach((p, pi) => {
    if (p.capacity !== null && p.vars.length > 0) {
      lines.push(...row(` c${pi}:`, p.vars.map((i) => [null, i]), `<= ${num(p.capacity)}`));
    }
  });
  lines.push("End");
  return lines.join("\n");
}

const TERMS_PER_LINE = 8;

/** A row's terms, `TERMS_PER_LINE` to a line; a null coefficient is 1. */
function row(label: string, terms: [Decimal | null, number][], rhs = ""): string[] {
  const text = terms.map(([c, i], k) => `${k === 0 ? "" : "+ "}${c === null ? "" : `${num(c)} `}x${i}`);
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
