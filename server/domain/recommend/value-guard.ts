import { Decimal } from "../money";

/** Premium per dollar of expected loss covered above which a purchase is "poor value" (a user setting, 1–20). */
export const DEFAULT_MAX_LOADING = 3;
export const MAX_LOADING_RANGE = { min: 1, max: 20 } as const;

export type ValueJudgement = {
  /** m = rate / (q · (1 − d)); null when nothing is expected to be paid (q = 0 or d = 1). */
  multiple: number | null;
  poorValue: boolean;
  lossProbability: number;
  deductibleShare: number;
  /** "Premium 6× the expected loss it covers (2.5 %/yr chance of loss)". */
  text: string;
};

/**
 * DESIGN §10's value guard. A premium of rate ρ per dollar of cover buys q · (1 − d) dollars of
 * expected payout per dollar (q the annual loss probability of the position's risk grade, d the
 * share the deductible keeps back), so m = ρ / (q · (1 − d)) is what one dollar of expected loss
 * covered costs. m = 1 is a fair price; mutuals charge a loading on top; above `maxLoading` the
 * cover costs more than the user is willing to pay for the loss it takes away.
 */
export function judgeValue(ratePct: string, lossProbability: number, deductibleShare: Decimal, maxLoading: number): ValueJudgement {
  const paid = new Decimal(lossProbability).times(new Decimal(1).minus(deductibleShare));
  const rate = new Decimal(ratePct).div(100);
  const chance = `${new Decimal(lossProbability).times(100).toDecimalPlaces(2).toString()} %/yr chance of loss`;
  if (paid.lte(0)) {
    return { multiple: null, poorValue: true, lossProbability, deductibleShare: deductibleShare.toNumber(),
      text: `Nothing expected to be paid (${chance}${deductibleShare.gt(0) ? " after the deductible" : ""}): poor value at any price` };
  }
  const multiple = rate.div(paid).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
  const poorValue = rate.div(paid).gt(maxLoading);
  return {
    multiple, poorValue, lossProbability, deductibleShare: deductibleShare.toNumber(),
    text: `Premium ${multiple}× the expected loss it covers (${chance})${poorValue ? `: poor value above ${maxLoading}×` : ""}`,
  };
}
