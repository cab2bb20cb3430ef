/**
 * Calendar-date helpers on YYYY-MM-DD strings (UTC, no time zones, no Date objects leaking out).
 *
 * The dates of a profile (evidence, verification, review) are calendar days in the schema's
 * `date` format (RFC 3339 full-date). They are read here character by character, without
 * regular expressions or Date objects: validation checks a dozen dates per profile, and
 * scoring works out the age of every evidence item.
 */
const DAY_MS = 86_400_000;

/** Milliseconds since 1970 at the start of the day `value`, as Date.parse reads it (NaN when it cannot). */
function isoDate(value: string): number {
  return Date.parse(`${value}T00:00:00Z`);
}

/** Whole days from `from` to `to`: by day arithmetic when both are full dates (nearly always), else through Date.parse. */
export function daysBetween(from: string, to: string): number {
  const days = civilDay(to) - civilDay(from);
  return Number.isFinite(days) ? days : Math.round((isoDate(to) - isoDate(from)) / DAY_MS);
}

/** Today's date as YYYY-MM-DD: `override` (e.g. --today), else SHORTLIST_TODAY, else the clock. */
export function resolveToday(override?: string): string {
  const value = override ?? process.env.SHORTLIST_TODAY;
  if (value !== undefined && value !== "") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(isoDate(value))) {
      throw new Error(`today must be a date written YYYY-MM-DD, got "${value}"`);
    }
    return value;
  }
  return new Date().toISOString().slice(0, 10);
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The `date` format of ajv-formats (YYYY-MM-DD, a real day of a real month), read character
 * by character: the library's version matches a regular expression with three captures,
 * an array per date.
 */
export function isFullDate(value: string): boolean {
  return !Number.isNaN(civilDay(value));
}

/**
 * Days from 1970-01-01 to the date, when it is a full date (isFullDate), else NaN: Howard
 * Hinnant's days_from_civil, exact over the proleptic Gregorian calendar. For a full date
 * it equals Date.parse(`${value}T00:00:00Z`) divided by the milliseconds of a day.
 */
export function civilDay(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN; // -
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return Number.NaN;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m]!)) return Number.NaN;
  // Years start on 1 March, so that the leap day is the last day of a year.
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The number written in value[start, end) in ASCII digits, or -1. */
function digits(value: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
