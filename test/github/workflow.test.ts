import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../../src/paths.js";

const read = (path: string) => readFileSync(join(repoRoot, path), "utf8");
const scripts = Object.keys((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts);
const workflow = parse(read(".github/workflows/ci.yml")) as { on: unknown; jobs: Record<string, { steps: Array<{ run?: string; name?: string; uses?: string }> }> };
const runLines = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? s.run.split("\n") : [])));

describe("the GitHub workflow", () => {
  it("runs on pushes to main and on pull requests", () => {
    expect(workflow.on).toMatchObject({ push: { branches: ["main"] }, pull_request: null });
  });

  it("only names npm scripts that exist in package.json", () => {
    const named = runLines.flatMap((line) => [...line.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThan(2);
    for (const name of named) expect(scripts, `npm run ${name}`).toContain(name);
  });

  it("runs what .ci/run runs: npm ci, then npm test", () => {
    const ci = read(".ci/run");
    for (const command of ["npm ci", "npm test"]) {
      expect(ci).toContain(command);
      expect(runLines.some((l) => l.includes(command)), command).toBe(true);
    }
  });

  it("annotates validation problems and writes the score diff into the job summary", () => {
    expect(runLines).toContain("npm run validate -- --format github");
    expect(runLines.some((l) => l.includes("npm run diff -- --base") && l.includes("GITHUB_STEP_SUMMARY"))).toBe(true);
  });
});

describe("the issue templates", () => {
  const dir = ".github/ISSUE_TEMPLATE";
  const forms = readdirSync(join(repoRoot, dir)).filter((f) => f !== "config.yml");

  it("offer a new profile, a correction and a removal request", () => {
    expect(forms.sort()).toEqual(["correction.yml", "new-profile.yml", "removal-request.yml"]);
  });

  it.each(forms)("%s is a valid issue form with a name, description and body", (file) => {
    const form = parse(read(`${dir}/${file}`)) as { name: string; description: string; body: Array<{ type: string; id?: string }> };
    expect(form.name).toBeTruthy();
    expect(form.description).toBeTruthy();
    expect(form.body.length).toBeGreaterThan(1);
    const ids = form.body.flatMap((b) => (b.id ? [b.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("CODEOWNERS", () => {
  it("gates the schemas, the rubric and the market data", () => {
    const owners = read(".github/CODEOWNERS");
    for (const path of ["/schemas/", "/content/reference/rubric.yaml", "/content/reference/market.yaml"]) {
      expect(owners).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\s+@`, "m"));
    }
  });
});
