type DecimalLike = { toFixed: (dp?: number) => string };

/** Prisma Decimal → plain decimal string without exponent notation. */
export function money(d: DecimalLike): string {
  return d.toFixed();
}

export function moneyOrNull(d: DecimalLike | null | undefined): string | null {
  return d == null ? null : d.toFixed();
}

/** A @db.Date column (UTC midnight) → "YYYY-MM-DD". */
export function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function dayToDate(s: string): Date {
  return new Date(`${s}T00:00:00.000Z`);
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
