import { describe, expect, it } from "vitest";
import { formatStaleReport, staleReport } from "../../src/freshness/stale.js";
import type { ValidProfile } from "../../src/validate/validate-profiles.js";
import { TODAY, validProfile } from "../helpers.js";

const profile = (slug: string, last_reviewed: string, dates: Array<[string, string?]>): ValidProfile => ({
  slug,
  file: `content/profiles/${slug}.md`,
  body: "",
  bodyLine: 1,
  data: validProfile({
    name: slug,
    last_reviewed,
    signals: {
      testing: {
        evidence: dates.map(([date, verified_on], i) => ({ kind: "repository", title: `item ${i}`, url: "https://x.example/", date, level: verified_on ? "verified" : "sourced", ...(verified_on ? { verified_on } : {}) })),
      },
    },
  }),
});

describe("staleReport", () => {
  const report = staleReport(
    [profile("fresh", "2026-11-01", [["2026-01-01"]]), profile("old", "2025-01-01", [["2020-05-01"], ["2021-01-01", "2026-01-01"]]), profile("older", "2024-06-01", [["2023-01-01"]])],
    { today: TODAY, profileDays: 365, evidenceDays: 730 },
  );

  it("lists profiles past the horizon, oldest first", () => {
    expect(report.profiles.map((p) => [p.slug, p.days])).toEqual([["older", 906], ["old", 692]]);
  });

  it("counts a verified item's age from its verification, and lists old evidence oldest first", () => {
    expect(report.evidence.map((e) => [e.slug, e.since])).toEqual([["old", "2020-05-01"], ["older", "2023-01-01"]]);
  });

  it("prints a readable report", () => {
    const text = formatStaleReport(report);
    expect(text).toContain("Profiles not reviewed for more than 365 days (today 2026-11-24): 2");
    expect(text).toMatch(/906 days {2}content\/profiles\/older\.md {2}last reviewed 2024-06-01/);
  });

  it("uses the horizon it is given", () => {
    const strict = staleReport([profile("fresh", "2026-11-01", [["2026-01-01"]])], { today: TODAY, profileDays: 10, evidenceDays: 100 });
    expect([strict.profiles.length, strict.evidence.length]).toEqual([1, 1]);
  });
});

describe("npm run stale", () => {
  const run = async (args: string[]) => {
    const { runStale } = await import("../../src/cli/stale.js");
    const out: string[] = [];
    const err: string[] = [];
    const code = runStale([...args, "--today", TODAY], { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join(""), err: err.join("") };
  };

  it("lists the stale sample profile and old evidence, using the rubric's horizon by default", async () => {
    const { code, out } = await run(["--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.profiles.map((p: { slug: string }) => p.slug)).toEqual(["almendro-data"]);
    expect(report.evidenceDays).toBe(731);
    const days = report.evidence.map((e: { days: number }) => e.days);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it("takes its horizons from --days and --evidence-days", async () => {
    const { out } = await run(["--json", "--days", "30", "--evidence-days", "100000"]);
    const report = JSON.parse(out);
    expect(report.profiles.length).toBeGreaterThan(1);
    expect(report.evidence).toEqual([]);
  });

  it("prints its usage on --help and exits 0, like every other command", async () => {
    const { code, out, err } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("usage: npm run stale");
    expect(err).toBe("");
  });

  it("refuses an unknown option with the usage and exit code 2", async () => {
    const { code, out, err } = await run(["--dyas", "30"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^error: .*'--dyas'[\s\S]*usage: npm run stale/);
  });

  it("refuses a horizon that is not a whole number", async () => {
    const { code, err } = await run(["--days", "a year"]);
    expect(code).toBe(2);
    expect(err).toContain('--days takes a whole number of days, not "a year"');
  });
});
