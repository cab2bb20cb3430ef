/**
 * Ajv's `uniqueItems`, faster for lists of strings, with the same errors.
 *
 * For a list whose items are typed string, Ajv's generated code records every item as a
 * property of a fresh object (`indices[item] = i`). Each list of a different order of
 * terms then gives V8 new hidden classes to build, and that was more than a third of the
 * time spent validating 10,000 profiles (each has about twenty such lists). The keyword
 * below generates a call to lastDuplicateString() instead, which finds the same pair of
 * items with plain comparisons, and reports it through Ajv's own error definition (same
 * message, params, path and position among the array keywords). Any other use of
 * uniqueItems (other item types, $data) is left to Ajv's code.
 * test/validate/unique-strings.test.ts compares the errors with a stock Ajv.
 */
import { _, type Ajv2020, type CodeKeywordDefinition, type KeywordCxt, type Name } from "ajv/dist/2020.js";
import { getSchemaTypes } from "ajv/dist/compile/validate/dataType.js";
import uniqueItemsModule from "ajv/dist/vocabularies/validation/uniqueItems.js";

const stock = ((uniqueItemsModule as unknown as { default?: CodeKeywordDefinition }).default ?? uniqueItemsModule) as CodeKeywordDefinition;

/** Lists longer than this are checked with a Map rather than by comparing every pair. */
const PAIRWISE_MAX = 16;

/**
 * The index Ajv's loop reports as `i` for a list of strings, or -1 when there is no
 * duplicate: scanning from the end, the first string that occurs again later. Non-strings
 * are skipped (the items keyword reports them), and so is "__proto__", which Ajv's
 * object of indices cannot record and so never reports.
 */
export function lastDuplicateString(items: readonly unknown[]): number {
  const n = items.length;
  if (n <= PAIRWISE_MAX) {
    for (let i = n - 2; i >= 0; i--) {
      const item = items[i];
      if (typeof item !== "string" || item === "__proto__") continue;
      for (let k = i + 1; k < n; k++) if (items[k] === item) return i;
    }
    return -1;
  }
  const seen = new Map<string, number>();
  for (let i = n - 1; i >= 0; i--) {
    const item = items[i];
    if (typeof item !== "string" || item === "__proto__") continue;
    if (seen.has(item)) return i;
    seen.set(item, i);
  }
  return -1;
}

/** Ajv's `j` for that `i`: the first later item equal to it (there is exactly one). */
export function laterDuplicate(items: readonly unknown[], i: number): number {
  for (let k = i + 1; k < items.length; k++) if (items[k] === items[i]) return k;
  return -1;
}

/** The name the compiled schemas require these functions by (ajv.ts provides them under it). */
export const UNIQUE_STRINGS_MODULE = "shortlist:unique-strings";

export const uniqueStrings: CodeKeywordDefinition = {
  ...stock,
  // Ajv evaluates an array's keywords in order; this keeps uniqueItems where it was.
  before: "maxContains",
  code(cxt: KeywordCxt) {
    const { gen, data, $data, schema, parentSchema } = cxt;
    const itemTypes = parentSchema.items ? getSchemaTypes(parentSchema.items) : [];
    if ($data || schema !== true || itemTypes.length !== 1 || itemTypes[0] !== "string") {
      stock.code(cxt, undefined as never);
      return;
    }
    // The same variables and flow as Ajv's code, with the loop replaced by two calls.
    const valid = gen.let("valid");
    cxt.block$data(valid, () => {
      const i: Name = gen.let("i", _`${data}.length`);
      const j: Name = gen.let("j");
      cxt.setParams({ i, j });
      gen.assign(valid, true);
      gen.if(_`${i} > 1`, () => {
        // `code` names the functions in Ajv's standalone code (see schema-cache.ts and UNIQUE_STRINGS_MODULE).
        const find = gen.scopeValue("func", { ref: lastDuplicateString, code: _`require(${UNIQUE_STRINGS_MODULE}).lastDuplicateString` });
        const later = gen.scopeValue("func", { ref: laterDuplicate, code: _`require(${UNIQUE_STRINGS_MODULE}).laterDuplicate` });
        gen.assign(i, _`${find}(${data})`);
        gen.if(_`${i} >= 0`, () => {
          gen.assign(j, _`${later}(${data}, ${i})`);
          cxt.error();
          gen.assign(valid, false);
        });
      });
    });
    cxt.ok(valid);
  },
};

/** Replaces Ajv's uniqueItems on `ajv` (before any schema is compiled). */
export function useFastUniqueStrings(ajv: Ajv2020): void {
  ajv.removeKeyword("uniqueItems");
  ajv.addKeyword(uniqueStrings);
}
