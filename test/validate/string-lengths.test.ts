import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { getAjv, schemaId } from "../../src/validate/ajv.js";
import { useFastStringLengths } from "../../src/validate/string-lengths.js";
import { validProfile } from "../helpers.js";
import { stockAjv } from "./stock-ajv.js";

/** Strings whose length in code points and in UTF-16 units differ: pairs, lone halves, and plain text. */
const text = (maxLength: number) =>
  fc.array(fc.constantFrom("a", " ", "é", "日", "😀", "\ud83d", "\ude00", "𝔘", "\u0000"), { maxLength }).map((parts) => parts.join(""));

describe("maxLength and minLength", () => {
  it("give the errors stock Ajv gives on every bounded string of a profile, in the same order", () => {
    const ours = getAjv().getSchema(schemaId("profile.schema.json"))!;
    const theirs = stockAjv().getSchema(schemaId("profile.schema.json"))!;
    fc.assert(
      fc.property(text(130), text(8), text(600), fc.array(text(40), { maxLength: 4 }), (summary, name, statement, stack) => {
        const profile = { ...validProfile(), summary, name, stack, signals: { business_discovery: { statement } } };
        expect(ours(profile)).toBe(theirs(profile));
        expect(ours.errors).toEqual(theirs.errors);
      }),
      { numRuns: 3000 },
    );
  });

  it("count code points exactly at the limits", () => {
    for (const [min, max] of [[0, 0], [1, 1], [1, 3], [2, 5], [3, 4]]) {
      const schema = { type: "string", minLength: min, maxLength: max };
      const a = getAjv().compile(schema);
      const b = new Ajv2020({ allErrors: true, verbose: true }).compile(schema);
      fc.assert(
        fc.property(text(12), (value) => {
          expect(a(value)).toBe(b(value));
          expect(a.errors).toEqual(b.errors);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("leave limits taken from the data ($data) to Ajv's own code", () => {
    const schema = { type: "object", properties: { limit: { type: "integer" }, text: { type: "string", maxLength: { $data: "1/limit" }, minLength: { $data: "1/limit" } } } };
    const a = new Ajv2020({ allErrors: true, verbose: true, $data: true });
    useFastStringLengths(a);
    const fa = a.compile(schema);
    const fb = new Ajv2020({ allErrors: true, verbose: true, $data: true }).compile(schema);
    for (const data of [{ limit: 2, text: "😀😀" }, { limit: 2, text: "abc" }, { limit: 3, text: "ab" }, { limit: 1, text: "" }]) {
      expect(fa(data)).toBe(fb(data));
      expect(fa.errors).toEqual(fb.errors);
    }
  });
});
