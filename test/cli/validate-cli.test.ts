import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { profilesDir, repoRoot } from "../../src/paths.js";

function validate(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/validate.ts", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, SHORTLIST_TODAY: "2026-11-24", NO_COLOR: "1" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const temp = mkdtempSync(join(tmpdir(), "shortlist-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const sample = readdirSync(profilesDir).filter((f) => f.endsWith(".md")).sort()[0]!;

function brokenCopy(): string {
  const path = join(temp, sample);
  const text = readFileSync(join(profilesDir, sample), "utf8").replace(/^kind: (firm|freelancer)$/m, "kind: agency");
  writeFileSync(path, text);
  return path;
}

describe("npm run validate", () => {
  it("exits 0 on the sample profiles and says how many it checked", () => {
    const { code, stderr } = validate();
    expect(code).toBe(0);
    expect(stderr).toMatch(/✓ \d+ profile file\(s\) valid/);
  });

  it("exits 1 on a broken copy and prints path:line:col: error: message", () => {
    const path = brokenCopy();
    const { code, stdout } = validate(path);
    expect(code).toBe(1);
    const line = readFileSync(path, "utf8").split("\n").findIndex((l) => l.startsWith("kind: agency")) + 1;
    expect(stdout).toContain(`${path}:${line}:7: error: \`kind\` must be one of firm, freelancer; got "agency" [schema]`);
  });

  it("prints JSON records with file, line, column, severity, rule, message and hint", () => {
    const { code, stdout } = validate("--format", "json", brokenCopy());
    expect(code).toBe(1);
    const records = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(records.find((r) => r.rule === "schema")).toEqual({ file: expect.any(String), line: expect.any(Number), column: 7, severity: "error", rule: "schema", message: expect.any(String), hint: null });
  });

  it("prints GitHub annotation lines", () => {
    const { stdout } = validate("--format", "github", brokenCopy());
    expect(stdout).toMatch(/^::error file=.+,line=\d+,col=7,title=schema::`kind` must be one of/m);
  });

  it("reports a file that does not exist as an error instead of crashing", () => {
    const { code, stdout } = validate(join(temp, "missing.md"));
    expect(code).toBe(1);
    expect(stdout).toContain("cannot read file: ENOENT");
  });

  it("refuses an unknown format or a malformed --today with exit 2", () => {
    expect(validate("--format", "xml").code).toBe(2);
    expect(validate("--today", "yesterday").code).toBe(2);
  });

  it("validates a copied sample unchanged", () => {
    const path = join(temp, `copy-${sample}`);
    copyFileSync(join(profilesDir, sample), path);
    const { stdout } = validate(path);
    expect(stdout).not.toMatch(/schema\]/);
  });
});
