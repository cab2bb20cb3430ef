/**
 * A small run of the benchmark (50 profiles, one run): it must work end to end and print
 * sane numbers. How fast is not checked here; BENCHMARKS.md records that.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BenchResult } from "../../src/bench/run.js";
import { repoRoot } from "../../src/paths.js";

const work = mkdtempSync(join(tmpdir(), "shortlist-bench-smoke-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run bench -- --profiles 50 --runs 1", () => {
  const jsonFile = join(work, "result.json");
  let run: SpawnSyncReturns<string>;
  let lines: string[] = [];
  beforeAll(() => {
    run = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/bench.ts"), "--profiles", "50", "--runs", "1", "--dir", join(work, "bench"), "--json", jsonFile], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 240_000,
    });
    lines = run.stdout.trimEnd().split("\n");
  }, 240_000);
  const row = (label: string) => lines.find((l) => l.startsWith(label));
  /** The median, min and max at the end of a stage row. */
  const numbers = (line: string | undefined) => (line ?? "").trim().split(/\s+/).slice(-3).map((n) => Number(n.replace(/,/g, "")));

  it("exits 0", () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it("prints the stage table with a median, min and max for every Shortlist stage and the whole build", () => {
    expect(row("stage")).toMatch(/median ms\s+min ms\s+max ms/);
    const stages = ["load + validate", "score", "view models", "search documents", "render (Pagefind alongside)", "search index: wait after render", "swap into place", "build (in process)", "WHOLE BUILD (process)"];
    const renderParts = ["per-profile JSON files", "profile pages", "directory pages", "other pages (Eleventy)"];
    for (const stage of stages) {
      const values = numbers(row(`shortlist  ${stage}`));
      expect(values, stage).toHaveLength(3);
      for (const v of values) expect(Number.isFinite(v) && v >= 0, `${stage}: ${values}`).toBe(true);
    }
    const whole = numbers(row("shortlist  WHOLE BUILD (process)"))[0]!;
    const inProcess = numbers(row("shortlist  build (in process)"))[0]!;
    const parts = stages.slice(0, 7).reduce((n, s) => n + numbers(row(`shortlist  ${s}`))[0]!, 0);
    const render = numbers(row("shortlist  render (Pagefind alongside)"))[0]!;
    const renderSum = renderParts.reduce((n, s) => n + numbers(row(`shortlist    ${s}`))[0]!, 0);
    expect(renderSum).toBeLessThanOrEqual(render + 5);
    expect(whole).toBeGreaterThan(0);
    expect(inProcess).toBeLessThanOrEqual(whole);
    expect(parts).toBeLessThanOrEqual(inProcess + 5); // rounding of each stage
  });

  it("measures the bare Eleventy + Pagefind baseline on the same files, and Hugo when installed", () => {
    for (const label of ["eleventy   render", "eleventy   pagefind", "eleventy   WHOLE"]) expect(numbers(row(label))[0], label).toBeGreaterThan(0);
    const result = JSON.parse(readFileSync(jsonFile, "utf8")) as BenchResult;
    expect(result.options.profiles).toBe(50);
    expect(result.shortlist).toHaveLength(1);
    expect(result.eleventy).toHaveLength(1);
    expect(result.weights?.profilePages).toBe(50);
    if (result.versions.hugo) expect(numbers(row("hugo       render"))[0]).toBeGreaterThan(0);
    else expect(run.stdout).toContain("Hugo baseline skipped");
  });

  it("reports peak memory and the page weights", () => {
    expect(row("peak memory")).toBeDefined();
    const node = row("shortlist  Node build process")!;
    expect(Number(node.trim().split(/\s+/).at(-2))).toBeGreaterThan(10); // MB
    expect(row("heaviest profile page")).toMatch(/\d+\.\d \/profiles\/synthetic-\d+\/index\.html/);
    expect(row("heaviest directory page")).toMatch(/\d+\.\d \/profiles\//);
  });

  it("ends with the ratio line", () => {
    const last = lines.at(-1)!;
    expect(last).toMatch(/^ratio shortlist\/eleventy=\d+\.\d\d( shortlist\/hugo=\d+\.\d\d shortlist\/hugo\+pagefind=\d+\.\d\d)?$/);
    const ratio = Number(/shortlist\/eleventy=(\d+\.\d\d)/.exec(last)![1]);
    expect(ratio).toBeGreaterThan(0);
    expect(Number.isFinite(ratio)).toBe(true);
  });
});
