/** Calendar-date helpers on YYYY-MM-DD strings (UTC, no time zones, no Date objects leaking out). */
const DAY_MS = 86_400_000;

/** Parsed dates, remembered: scoring weighs the same few evidence dates many times over. */
const parsed = new Map<string, number>();

export function isoDate(value: string): number {
  let ms = parsed.get(value);
  if (ms === undefined) {
    ms = Date.parse(`${value}T00:00:00Z`);
    if (parsed.size >= 50_000) parsed.clear();
    parsed.set(value, ms);
  }
  return ms;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((isoDate(to) - isoDate(from)) / DAY_MS);
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
