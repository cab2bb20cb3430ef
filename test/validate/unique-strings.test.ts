import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { getAjv, schemaId } from "../../src/validate/ajv.js";
import { validProfile } from "../helpers.js";
import { stockAjv } from "./stock-ajv.js";

describe("uniqueItems on lists of strings", () => {
  const ours = getAjv().getSchema(schemaId("profile.schema.json"))!;
  const theirs = stockAjv().getSchema(schemaId("profile.schema.json"))!;

  it("gives the errors stock Ajv gives, in the same order", () => {
    const item = fc.oneof(
      { arbitrary: fc.constantFrom("django", "fastapi", "pytest", "web-api", "data-pipelines", "Not A Term", "__proto__", "constructor", "toString", "x"), weight: 8 },
      { arbitrary: fc.constantFrom(1, null, true, {}, ["django"]), weight: 1 },
    );
    const list = fc.array(item, { maxLength: 40 });
    fc.assert(
      fc.property(list, list, list, list, fc.array(fc.constantFrom("Europe/Berlin", "UTC", "europe/berlin"), { maxLength: 4 }), (stack, services, industries, practices, timezones) => {
        const profile = { ...validProfile(), stack, services, industries, timezones, signals: { testing: { practices, frameworks: stack } } };
        const a = ours(profile);
        const b = theirs(profile);
        expect(a).toBe(b);
        expect(ours.errors).toEqual(theirs.errors);
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves other item types to Ajv's own code", () => {
    const schema = { type: "array", items: { type: ["string", "number"] }, uniqueItems: true };
    const stock = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true });
    // getAjv() is the instance with the replacement; compile the same schema on it and on stock Ajv.
    const a = getAjv().compile(schema);
    const b = stock.compile(schema);
    for (const data of [[1, "1", 1], ["a", "b", "a"], [1, 2], ["x"]]) {
      expect(a(data)).toBe(b(data));
      expect(a.errors).toEqual(b.errors);
    }
  });
});
