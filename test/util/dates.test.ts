import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EvidenceItem } from "../../src/generated/profile.js";
import { civilDay, daysBetween, isFullDate } from "../../src/util/dates.js";
import { ageMonths, weigh } from "../../src/score/evidence-worth.js";
import { referenceData } from "../helpers.js";

const DAY_MS = 86_400_000;
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Dates near and at the edges: every month's last days, leap years and centuries, and strings that are almost dates. */
const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom("1900-02-29", "2000-02-29", "2024-02-29", "2026-02-29", "1970-01-01", "1969-12-31", "0000-03-01", "9999-12-31", "2026-1-01", "2026-01-01T", "20260101", "2026/01/01", "", "２０２６-01-01"),
  fc.string({ maxLength: 12 }),
);

describe("calendar dates", () => {
  it("count the days of a full date exactly as Date.parse does, and refuse anything else", () => {
    fc.assert(
      fc.property(dateLike, (value) => {
        const day = civilDay(value);
        expect(isFullDate(value), value).toBe(!Number.isNaN(day));
        if (isFullDate(value)) expect(day, value).toBe(Date.parse(`${value}T00:00:00Z`) / DAY_MS);
      }),
      { numRuns: 20_000 },
    );
  });

  it("count the whole days between two strings as Date.parse does, full dates or not", () => {
    fc.assert(
      fc.property(dateLike, dateLike, (from, to) => {
        const expected = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
        expect(daysBetween(from, to), `${from} → ${to}`).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  it("give every evidence item the age in months that ageMonths gives, whatever its date", () => {
    const { rubric } = referenceData();
    fc.assert(
      fc.property(dateLike, dateLike, (date, today) => {
        const item: EvidenceItem = { kind: "repository", title: "t", date, level: "sourced", url: "https://x.example/" };
        expect(weigh(item, rubric, today).ageMonths, `${date} at ${today}`).toBe(ageMonths(date, today));
      }),
      { numRuns: 5000 },
    );
  });
});
