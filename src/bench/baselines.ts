/**
 * The tools a user would pick instead, run on the same Markdown bodies:
 *
 *   bare Eleventy  the installed @11ty/eleventy CLI, one Nunjucks layout, no plugins
 *   bare Hugo      Debian's `hugo` (when installed), one single-page layout
 *   Pagefind       the installed pagefind CLI over each output, as Shortlist indexes its own
 *
 * Each command runs as its own process and is measured by runMeasured (wall time, memory).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { repoRoot } from "../paths.js";
import { runMeasured, type RunResult } from "./measure.js";

const require = createRequire(import.meta.url);

/** The package.json of an installed package (some packages do not export it, so walk up from the entry point). */
function manifestOf(name: string): string {
  try {
    return require.resolve(`${name}/package.json`, { paths: [repoRoot] });
  } catch {
    const direct = join(repoRoot, "node_modules", name, "package.json");
    if (existsSync(direct)) return direct;
    let dir = dirname(require.resolve(name, { paths: [repoRoot] }));
    for (;;) {
      const candidate = join(dir, "package.json");
      if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, "utf8")) as { name?: string }).name === name) return candidate;
      const up = dirname(dir);
      if (up === dir) throw new Error(`cannot find the package.json of ${name}`);
      dir = up;
    }
  }
}

function packageBin(name: string, bin?: string): string {
  const manifestPath = manifestOf(name);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin?: string | Record<string, string> };
  const rel = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[bin ?? name];
  if (!rel) throw new Error(`${name} has no bin ${bin ?? name}`);
  return join(dirname(manifestPath), rel);
}

export function eleventyBin(): string {
  return packageBin("@11ty/eleventy", "eleventy");
}

export function pagefindBin(): string {
  return packageBin("pagefind");
}

export function versionOf(name: string): string {
  return (JSON.parse(readFileSync(manifestOf(name), "utf8")) as { version: string }).version;
}

/** `hugo version`, or undefined when Hugo is not installed. */
export function hugoVersion(): string | undefined {
  const run = spawnSync("hugo", ["version"], { encoding: "utf8" });
  if (run.error || run.status !== 0) return undefined;
  return run.stdout.trim().split(/\s+/)[1] ?? run.stdout.trim();
}

export interface StepResult {
  ms: number;
  peakProcessRss?: number;
  peakTreeRss?: number;
}

function step(run: RunResult, what: string): StepResult {
  if (!run.ok) throw new Error(`${what} failed (exit ${run.code}):\n${run.stderr.slice(-4000)}${run.stdout.slice(-2000)}`);
  return { ms: run.ms, ...(run.peakProcessRss !== undefined ? { peakProcessRss: run.peakProcessRss } : {}), ...(run.peakTreeRss !== undefined ? { peakTreeRss: run.peakTreeRss } : {}) };
}

export async function runPagefind(siteDir: string): Promise<StepResult> {
  return step(await runMeasured(process.execPath, [pagefindBin(), "--site", siteDir, "--force-language", "en", "--silent"]), "pagefind");
}

/** Bare Eleventy over eleventyDir/src into eleventyDir/_site. */
export async function runEleventy(eleventyDir: string, outDir: string): Promise<StepResult> {
  return step(await runMeasured(process.execPath, [eleventyBin(), "--input=src", `--output=${outDir}`, "--quiet"], { cwd: eleventyDir }), "eleventy");
}

/** Bare Hugo over hugoDir into outDir. */
export async function runHugo(hugoDir: string, outDir: string): Promise<StepResult> {
  return step(await runMeasured("hugo", ["--quiet", "--source", hugoDir, "--destination", outDir]), "hugo");
}

export function hugoAvailable(): boolean {
  return hugoVersion() !== undefined;
}
