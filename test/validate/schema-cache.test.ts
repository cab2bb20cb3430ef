import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compileSchemasToCode, getAjv, SCHEMA_RUNTIME, schemaId, validatorsFrom } from "../../src/validate/ajv.js";
import { cacheFile, cacheKey, evaluateStandalone, readSchemaCache, writeSchemaCache } from "../../src/validate/schema-cache.js";
import { profilesDir, referenceDir } from "../../src/paths.js";
import { splitFrontmatter } from "../../src/load/frontmatter.js";
import { validProfile } from "../helpers.js";

const code = compileSchemasToCode();
const fromCode = validatorsFrom(evaluateStandalone(code, SCHEMA_RUNTIME))!;
const direct = (name: string) => getAjv().getSchema(schemaId(name))!;

const scratch = mkdtempSync(join(tmpdir(), "shortlist-schema-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Any JSON value, with strings that stress lengths, formats and patterns. */
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(null, true, false, 0, -1, 1.5, 1e21, "", "x", "2026-02-30", "2026-01-20", "https://a.example/x", "http://a.example", "EUR", "django", "firm", "😀".repeat(90)),
    fc.string({ maxLength: 30 }),
    fc.integer(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("kind", "title", "url", "date", "level", "model", "rate", "min", "max", "x"), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A valid profile with one value somewhere in it replaced. */
function mutated(path: readonly string[], value: unknown): unknown {
  const profile = structuredClone(validProfile()) as unknown as Record<string, unknown>;
  let node: Record<string, unknown> = profile;
  for (const part of path.slice(0, -1)) {
    if (typeof node[part] !== "object" || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return profile;
}

const PATHS = [
  ["name"], ["kind"], ["website"], ["summary"], ["headquarters", "country"], ["services"], ["stack"], ["engagement_models"],
  ["paid_trial"], ["signals", "testing", "evidence"], ["signals", "testing", "coverage_target"], ["signals", "nope"], ["track_record"],
  ["disclosure"], ["last_reviewed"], ["timezones"], ["extra_field"],
];

describe("the compiled-schema cache", () => {
  it("holds validators that give Ajv's results and errors on every schema's own data", () => {
    const samples: Array<[string, unknown]> = [];
    for (const file of readdirSync(profilesDir).filter((f) => f.endsWith(".md"))) {
      const split = splitFrontmatter(readFileSync(join(profilesDir, file), "utf8"));
      if (split.ok) samples.push(["profile.schema.json", parse(split.yaml)]);
    }
    for (const [file, schema] of [["rubric.yaml", "rubric.schema.json"], ["market.yaml", "market.schema.json"], ["currencies.yaml", "currencies.schema.json"], ["vocabularies.yaml", "vocabularies.schema.json"], ["countries.json", "countries.schema.json"]] as const) {
      const data = parse(readFileSync(join(referenceDir, file), "utf8")) as Record<string, unknown>;
      samples.push([schema, data]);
      // and broken copies: each top-level field removed or replaced in turn
      for (const key of Object.keys(data)) {
        const { [key]: _dropped, ...rest } = data;
        samples.push([schema, rest], [schema, { ...data, [key]: "?" }]);
      }
    }
    expect(samples.length).toBeGreaterThan(20);
    for (const [schema, data] of samples) {
      const a = fromCode.get(schema)!;
      const b = direct(schema);
      expect(a(data), schema).toBe(b(data));
      expect(a.errors, schema).toEqual(b.errors);
    }
  });

  it("holds a profile validator that gives Ajv's results and errors on broken profiles", () => {
    const a = fromCode.get("profile.schema.json")!;
    const b = direct("profile.schema.json");
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), anyValue, (path, value) => {
        const data = mutated(path, value);
        expect(a(data)).toBe(b(data));
        expect(a.errors).toEqual(b.errors);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives each validator the schema Ajv's carries", () => {
    for (const [name, fn] of fromCode) expect(fn.schema).toEqual(direct(name).schema);
  });

  it("reads back what it wrote, and nothing else", () => {
    const path = cacheFile(scratch, cacheKey(["read back"]));
    writeSchemaCache(path, code);
    expect(Object.keys(readSchemaCache(path, SCHEMA_RUNTIME) ?? {}).sort()).toEqual([...fromCode.keys()].sort());
    expect(readSchemaCache(path, {})).toBeUndefined(); // without the formats and helpers it requires
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.replace("must NOT have", "must not have")); // altered after the checksum
    expect(readSchemaCache(path, SCHEMA_RUNTIME)).toBeUndefined();
    writeFileSync(path, text.slice(0, text.length >> 1)); // cut short
    expect(readSchemaCache(path, SCHEMA_RUNTIME)).toBeUndefined();
    expect(readSchemaCache(join(scratch, "missing.cjs"), SCHEMA_RUNTIME)).toBeUndefined();
  });

  it("keeps only the four most recent cache files", () => {
    const dir = join(scratch, "keep");
    for (let i = 0; i < 6; i++) {
      const path = cacheFile(dir, cacheKey([`version ${i}`]));
      writeSchemaCache(path, "exports.x = 1;");
      utimesSync(path, new Date(1_000_000 * (i + 1)), new Date(1_000_000 * (i + 1)));
    }
    writeSchemaCache(cacheFile(dir, cacheKey(["latest"])), "exports.x = 2;");
    const kept = readdirSync(dir);
    expect(kept).toHaveLength(4);
    expect(kept).toContain(`schemas-${cacheKey(["latest"])}.cjs`);
    expect(kept).toContain(`schemas-${cacheKey(["version 5"])}.cjs`);
    expect(kept).not.toContain(`schemas-${cacheKey(["version 0"])}.cjs`);
  });

  it("names a file by every part of what it was made from", () => {
    expect(cacheKey(["a", "bc"])).not.toBe(cacheKey(["ab", "c"]));
    expect(cacheKey(["schema", "{}"])).not.toBe(cacheKey(["schema", "{ }"]));
    expect(cacheKey(["x"])).toBe(cacheKey(["x"]));
  });
});
