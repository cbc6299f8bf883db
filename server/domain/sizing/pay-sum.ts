import { floorDiv, isSafeProduct, MAX_CENTS } from "./cents";
import type { LinkTable } from "./model";

/**
 * An exact running sum of pays, reused (reset) for each (position, risk). Whole cents add as
 * plain numbers (their sum is bounded by the cover amounts, so it stays exact); the fractions
 * of a cent add up as one fraction num / den, in numbers while every product stays exact —
 * pays on one position share a few denominators — and in BigInt past that.
 */
export class PaySum {
  private whole = 0;
  private num = 0;
  private den = 1;
  private bigNum: bigint | null = null;
  private bigDen = 1n;

  reset(): void {
    this.whole = 0;
    this.num = 0;
    this.den = 1;
    this.bigNum = null;
  }

  /** Adds the pay of link `at`. */
  add(links: LinkTable, at: number): void {
    this.whole += links.payWhole[at] ?? 0;
    const rem = links.payRem[at] ?? 0;
    if (rem !== 0) this.addFraction(rem, links.payDen[at] ?? 1);
  }

  /** insured = min(E, Σ pay), rounded half-up to cents at the end (DESIGN §3.2, rule 3). */
  insuredCents(exposure: number): number {
    const cents = this.whole + (this.bigNum === null ? this.roundedFraction() : this.roundedBigFraction());
    return cents < exposure ? cents : exposure;
  }

  /** rem / den, 0 < rem < den, added to num / den. */
  private addFraction(rem: number, den: number): void {
    if (this.bigNum === null) {
      const { num: sumNum, den: sumDen } = this;
      if (den === sumDen) {
        if (sumNum + rem <= MAX_CENTS) return void (this.num = sumNum + rem);
      } else if (sumDen % den === 0) {
        const scale = sumDen / den;
        if (isSafeProduct(rem, scale) && sumNum + rem * scale <= MAX_CENTS) return void (this.num = sumNum + rem * scale);
      } else if (den % sumDen === 0) {
        const scale = den / sumDen;
        if (isSafeProduct(sumNum, scale) && sumNum * scale + rem <= MAX_CENTS) {
          this.num = sumNum * scale + rem;
          this.den = den;
          return;
        }
      } else if (isSafeProduct(sumDen, den) && isSafeProduct(sumNum, den) && isSafeProduct(rem, sumDen)) {
        const next = sumNum * den + rem * sumDen;
        if (next <= MAX_CENTS) {
          this.num = next;
          this.den = sumDen * den;
          return;
        }
      }
      this.bigNum = BigInt(sumNum);
      this.bigDen = BigInt(sumDen);
    }
    const bigDen = BigInt(den);
    this.bigNum = this.bigNum * bigDen + BigInt(rem) * this.bigDen;
    this.bigDen *= bigDen;
  }

  /** num / den rounded half-up: ⌊num / den⌋, plus 1 when the rest r has r / den ≥ 1/2. */
  private roundedFraction(): number {
    const { num, den } = this;
    if (num === 0) return 0;
    const quotient = floorDiv(num, den);
    const rest = num - quotient * den;
    return rest >= den - rest ? quotient + 1 : quotient;
  }

  private roundedBigFraction(): number {
    const num = this.bigNum ?? 0n;
    return Number((2n * num + this.bigDen) / (2n * this.bigDen));
  }
}
