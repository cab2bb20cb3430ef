/**
 * A broken rubric or market file gets the same positioned errors as a profile: schema
 * breaks, unknown signals, weights that do not add up, unknown terms and facts, unknown
 * currencies, missing bands, each at the line and column to fix.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import { referenceDir } from "../../src/paths.js";
import { loadReferenceData } from "../../src/reference/index.js";

const FILES = ["vocabularies.yaml", "countries.json", "currencies.yaml", "rubric.yaml", "market.yaml"];
const temp = mkdtempSync(join(tmpdir(), "shortlist-reference-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;

const original = (file: string) => readFileSync(join(referenceDir, file), "utf8");

/** Loads the reference data with one file's text replaced; returns the diagnostics and the text. */
function loadWith(file: "rubric.yaml" | "market.yaml", edit: (text: string) => string): { diagnostics: Diagnostic[]; text: string } {
  const target = join(temp, String(n++));
  mkdirSync(target);
  for (const f of FILES) copyFileSync(join(referenceDir, f), join(target, f));
  const text = edit(original(file));
  expect(text, "the edit changed nothing").not.toBe(original(file));
  writeFileSync(join(target, file), text);
  const result = loadReferenceData(target);
  expect(result.ok).toBe(false);
  return { diagnostics: result.diagnostics, text };
}

/** 1-based line and column of `needle` (the `occurrence`-th) in `text`, plus `offset` characters. */
function positionOf(text: string, needle: string, offset = 0, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, index + offset);
  const line = before.split("\n").length;
  return { line, column: index + offset - before.lastIndexOf("\n") };
}

function only(diagnostics: Diagnostic[], rule: string): Diagnostic {
  const found = diagnostics.filter((d) => d.rule === rule);
  expect(found, JSON.stringify(diagnostics, null, 2)).toHaveLength(1);
  return found[0]!;
}

describe("the shipped reference data", () => {
  it("loads without a single diagnostic", () => {
    const result = loadReferenceData();
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("a broken rubric", () => {
  it("that breaks its schema gets a schema error at the offending value", () => {
    const { diagnostics, text } = loadWith("rubric.yaml", (t) => t.replace("    weight: 16\n", "    weight: heavy\n"));
    const d = only(diagnostics, "reference-schema");
    expect(d).toMatchObject({ file: expect.stringMatching(/rubric\.yaml$/), severity: "error", ...positionOf(text, "heavy") });
    expect(d.message).toMatch(/signals\.testing\.weight` must be a whole number/);
  });

  it("that names an unknown signal gets an error at the key, with a did-you-mean", () => {
    const { diagnostics, text } = loadWith("rubric.yaml", (t) => t.replace("\n  tradeoffs:\n", "\n  trade_offs:\n"));
    const d = only(diagnostics, "rubric-unknown-signal");
    expect(d).toMatchObject({ ...positionOf(text, "trade_offs:"), message: "`trade_offs` is not a signal of the profile schema", hint: "did you mean `tradeoffs`?" });
    expect(only(diagnostics, "rubric-missing-signal").message).toBe("`signals` has no entry for the signal `tradeoffs`");
  });

  it("whose weights do not add up to 100 gets an error listing each weight with its line", () => {
    const { diagnostics, text } = loadWith("rubric.yaml", (t) => t.replace("    weight: 16\n", "    weight: 20\n"));
    const d = only(diagnostics, "rubric-weights");
    expect(d).toMatchObject({ ...positionOf(text, "weight: 15", "weight: ".length), message: "signal and track-record weights add up to 104, not 100" });
    expect(d.hint).toContain(`testing 20 (line ${positionOf(text, "weight: 20").line})`);
  });

  it("that rewards a term missing from the field's vocabulary gets an error at the term", () => {
    const { diagnostics, text } = loadWith("rubric.yaml", (t) => t.replace("          discovery-workshop: 1\n", "          discovery-workshops: 1\n"));
    const d = only(diagnostics, "rubric-unknown-term");
    expect(d).toMatchObject({ ...positionOf(text, "discovery-workshops"), hint: "did you mean `discovery-workshop`?" });
    expect(d.message).toContain("discovery practices vocabulary");
  });

  it("that reads a field the profile schema does not have gets an error at the fact", () => {
    const { diagnostics, text } = loadWith("rubric.yaml", (t) => t.replace("fact: coverage_target", "fact: coverage_targt"));
    const d = only(diagnostics, "rubric-unknown-fact");
    expect(d).toMatchObject({ ...positionOf(text, "coverage_targt"), message: "`coverage_targt` is not a field of signals.testing in the profile schema", hint: "did you mean `coverage_target`?" });
  });

  it("whose threshold steps fall gets an error at the step", () => {
    const { diagnostics, text } = loadWith("rubric.yaml", (t) => t.replace("          - { at_least: 80, points: 1 }\n", "          - { at_least: 50, points: 1 }\n"));
    expect(only(diagnostics, "rubric-steps")).toMatchObject(positionOf(text, "{ at_least: 50"));
  });

  it("with a placeholder its place does not provide gets an error at the template", () => {
    const { diagnostics, text } = loadWith("rubric.yaml", (t) => t.replace('text: "Coverage target of {value}%"', 'text: "Coverage target of {valeu}%"'));
    expect(only(diagnostics, "rubric-template")).toMatchObject({ ...positionOf(text, '"Coverage target of {valeu}%"'), hint: "did you mean `{value}`?" });
  });

  it("whose engagement rules do not make 100 gets an error at engagement.rules", () => {
    const { diagnostics, text } = loadWith("rubric.yaml", (t) => t.replace("    rate-published:\n      points: 35\n", "    rate-published:\n      points: 30\n"));
    expect(only(diagnostics, "rubric-engagement-points")).toMatchObject({ ...positionOf(text, "rules:", 0, 8), message: "engagement rules add up to 95, not 100" });
  });

  it("with a field that does not belong to the rule type gets an error at the key", () => {
    const { diagnostics, text } = loadWith("rubric.yaml", (t) => t.replace("        fact: statement\n        points: 0.5\n        text: \"Explains what", "        fact: statement\n        points: 0.5\n        per_item: 1\n        text: \"Explains what"));
    expect(only(diagnostics, "rubric-rule-field")).toMatchObject({ ...positionOf(text, "per_item: 1\n"), message: "`per_item` has no meaning for a present rule" });
  });
});

describe("a broken market file", () => {
  it("with a band currency missing from the currency table gets an error at the currency", () => {
    const { diagnostics, text } = loadWith("market.yaml", (t) => t.replace("currency: USD", "currency: USX"));
    const d = only(diagnostics, "market-unknown-currency");
    expect(d).toMatchObject({ file: expect.stringMatching(/market\.yaml$/), ...positionOf(text, "USX"), message: "`USX` is not in the currency table" });
    expect(d.hint).toMatch(/did you mean `USD`/);
  });

  it("that breaks its schema gets a schema error at the offending value", () => {
    const { diagnostics, text } = loadWith("market.yaml", (t) => t.replace("    min: 35\n", "    min: -35\n"));
    expect(only(diagnostics, "reference-schema")).toMatchObject(positionOf(text, "-35"));
  });

  it("without a band for a model and delivery location says which one is missing", () => {
    const { diagnostics, text } = loadWith("market.yaml", (t) => t.replace("    delivery: onshore\n", "    delivery: offshore\n"));
    expect(diagnostics.find((d) => d.rule === "market-missing-band")).toMatchObject({ ...positionOf(text, "bands:"), message: "no band for staff-augmentation work delivered onshore" });
    expect(only(diagnostics, "market-duplicate-band")).toMatchObject({ line: positionOf(text, "model: staff-augmentation", 0, 2).line });
  });

  it("with a band priced in the wrong unit gets an error at per", () => {
    const { diagnostics, text } = loadWith("market.yaml", (t) => t.replace("    per: project\n", "    per: month\n"));
    expect(only(diagnostics, "market-band-unit")).toMatchObject({ ...positionOf(text, "per: month", "per: ".length, 2), message: "a project-based band is priced per project, not per month" });
  });

  it("with an onshore country that does not exist gets an error at the code", () => {
    const { diagnostics, text } = loadWith("market.yaml", (t) => t.replace("onshore_countries: [US, CA, GB,", "onshore_countries: [US, CA, UK,"));
    expect(only(diagnostics, "market-unknown-country")).toMatchObject(positionOf(text, "UK, IE"));
  });
});
