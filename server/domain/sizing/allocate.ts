import { floorDiv, MAX_CENTS, mulDivFloor } from "./cents";

/**
 * Largest-remainder split of `total` cents in proportion to weights, so the parts add up to
 * `total` exactly: each part gets ⌊total·w / Σw⌋ cents, and the cents left over go one each to
 * the parts with the largest remainders; equal remainders go to the larger weight, then to
 * the smaller key. Every weight 0 → equal shares. Σ weights must be an exact number.
 *
 * The sizing splits ~13,000 covers among 2–3 positions each: the working arrays are one
 * reused set of scratch arrays rather than fresh ones per split.
 */
export class Splitter {
  weights = new Float64Array(8);
  /** The weights of splitBig: too large for numbers (exact fractions on a common denominator). */
  readonly bigWeights: bigint[] = [];
  keys: string[] = [];
  parts = new Float64Array(8);
  private remainders = new Float64Array(8);
  private readonly bigRemainders: bigint[] = [];
  private big = false;
  private given = new Uint8Array(8);

  /** Room for `count` shares; call before filling weights and keys. */
  reserve(count: number): void {
    if (count <= this.weights.length) return;
    const size = Math.max(count, 2 * this.weights.length);
    const weights = new Float64Array(size);
    weights.set(this.weights);
    this.weights = weights;
    this.parts = new Float64Array(size);
    this.remainders = new Float64Array(size);
    this.given = new Uint8Array(size);
  }

  /** Splits `total` by weights[0 .. count) (keys[0 .. count) break ties) into parts[0 .. count). */
  split(total: number, count: number): void {
    this.big = false;
    const { weights, parts, remainders } = this;
    let weightSum = 0;
    for (let index = 0; index < count; index++) weightSum += weights[index] ?? 0;
    const equal = weightSum === 0;
    const divisor = equal ? count : weightSum;
    let given = 0;
    for (let index = 0; index < count; index++) {
      const weight = equal ? 1 : (weights[index] ?? 0);
      const scaled = total * weight;
      let part: number;
      if (scaled <= MAX_CENTS) {
        part = floorDiv(scaled, divisor);
        remainders[index] = scaled - part * divisor;
      } else {
        const { quotient, remainder } = mulDivFloor(total, weight, divisor);
        part = quotient;
        remainders[index] = remainder;
      }
      parts[index] = part;
      given += part;
    }
    this.giveLeftOverCents(count, total - given);
  }

  /** split() by bigWeights[0 .. count) (the number weights are not read). */
  splitBig(total: number, count: number): void {
    const { bigWeights, bigRemainders, parts } = this;
    let weightSum = 0n;
    for (let index = 0; index < count; index++) weightSum += bigWeights[index] ?? 0n;
    if (weightSum === 0n) {
      this.weights.fill(0, 0, count);
      return this.split(total, count);
    }
    this.big = true;
    const bigTotal = BigInt(total);
    let given = 0;
    for (let index = 0; index < count; index++) {
      const scaled = bigTotal * (bigWeights[index] ?? 0n);
      const part = Number(scaled / weightSum);
      parts[index] = part;
      bigRemainders[index] = scaled % weightSum;
      given += part;
    }
    this.giveLeftOverCents(count, total - given);
  }

  /** One cent each to the `leftOver` parts (fewer than the parts) that come first by compare(). */
  private giveLeftOverCents(count: number, leftOver: number): void {
    if (leftOver <= 0) return;
    const { parts, given } = this;
    if (leftOver > 1 && count > 16) {
      const ranked = Array.from({ length: count }, (_, index) => index).sort((i, j) => this.compare(i, j));
      for (let k = 0; k < leftOver; k++) parts[ranked[k] ?? 0] = (parts[ranked[k] ?? 0] ?? 0) + 1;
      return;
    }
    // few parts (2–3 positions as a rule): pick the best one left, `leftOver` times
    given.fill(0, 0, count);
    for (let k = 0; k < leftOver; k++) {
      let best = -1;
      for (let index = 0; index < count; index++) {
        if (given[index] === 0 && (best < 0 || this.compare(index, best) < 0)) best = index;
      }
      given[best] = 1;
      parts[best] = (parts[best] ?? 0) + 1;
    }
  }

  /** Negative when share i comes first: larger remainder, then larger weight, then smaller key. */
  private compare(i: number, j: number): number {
    if (this.big) return this.compareBig(i, j);
    const ri = this.remainders[i] ?? 0;
    const rj = this.remainders[j] ?? 0;
    if (ri !== rj) return ri > rj ? -1 : 1;
    const wi = this.weights[i] ?? 0;
    const wj = this.weights[j] ?? 0;
    if (wi !== wj) return wi > wj ? -1 : 1;
    return compareIds(this.keys[i] ?? "", this.keys[j] ?? "");
  }

  private compareBig(i: number, j: number): number {
    const ri = this.bigRemainders[i] ?? 0n;
    const rj = this.bigRemainders[j] ?? 0n;
    if (ri !== rj) return ri > rj ? -1 : 1;
    const wi = this.bigWeights[i] ?? 0n;
    const wj = this.bigWeights[j] ?? 0n;
    if (wi !== wj) return wi > wj ? -1 : 1;
    return compareIds(this.keys[i] ?? "", this.keys[j] ?? "");
  }
}

/** The same split on plain arrays (a fresh Splitter: not for hot loops). */
export function allocateLargestRemainder(total: number, weights: readonly number[], keys: readonly string[]): number[] {
  if (weights.length <= 1) return weights.length === 1 ? [total] : [];
  const splitter = new Splitter();
  splitter.reserve(weights.length);
  splitter.weights.set(weights);
  splitter.keys = [...keys];
  splitter.split(total, weights.length);
  return Array.from(splitter.parts.subarray(0, weights.length));
}

/** The same split for weights too large for numbers (exact fractions on a common denominator). */
export function allocateLargestRemainderBig(
  total: number,
  weights: readonly bigint[],
  keys: readonly string[],
): number[] {
  if (weights.length <= 1) return weights.length === 1 ? [total] : [];
  const splitter = new Splitter();
  splitter.reserve(weights.length);
  splitter.bigWeights.push(...weights);
  splitter.keys = [...keys];
  splitter.splitBig(total, weights.length);
  return Array.from(splitter.parts.subarray(0, weights.length));
}

/** Compares strings by UTF-16 code units, the same way on every machine (no locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
