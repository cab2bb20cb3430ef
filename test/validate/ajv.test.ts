import fc from "fast-check";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { describe, expect, it } from "vitest";
import { isFullDate } from "../../src/util/dates.js";

const libraryDate = (fullFormats.date as { validate: (value: string) => boolean }).validate;

describe("the date format", () => {
  it("accepts and refuses exactly what ajv-formats' date format does", () => {
    const digit = fc.constantFrom(..."0123456789");
    const near = fc
      .tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 2, maxLength: 2 }))
      .map(([y, m, d]) => `${y.join("")}-${m.join("")}-${d.join("")}`);
    const edited = fc.tuple(near, fc.nat(11), fc.constantFrom("", "x", "-", "1", " ", "\n", "٣")).map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1));
    fc.assert(
      fc.property(fc.oneof(near, edited, fc.string({ maxLength: 12 })), (value) => {
        expect(isFullDate(value), value).toBe(libraryDate(value));
      }),
      { numRuns: 20_000 },
    );
    for (const value of ["2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-02-29", "2026-04-31", "2026-12-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "2026-01-01\n"]) {
      expect(isFullDate(value), value).toBe(libraryDate(value));
    }
  });
});
