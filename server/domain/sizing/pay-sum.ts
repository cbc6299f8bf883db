import { roundHalfUp, type ExactCents, type Fraction } from "./cents";

/**
 * An exact running sum of pays. Whole cents — the common case — add as plain numbers (their
 * sum is bounded by the cover amounts, so it stays exact); fractions of a cent are kept per
 * denominator, so adding or removing one is O(1) and they are combined only when read.
 */
export class PaySum {
  private whole = 0;
  private fractional: Map<bigint, bigint> | null = null;

  add(pay: ExactCents): void {
    if (typeof pay === "number") this.whole += pay;
    else this.shiftFraction(pay, 1n);
  }

  subtract(pay: ExactCents): void {
    if (typeof pay === "number") this.whole -= pay;
    else this.shiftFraction(pay, -1n);
  }

  /** Σ pay as one exact fraction of cents. */
  total(): { num: bigint; den: bigint } {
    let num = BigInt(this.whole);
    let den = 1n;
    for (const [partDen, partNum] of this.fractional ?? []) {
      num = num * partDen + partNum * den;
      den *= partDen;
    }
    return { num, den };
  }

  /** insured = min(E, Σ pay), rounded half-up to cents at the end (DESIGN §3.2, rule 3). */
  insuredCents(exposure: number): number {
    if (!this.fractional) return this.whole < exposure ? this.whole : exposure;
    const { num, den } = this.total();
    if (num >= BigInt(exposure) * den) return exposure;
    return Number(roundHalfUp(num, den));
  }

  private shiftFraction(pay: Fraction, sign: bigint): void {
    this.fractional ??= new Map();
    const next = (this.fractional.get(pay.den) ?? 0n) + sign * pay.num;
    if (next !== 0n) this.fractional.set(pay.den, next);
    else if (this.fractional.delete(pay.den) && this.fractional.size === 0) this.fractional = null;
  }
}
