/**
 * Calendar days "YYYY-MM-DD" (UTC) as whole days since 1970-01-01, so date arithmetic is
 * integer arithmetic. Parsing a given date is not reading the clock. Plain arithmetic rather
 * than `Date` or a RegExp: 60,000 dates per sizing made their allocations a visible cost.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DASH = 45;
const ZERO = 48;

export function parseDay(value: string, what: string): number {
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  const wellFormed = value.length === 10 && value.charCodeAt(4) === DASH && value.charCodeAt(7) === DASH;
  const isCalendarDay = year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!wellFormed || !isCalendarDay) {
    throw new RangeError(`${what} must be a calendar day "YYYY-MM-DD": "${value}"`);
  }
  return daysFromCivil(year, month, day);
}

/** The number written by `count` digits from `start`, or NaN. */
function digitsAt(value: string, start: number, count: number): number {
  let number = 0;
  for (let index = start; index < start + count; index++) {
    const digit = value.charCodeAt(index) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    number = number * 10 + digit;
  }
  return number;
}

/** One string from its character codes for years 0–9999 (a template literal made six). */
export function formatDay(day: number): string {
  const { year, month, dayOfMonth } = civilFromDays(day);
  if (year < 0 || year > 9999) {
    return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${dayOfMonth < 10 ? "0" : ""}${dayOfMonth}`;
  }
  return String.fromCharCode(
    digitCode(year, 1000),
    digitCode(year, 100),
    digitCode(year, 10),
    digitCode(year, 1),
    DASH,
    digitCode(month, 10),
    digitCode(month, 1),
    DASH,
    digitCode(dayOfMonth, 10),
    digitCode(dayOfMonth, 1),
  );
}

/** The character code of the decimal digit of `value` (an int32 ≥ 0) at `power`. */
function digitCode(value: number, power: number): number {
  return ZERO + (((value / power) | 0) % 10);
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The proleptic Gregorian date of a day number (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): { year: number; month: number; dayOfMonth: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153); // March = 0
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth };
}
