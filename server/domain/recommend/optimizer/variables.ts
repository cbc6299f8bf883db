import { Decimal, toCents, ZERO } from "../../money";
import { checkEligibility } from "../eligibility";
import { gapToTarget } from "../suggested-amount";
import { priceFor, type PriceBasis, type PriceQuote, type PriceUsed } from "../price";
import type { RecommendProduct, RiskGap, RiskGrade, UserPrefs } from "../types";
import { judgeValue } from "../value-guard";
import { deductibleShare } from "./assumptions";
import type { GradeProbabilities } from "./types";

/** One decision x(p, r, k): cover bought from product k for risk r of position p. */
export type LpVariable = {
  name: string;
  gapIndex: number;
  productIndex: number;
  probability: number;
  deductibleShare: Decimal;
  /** Objective coefficient: probability · (1 − deductible share). */
  objective: Decimal;
  /** Premium % used, where it came from, and premium per dollar. */
  pct: string;
  price: PriceUsed;
  rate: Decimal;
  /** The value guard's multiple, rate / (q · (1 − d)). */
  multiple: number | null;
};

/** A (gap, product) pair the value guard kept out of the program. */
export type PoorValuePair = { gapIndex: number; productIndex: number; multiple: number | null; price: PriceUsed };

export type LpGap = {
  gap: RiskGap;
  probability: number;
  /** E − insured (cents): what is uninsured today. */
  open: Decimal;
  /** Gap to target, rounded DOWN to cents so no allocation can exceed the true gap; 0 when the
   *  row is at or above target (as in recommendations). */
  limit: Decimal;
  vars: number[];
};

export type LpProduct = { product: RecommendProduct; capacity: Decimal | null; vars: number[] };

export type LpModel = {
  budget: Decimal;
  vars: LpVariable[];
  gaps: LpGap[];
  products: LpProduct[];
  /** Products eligible for some gap but with no published premium (left out). */
  unpriced: RecommendProduct[];
  /** Pairs priced above the user's maxLoading (left out, DESIGN §10). */
  poorValue: PoorValuePair[];
  maxLoading: number;
};

export type ModelOptions = {
  budget: Decimal;
  prefs: UserPrefs;
  probabilities: GradeProbabilities;
  defaultGrade: RiskGrade;
  priceBasis: PriceBasis;
  quotes: ReadonlyMap<string, PriceQuote>;
  maxLoading: number;
};

export function buildModel(gaps: readonly RiskGap[], products: readonly RecommendProduct[], opts: ModelOptions): LpModel {
  const lpProducts: LpProduct[] = products.map((product) => ({
    product,
    capacity: product.capacityUsd === null ? null : toCents(product.capacityUsd),
    vars: [],
  }));
  const model: LpModel = {
    budget: opts.budget, vars: [], gaps: [], products: lpProducts, unpriced: [], poorValue: [], maxLoading: opts.maxLoading,
  };
  const unpriced = new Set<RecommendProduct>();
  gaps.forEach((gap, gapIndex) => {
    const lpGap = toLpGap(gap, opts);
    model.gaps.push(lpGap);
    if (lpGap.limit.lte(0)) return;
    lpProducts.forEach((lpProduct, productIndex) => {
      if (!checkEligibility(gap, lpProduct.product, opts.prefs).eligible) return;
      const v = toVariable(lpGap, lpProduct, gapIndex, productIndex, model.vars.length, opts);
      if (v === "unpriced") unpriced.add(lpProduct.product);
      else if (v !== null && "poorValue" in v) model.poorValue.push(v.poorValue);
      else if (v !== null) addVariable(model, v);
    });
  });
  model.unpriced = [...unpriced];
  return model;
}

function toLpGap(gap: RiskGap, opts: ModelOptions): LpGap {
  const open = toCents(gap.exposureUsd).minus(toCents(gap.insuredUsd));
  const below = gap.ratio < opts.prefs.targetRatio;
  return {
    gap,
    probability: opts.probabilities[gap.riskGrade ?? opts.defaultGrade],
    open: open.isNegative() ? ZERO : open,
    limit: below ? gapToTarget(gap, opts.prefs.targetRatio).toDecimalPlaces(2, Decimal.ROUND_DOWN) : ZERO,
    vars: [],
  };
}

/** null: the variable could add nothing (no capacity, or nothing paid after the deductible). */
function toVariable(
  g: LpGap, p: LpProduct, gapIndex: number, productIndex: number, index: number, opts: ModelOptions,
): LpVariable | "unpriced" | { poorValue: PoorValuePair } | null {
  const price = priceFor(p.product, opts.priceBasis, opts.quotes.get(p.product.id) ?? null);
  if (price === null) return "unpriced";
  if (p.capacity !== null && p.capacity.lte(0)) return null;
  const maxAmount = p.capacity === null ? g.limit : Decimal.min(g.limit, p.capacity);
  const share = deductibleShare(p.product, maxAmount);
  const objective = new Decimal(g.probability).times(new Decimal(1).minus(share));
  if (objective.lte(0)) return null;
  const value = judgeValue(price.pct, g.probability, share, opts.maxLoading);
  if (value.poorValue) return { poorValue: { gapIndex, productIndex, multiple: value.multiple, price } };
  return {
    name: `x${index}`, gapIndex, productIndex, probability: g.probability, deductibleShare: share,
    objective, pct: price.pct, price, rate: new Decimal(price.pct).div(100), multiple: value.multiple,
  };
}

function addVariable(model: LpModel, v: LpVariable): void {
  const index = model.vars.length;
  model.vars.push(v);
  model.gaps[v.gapIndex]!.vars.push(index);
  model.products[v.productIndex]!.vars.push(index);
}
