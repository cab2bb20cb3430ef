/**
 * npm run build [-- --out DIR] [--today YYYY-MM-DD] [--profiles DIR]
 * npm start    (= build --serve [--port N] [--host H])
 *
 * validate → score → render with Eleventy into a temporary folder next to the output →
 * index with Pagefind → swap the new folder in. Any validation error, template error or
 * indexing error stops the build and leaves the previous output untouched.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { register as registerTsx } from "tsx/esm/api";
import * as pagefind from "pagefind";
import { countErrors, formatText, type Diagnostic } from "../diagnostics.js";
import { contentDir, repoRoot, schemasDir } from "../paths.js";
import { loadSiteData, type SiteData } from "../site/data/site-data.js";
import { pagesDir } from "../site/eleventy-plugin.js";
import { startStaticServer } from "../site/server/static-server.js";
import { resolveToday } from "../util/dates.js";
import { isMain } from "../util/is-main.js";

export const defaultOutDir = join(repoRoot, "_site");
const configPath = join(repoRoot, "eleventy.config.ts");

export interface BuildOptions {
  /** Where the finished site goes (default _site). */
  outDir?: string;
  today?: string;
  /** Folder of profiles (default content/profiles). */
  profilesDir?: string;
  referenceDir?: string;
  /** Where progress and diagnostics go (default stderr). */
  log?: (line: string) => void;
}

export interface BuildResult {
  ok: boolean;
  outDir: string;
  diagnostics: Diagnostic[];
  /** Set when the build failed for a reason other than invalid profiles. */
  error?: string;
  profiles?: number;
  indexedPages?: number;
  ms: number;
}

let buildCounter = 0;

/**
 * Renders the site data into `dir` with Eleventy (through our eleventy.config.ts). Eleventy
 * imports the config and the .11ty.ts templates with Node's own import(), so the tsx loader
 * is registered for the duration of the render: that works from the tsx CLI and from any
 * other caller (the test runner) alike.
 */
export async function renderSite(data: SiteData, dir: string): Promise<void> {
  const unregister = registerTsx();
  try {
    await renderWithEleventy(data, dir);
  } finally {
    await unregister();
  }
}

async function renderWithEleventy(data: SiteData, dir: string): Promise<void> {
  const eleventy = new Eleventy(pagesDir, dir, {
    configPath,
    quietMode: true,
    config: (eleventyConfig) => {
      eleventyConfig.addGlobalData("shortlist", () => data);
    },
  });
  eleventy.disableLogger();
  await eleventy.write();
}

/** Indexes the profile pages of `dir` into `dir/pagefind`; returns how many pages the index holds. */
export async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(dir, "pagefind") });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    // addDirectory counts every HTML file it read; the entry file counts the pages indexed
    // (only those with data-pagefind-body, i.e. profile pages).
    const entry = JSON.parse(readFileSync(join(dir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** Replaces `outDir` with `fresh` by two renames; the old copy is deleted afterwards. */
function swapIn(fresh: string, outDir: string, scratch: string): void {
  if (!existsSync(outDir)) {
    renameSync(fresh, outDir);
    return;
  }
  const old = join(scratch, `old-${process.pid}-${Date.now()}`);
  renameSync(outDir, old);
  try {
    renameSync(fresh, outDir);
  } catch (error) {
    renameSync(old, outDir);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

function removeIfEmpty(dir: string): void {
  try {
    if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // another build may be using it
  }
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => process.stderr.write(line + "\n"));
  const outDir = resolve(options.outDir ?? defaultOutDir);
  const today = options.today ?? resolveToday();
  const ms = () => Math.round(performance.now() - started);

  const loaded = loadSiteData({ today, ...(options.profilesDir ? { dir: options.profilesDir } : {}), ...(options.referenceDir ? { referenceDir: options.referenceDir } : {}) });
  const warnings = loaded.diagnostics.filter((d) => d.severity === "warning");
  if (!loaded.ok) {
    for (const d of loaded.diagnostics) log(formatText(d));
    const errors = countErrors(loaded.diagnostics);
    log(`✗ build stopped: ${errors} error(s); ${basename(outDir)}/ left as it was`);
    return { ok: false, outDir, diagnostics: loaded.diagnostics, ms: ms() };
  }
  for (const d of warnings) log(formatText(d));

  const scratch = join(dirname(outDir), ".shortlist-tmp");
  const temp = join(scratch, `build-${process.pid}-${++buildCounter}`);
  try {
    mkdirSync(temp, { recursive: true });
    await renderSite(loaded.data, temp);
    const indexed = await indexSite(temp);
    if (indexed !== loaded.data.profiles.length) throw new Error(`pagefind indexed ${indexed} pages, expected one per profile (${loaded.data.profiles.length})`);
    swapIn(temp, outDir, scratch);
    removeIfEmpty(scratch);
    log(`✓ built ${loaded.data.profiles.length} profiles into ${basename(outDir)}/ (${indexed} pages indexed for search, ${ms()} ms)`);
    return { ok: true, outDir, diagnostics: loaded.diagnostics, profiles: loaded.data.profiles.length, indexedPages: indexed, ms: ms() };
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    removeIfEmpty(scratch);
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`✗ build failed: ${message}\n${basename(outDir)}/ left as it was`);
    return { ok: false, outDir, diagnostics: loaded.diagnostics, error: message, ms: ms() };
  }
}

/** Runs one build in a fresh process, so edits to templates and code are picked up. */
function buildInChild(args: readonly string[]): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { stdio: "inherit", cwd: process.cwd() });
    child.on("exit", (code) => done(code === 0));
    child.on("error", () => done(false));
  });
}

async function serve(outDir: string, port: number, host: string | undefined, childArgs: readonly string[]): Promise<void> {
  const ok = await buildInChild(childArgs);
  if (!ok && !existsSync(outDir)) process.stderr.write("no site to serve yet: fix the errors above and save to rebuild\n");
  const server = await startStaticServer({ root: outDir, port, ...(host ? { host } : {}) });
  process.stderr.write(`serving ${basename(outDir)}/ at ${server.url}/ — watching content/, src/site/ and schemas/; Ctrl-C to stop\n`);

  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const rebuild = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    process.stderr.write("\nchange detected, rebuilding…\n");
    const success = await buildInChild(childArgs);
    if (!success) process.stderr.write("rebuild failed; still serving the last good site\n");
    running = false;
    if (again) {
      again = false;
      void rebuild();
    }
  };
  const watchers: FSWatcher[] = [];
  for (const dir of [contentDir, join(repoRoot, "src/site"), schemasDir]) {
    if (!existsSync(dir)) continue;
    watchers.push(
      watch(dir, { recursive: true }, (_event, name) => {
        if (name && /(^|[/\\])\.|~$|\.swp$|\.tmp$/.test(String(name))) return;
        clearTimeout(timer);
        timer = setTimeout(() => void rebuild(), 250);
      }),
    );
  }
  const stop = () => {
    for (const w of watchers) w.close();
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

const USAGE = "usage: npm run build -- [--out DIR] [--today YYYY-MM-DD] [--profiles DIR]\n       npm start -- [--port N] [--host H] [--today YYYY-MM-DD] [--profiles DIR]";

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        profiles: { type: "string" },
        today: { type: "string" },
        serve: { type: "boolean" },
        port: { type: "string" },
        host: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  let today: string;
  try {
    today = resolveToday(v.today);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const outDir = resolve(v.out ?? defaultOutDir);
  const profilesDir = v.profiles ? resolve(v.profiles) : undefined;
  if (v.serve) {
    const port = Number(v.port ?? process.env.PORT ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      process.stderr.write(`--port must be a port number, got "${v.port ?? process.env.PORT}"\n`);
      return 2;
    }
    await serve(outDir, port, v.host ?? process.env.HOST, ["--out", outDir, "--today", today, ...(profilesDir ? ["--profiles", profilesDir] : [])]);
    return -1; // keep running
  }
  const result = await buildSite({ outDir, today, ...(profilesDir ? { profilesDir } : {}) });
  return result.ok ? 0 : 1;
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
