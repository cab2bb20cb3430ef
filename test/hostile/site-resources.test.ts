/**
 * Files built to exhaust time or memory, or to slip past the reader, in one real build run
 * in its own process (so its time and peak memory can be measured): each is refused with
 * its file, line and column within a fixed budget, every other profile is still checked on
 * its own, and the rest builds once the hostile files are gone.
 *
 * The build is all-or-nothing by design: one error anywhere stops it and the previous site
 * stays up (see SECURITY.md), so "the other profiles still built" is shown in two steps.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import { repoRoot } from "../../src/paths.js";
import { lineOf, namedProfileText, profileText, TODAY, validProfile } from "../helpers.js";
import { tempRoot, writeProfiles } from "./site-harness.js";

const BUDGET_MS = 30_000;
const BUDGET_RSS_MB = 1024;

interface ChildBuild {
  ok: boolean;
  error: string | null;
  diagnostics: Diagnostic[];
  profiles: number;
  ms: number;
  maxRssMb: number;
  wallMs: number;
}

function buildInChild(profilesDir: string, outDir: string): ChildBuild {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "test/hostile/fixtures/build-child.ts"), profilesDir, outDir, TODAY], { cwd: repoRoot, encoding: "utf8", timeout: BUDGET_MS * 2, maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Math.round(performance.now() - started);
  if (run.status !== 0) throw new Error(`build process failed (${run.status ?? run.signal}) after ${wallMs} ms:\n${run.stderr.slice(0, 3000)}`);
  return { ...(JSON.parse(run.stdout.trim().split("\n").pop()!) as Omit<ChildBuild, "wallMs">), wallMs };
}

const root = tempRoot("resources");
const content = join(root, "content");
const profiles = join(content, "profiles");
mkdirSync(profiles, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const enc = (s: string) => new TextEncoder().encode(s);

// Billion laughs: nine aliases of nine aliases … would expand to 9^9 strings.
const bomb = ["---", "name: Alias Bomb", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...[..."bcdefghi"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(",")}]`), "---", "Body.", ""].join("\n");
const wide = profileText(validProfile({ name: "Wide Mapping", website: "https://wide.example" })).replace(/^---\n/, `---\n${Array.from({ length: 30_000 }, (_, i) => `x${i.toString(36)}: 1`).join("\n")}\n`);
const longList = profileText(validProfile({ name: "Long List", website: "https://long-list.example", stack: Array.from({ length: 10_000 }, (_, i) => `tool-${i}`) }));
const longRegions = profileText(validProfile({ name: "Long Regions", website: "https://long-regions.example", regions: Array.from({ length: 10_000 }, (_, i) => `region-${i}`) }));
const deepSeq = `---\nname: Deep Seq\nsignals: ${"[".repeat(1000)}${"]".repeat(1000)}\n---\nBody.\n`;
const deepMap = `---\nname: Deep Map\nsignals: ${"{a: ".repeat(1000)}1${"}".repeat(1000)}\n---\nBody.\n`;
const deepBlock = `---\nname: Deep Block\nsignals:\n${Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n")} x\n---\nBody.\n`;
const nul = namedProfileText("Nul Firm", "nul-firm").replace("name: Nul Firm", "name: Nul\u0000Firm");
const latin1 = new Uint8Array([...enc("---\nname: Caf"), 0xe9, ...enc(" Latin\n---\nBody.\n")]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const bomCrlf = (name: string, slug: string, bom: boolean) => (bom ? "\uFEFF" : "") + namedProfileText(name, slug).replace(/\n/g, "\r\n");

const hostile: Record<string, string | Uint8Array> = {
  "alias-bomb.md": bomb,
  "wide-mapping.md": wide,
  "long-list.md": longList,
  "long-regions.md": longRegions,
  "deep-seq.md": deepSeq,
  "deep-map.md": deepMap,
  "deep-block.md": deepBlock,
  "nul-firm.md": nul,
  "latin1-firm.md": latin1,
  "binary.md": png,
  "Café Zoë.md": namedProfileText("Cafe Zoe", "cafe-zoe"),
  "my profile.md": namedProfileText("My Profile", "my-profile"),
};
const survivors: Record<string, string> = {
  "good-one.md": namedProfileText("Good One", "good-one"),
  "good-two.md": namedProfileText("Good Two", "good-two"),
  "bom-firm.md": bomCrlf("Bom Firm", "bom-firm", true),
  "crlf-firm.md": bomCrlf("Crlf Firm", "crlf-firm", false),
};

/** Rule and position each hostile file must be refused with (line, column; undefined = any). */
const expected: Record<string, { rule: string; line?: number; column?: number }> = {
  "alias-bomb.md": { rule: "yaml-alias", line: lineOf(bomb, "*a"), column: 8 },
  "huge.md": { rule: "file-too-large", line: 1, column: 1 },
  "wide-mapping.md": { rule: "schema", line: 2, column: 1 },
  "long-list.md": { rule: "schema", line: lineOf(longList, "stack:") },
  "long-regions.md": { rule: "known-vocabulary" },
  "deep-seq.md": { rule: "yaml-too-deep", line: 3 },
  "deep-map.md": { rule: "yaml-too-deep", line: 3 },
  "deep-block.md": { rule: "yaml-too-deep" },
  "nul-firm.md": { rule: "binary-file", line: 2, column: 10 },
  "latin1-firm.md": { rule: "not-utf8", line: 2, column: 10 },
  "binary.md": { rule: "binary-file", line: 3, column: 1 },
  "escape.md": { rule: "symlink-outside-content", line: 1, column: 1 },
  "passwd.md": { rule: "symlink-outside-content", line: 1, column: 1 },
  "Café Zoë.md": { rule: "slug-format", line: 1, column: 1 },
  "my profile.md": { rule: "slug-format", line: 1, column: 1 },
};

describe("resource-exhausting and malformed files in a real build", () => {
  it("refuses each with its file, line and column, within 30 s and 1 GB, and checks every other profile on its own", () => {
    writeProfiles(profiles, { ...hostile, ...survivors });
    writeFileSync(join(profiles, "huge.md"), Buffer.alloc(10 * 1024 * 1024, "a"));
    writeFileSync(join(root, "secret.md"), namedProfileText("Secret", "secret"));
    symlinkSync(join(root, "secret.md"), join(profiles, "escape.md"));
    symlinkSync("/etc/passwd", join(profiles, "passwd.md"));
    const out = join(root, "site");

    const run = buildInChild(profiles, out);
    expect(run.wallMs).toBeLessThan(BUDGET_MS);
    expect(run.maxRssMb).toBeLessThan(BUDGET_RSS_MB);
    expect(run.error).toBeNull();
    expect(run.ok).toBe(false);
    expect(existsSync(out)).toBe(false);

    const byFile = (name: string) => run.diagnostics.filter((d) => d.file.endsWith(`/${name}`) && d.severity === "error");
    for (const [name, want] of Object.entries(expected)) {
      const mine = byFile(name);
      expect(mine.length, name).toBeGreaterThan(0);
      expect(mine.length, `${name} lists at most 50 errors per rule and a count`).toBeLessThanOrEqual(60);
      const match = mine.find((d) => d.rule === want.rule && (want.line === undefined || d.line === want.line) && (want.column === undefined || d.column === want.column));
      expect(match, `${name} has no ${want.rule} error at ${want.line}:${want.column}: ${JSON.stringify(mine.slice(0, 3))}`).toBeDefined();
      for (const d of mine) expect(d.message.length, name).toBeGreaterThan(5);
    }
    for (const name of Object.keys(survivors)) expect(byFile(name), name).toEqual([]);
    console.info(`hostile files through a build: ${Object.keys(expected).length} refused with positions in ${run.wallMs} ms wall (${run.ms} ms in buildSite), peak RSS ${run.maxRssMb} MB; ${Object.keys(survivors).length} others (incl. BOM and CRLF) checked clean`);
  }, BUDGET_MS * 2);

  it("builds the other profiles, BOM and CRLF ones included, once the hostile files are removed", () => {
    const clean = writeProfiles(join(root, "clean", "profiles"), survivors);
    const out = join(root, "clean", "site");
    const run = buildInChild(clean, out);
    expect(run.error).toBeNull();
    expect(run.ok).toBe(true);
    expect(run.profiles).toBe(4);
    expect(run.maxRssMb).toBeLessThan(BUDGET_RSS_MB);
    for (const slug of ["good-one", "good-two", "bom-firm", "crlf-firm"]) expect(existsSync(join(out, "profiles", slug, "index.html")), slug).toBe(true);
  }, BUDGET_MS * 2);
});
