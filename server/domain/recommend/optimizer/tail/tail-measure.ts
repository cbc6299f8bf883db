import { Decimal, sumMoney, ZERO } from "../../../money";

/** CVaR₉₅: the average of the worst 5 % of years. */
export const BETA = new Decimal("0.95");

type Tail = { m: Decimal; take: Decimal[] };

/**
 * Which years make the worst (1 − β) of `count`, Rockafellar–Uryasev style: the tail holds
 * m = (1 − β)·count years; years enter worst first, each whole, except the one straddling the
 * VaR, which enters with the fraction of a year left. `losses` lists the non-empty years; the
 * empty ones lose nothing and fill whatever is left. Equal losses: the earlier year first.
 */
function worstYears(losses: readonly Decimal[], count: number, beta: Decimal): Tail {
  const m = new Decimal(1).minus(beta).times(count);
  const order = losses.map((_, i) => i).sort((a, b) => losses[b]!.comparedTo(losses[a]!) || a - b);
  const take = losses.map(() => ZERO);
  let left = m;
  for (const i of order) {
    if (left.lte(0)) break;
    take[i] = Decimal.min(1, left);
    left = left.minus(take[i]);
  }
  return { m, take };
}

/** Each listed year's weight in the tail (the weights of the whole tail sum to 1). */
export function tailWeights(losses: readonly Decimal[], count: number, beta = BETA): Decimal[] {
  const { m, take } = worstYears(losses, count, beta);
  return take.map((t) => t.div(m));
}

/** Equals min over α of α + Σ (loss − α)⁺ / ((1 − β)·count): the tail LP's loss term. */
export function cvar(losses: readonly Decimal[], count: number, beta = BETA): Decimal {
  const { m, take } = worstYears(losses, count, beta);
  return sumMoney(losses.map((loss, i) => loss.times(take[i]!))).div(m);
}

export function meanLoss(losses: readonly Decimal[], count: number): Decimal {
  return sumMoney(losses).div(count);
}
