import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDiff } from "../../src/cli/diff.js";
import { profilesDir, referenceDir } from "../../src/paths.js";
import { score } from "../../src/score/index.js";
import { validateAll } from "../../src/validate/validate-all.js";
import { gitIn, TODAY } from "../helpers.js";

const repo = mkdtempSync(join(tmpdir(), "shortlist-diff-repo-"));
const git = gitIn(repo);
const profile = (slug: string) => join(repo, "content/profiles", `${slug}.md`);

function diff(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runDiff([...args, "--today", TODAY], repo, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(""), err: err.join("") };
}

/** Delivery score of a profile file as the scorer sees it in `content` (the truth the table must match). */
function deliveryIn(content: string, slug: string): number {
  const result = validateAll({ today: TODAY, dir: join(content, "profiles"), referenceDir: join(content, "reference") });
  const p = result.profiles.find((x) => x.slug === slug)!;
  const r = result.reference!;
  return score(p, r.rubric, { market: r.market, currencies: r.currencies }, TODAY).delivery.score;
}

function row(markdown: string, slug: string): string[] {
  const line = markdown.split("\n").find((l) => l.includes(`(\`${slug}\`)`));
  if (!line) throw new Error(`no row for ${slug} in\n${markdown}`);
  return line.split(" | ").map((c) => c.replace(/^\| |\s\|$/g, "").trim());
}

let baseScore: number;
beforeAll(() => {
  git("init", "-q", "-b", "main");
  mkdirSync(join(repo, "content/profiles"), { recursive: true });
  cpSync(referenceDir, join(repo, "content/reference"), { recursive: true });
  for (const slug of ["havelmark-software", "quebracho-code", "azulejo-typed"]) cpSync(join(profilesDir, `${slug}.md`), profile(slug));
  git("add", "-A");
  git("commit", "-qm", "base");
  baseScore = deliveryIn(join(repo, "content"), "quebracho-code");

  // The pull request: one profile improved, one removed, one added.
  const text = readFileSync(profile("quebracho-code"), "utf8");
  const improved = text.replace(/level: claimed/, "level: sourced\n        url: https://quebracho-code.example/evidence/1");
  expect(improved).not.toBe(text);
  writeFileSync(profile("quebracho-code"), improved);
  rmSync(profile("havelmark-software"));
  cpSync(join(profilesDir, "lotus-quay-software.md"), profile("lotus-quay-software"));
  git("add", "-A");
  git("commit", "-qm", "change profiles");
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("npm run diff", () => {
  it("reports added, changed and removed profiles with their real score movements", () => {
    const { code, out } = diff("--base", "HEAD~1");
    expect(code).toBe(0);
    expect(out).toContain("1 added · 1 changed · 1 removed · 0 invalid · 1 unchanged");

    const headScore = deliveryIn(join(repo, "content"), "quebracho-code");
    expect(headScore).toBeGreaterThan(baseScore);
    const changed = row(out, "quebracho-code");
    expect(changed[1]).toBe("changed");
    expect(changed[2]).toBe(`${baseScore.toFixed(1)} → ${headScore.toFixed(1)}`);
    expect(changed[3]).toBe(`+${(Math.round((headScore - baseScore) * 10) / 10).toFixed(1)}`);

    const added = row(out, "lotus-quay-software");
    expect(added.slice(1, 3)).toEqual(["added", deliveryIn(join(repo, "content"), "lotus-quay-software").toFixed(1)]);
    expect(row(out, "havelmark-software")[1]).toBe("removed");
    expect(out).not.toContain("`azulejo-typed`");
    expect(out).toContain("Schemas, rubric, market and other reference data: unchanged.");
  });

  it("says how many untouched profiles a rubric change moves", () => {
    const rubric = join(repo, "content/reference/rubric.yaml");
    const before = readFileSync(rubric, "utf8");
    // Move weight from trade-offs to testing: still 100 in all.
    const after = before.replace(/(\n  testing:\n(?:.*\n)*?    weight: )(\d+)/, (_m, p, w) => `${p}${Number(w) + 2}`).replace(/(\n  tradeoffs:\n(?:.*\n)*?    weight: )(\d+)/, (_m, p, w) => `${p}${Number(w) - 2}`);
    expect(after).not.toBe(before);
    writeFileSync(rubric, after);
    git("commit", "-qam", "reweigh");
    const { code, out } = diff("--base", "HEAD~1");
    expect(code).toBe(0);
    expect(out).toMatch(/Reference data and schema changes: `content\/reference\/rubric.yaml`\. They move the scores of [1-3] of 3 profile\(s\) whose file did not change\./);
    expect(out).toContain("changed (reference data)");
  });

  it("refuses a base ref that does not exist, with one line and exit 1", () => {
    const { code, err, out } = diff("--base", "no-such-branch");
    expect(code).toBe(1);
    expect(err).toBe('error: base ref "no-such-branch" does not exist (try a branch, a tag or a commit such as HEAD~1)\n');
    expect(out).toBe("");
  });

  it("refuses uncommitted changes to profiles and writes nothing", () => {
    writeFileSync(profile("azulejo-typed"), readFileSync(profile("azulejo-typed"), "utf8") + "\nMore.\n");
    const { code, err } = diff("--base", "HEAD~1");
    expect(code).toBe(1);
    expect(err).toMatch(/^error: uncommitted changes in 1 file\(s\) \(content\/profiles\/azulejo-typed\.md\); commit or stash them/);
    expect(git("status", "--porcelain")).toBe(" M content/profiles/azulejo-typed.md\n");
    git("checkout", "--", "content/profiles/azulejo-typed.md");
  });

  it("asks for --base when it is missing", () => {
    expect(diff().code).toBe(2);
  });
});
