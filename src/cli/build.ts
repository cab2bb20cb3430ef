/**
 * npm run build [-- --out DIR] [--today YYYY-MM-DD] [--profiles DIR]
 * npm start    (= build --serve [--port N] [--host H])
 *
 * validate → score → view models → write the search documents and start Pagefind on them →
 * render with Eleventy into a temporary folder next to the output (while Pagefind indexes)
 * → swap the new folder in. Any validation error, template error or indexing error stops
 * the build and leaves the previous output untouched.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { register as registerTsx } from "tsx/esm/api";
import { countErrors, formatText, type Diagnostic } from "../diagnostics.js";
import { contentDir, repoRoot, schemasDir } from "../paths.js";
import type { ReferenceData } from "../reference/index.js";
import { loadSiteData, siteDataStages, type LoadOptions, type SearchShardPagesHook, type SiteData } from "../site/data/site-data.js";
import type { ProfilePageModel } from "../site/view/profile.js";
import { pagesDir } from "../site/eleventy-plugin.js";
import { writeDataFiles } from "../site/render/data-files.js";
import { writeDirectoryPages } from "../site/render/directory-files.js";
import { writeApiProfileFiles, writeProfilePages } from "../site/render/per-profile-files.js";
import { SearchDocuments, ShardIndexer } from "../site/search-index.js";
import { startStaticServer, type RunningServer } from "../site/server/static-server.js";
import { resolveToday } from "../util/dates.js";
import { parseCommandLine } from "../util/command-line.js";
import { lapTimer } from "../util/lap-timer.js";
import { isMain } from "../util/is-main.js";
import { ramScratch } from "../util/ram-scratch.js";
import { sweepDeadScratch } from "../util/stale-scratch.js";
import { watchTree, type TreeWatcher } from "../util/watch-tree.js";
import { interruptOnSignals, readPendingSignals } from "../util/signals.js";
import { displayPath } from "../load/discover.js";

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
  /** Reference data already loaded, and results kept between builds (the dev server's warm builder). */
  reference?: ReferenceData;
  cache?: LoadOptions["cache"];
  /**
   * The search documents (default: in a scratch folder, deleted once Pagefind has read them).
   * The dev server keeps its own, to re-index after an edit without writing them all again.
   */
  searchDocuments?: SearchDocuments;
  /** Profiles per search index shard (default PROFILES_PER_SHARD; tests use small shards). */
  profilesPerSearchShard?: number;
  /**
   * Stops the build (Ctrl-C): it stops its indexers at once and the rest of the build at the
   * next stage, deletes what it wrote and leaves the output as it was. Once the new site is
   * swapped in, the build completes.
   */
  signal?: AbortSignal;
}

export interface BuildResult {
  ok: boolean;
  outDir: string;
  diagnostics: Diagnostic[];
  /** Set when the build failed for a reason other than invalid profiles. */
  error?: string;
  /** True when the build was stopped through `signal`. */
  interrupted?: boolean;
  profiles?: number;
  indexedPages?: number;
  ms: number;
  /**
   * Milliseconds per stage: loadValidate, score, view, searchDocs, render (render.* its parts),
   * index, swap; indexStart: when the first search shard's indexer started, from the build's start; and `cpu.<stage>`: this process's CPU time (user + system) in the stage, which
   * unlike the wall time does not grow when other processes share the cores.
   */
  timings: Record<string, number>;
  /** The site data that was built (on success). */
  site?: SiteData;
}

let buildCounter = 0;

/**
 * Renders the site data into `dir`: each profile's page and JSON file
 * (render/per-profile-files.ts) and the directory pages (render/directory-files.ts) directly —
 * at 10,000 profiles that is ~22,000 files, where Eleventy's per-page pipeline cost several
 * times the rendering — and every other page with Eleventy (through our eleventy.config.ts).
 * Eleventy imports the config and the .11ty.ts templates with Node's own import(), so the tsx
 * loader is registered for the duration of the render: that works from the tsx CLI and from
 * any other caller (the test runner) alike.
 */
export interface RenderOptions {
  /** Filled with the milliseconds each part took: apiProfiles, profilePages, directoryPages, dataFiles, otherPages. */
  timings?: Record<string, number>;
  /** Checked between the parts, and every RENDER_STEP files within the parts written here: a stopped render throws. */
  signal?: AbortSignal;
}

/** Lets a signal handler run (Ctrl-C), then throws if the render was stopped. */
async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await readPendingSignals();
  signal.throwIfAborted();
}

/** Files written per step of the render's own parts: a Ctrl-C is read between steps (0.1–0.45 s each at 10,000 profiles). */
export const RENDER_STEP = 1000;

/** Writes `items` RENDER_STEP at a time (all at once without a signal), letting a Ctrl-C in between steps. */
export async function writeInSteps<T>(items: readonly T[], write: (some: readonly T[]) => void, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return write(items);
  let next = 0;
  do {
    write(items.slice(next, next + RENDER_STEP));
    next += RENDER_STEP;
    if (next < items.length) await checkpoint(signal);
  } while (next < items.length);
}

/** Collect garbage before Eleventy runs when the heap holds more than this. */
const GC_ABOVE_BYTES = 512 * 1024 * 1024;

let gc: (() => void) | undefined;

/** A full garbage collection (V8's gc(), exposed on first use). */
function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}

export async function renderSite(data: SiteData, dir: string, options: RenderOptions = {}): Promise<void> {
  const unregister = registerTsx();
  try {
    const lap = lapTimer(options.timings);
    const { signal } = options;
    await writeInSteps(data.apiProfiles, (some) => writeApiProfileFiles(dir, some), signal);
    lap("apiProfiles");
    await checkpoint(signal);
    await writeInSteps(data.profilePages, (some) => writeProfilePages(dir, some), signal);
    lap("profilePages");
    await checkpoint(signal);
    await writeInSteps(data.directoryPages, (some) => writeDirectoryPages(dir, some), signal);
    lap("directoryPages");
    await checkpoint(signal);
    writeDataFiles(dir, data);
    lap("dataFiles");
    await checkpoint(signal);
    // The pages above leave ~0.3 GB of garbage at 10k; collect it before Eleventy adds its own.
    if (process.memoryUsage().heapUsed > GC_ABOVE_BYTES) collectGarbage();
    await renderWithEleventy(pagesDir, data, dir);
    lap("otherPages");
  } catch (error) {
    // Eleventy rejects at the first failing template while its other page writes and
    // passthrough copies carry on. Let them finish before the caller deletes `dir`: otherwise
    // they fail later as an unhandled rejection, or write into a folder that is gone.
    await settled(dir);
    throw error;
  } finally {
    await unregister();
  }
}

/** Resolves once nothing has been added under `dir` for `quietMs` (at most `maxMs`). */
async function settled(dir: string, quietMs = 200, maxMs = 5000): Promise<void> {
  const count = () => (existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0);
  const until = Date.now() + maxMs;
  let last = count();
  let quietSince = Date.now();
  while (Date.now() < until && Date.now() - quietSince < quietMs) {
    await new Promise((done) => setTimeout(done, 25));
    const now = count();
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    }
  }
}

/**
 * Eleventy, imported on first use: loading it takes ~0.45 s, which at the top of this module
 * would delay every build's first step (and the search index, which starts before the render).
 */
let eleventyModule: Promise<typeof import("@11ty/eleventy")> | undefined;
const loadEleventy = () => (eleventyModule ??= import("@11ty/eleventy"));

async function renderWithEleventy(input: string, data: SiteData, dir: string): Promise<void> {
  const { default: Eleventy } = await loadEleventy();
  const eleventy = new Eleventy(input, dir, {
    configPath,
    quietMode: true,
    config: (eleventyConfig) => {
      eleventyConfig.addGlobalData("shortlist", () => data);
    },
  });
  eleventy.disableLogger();
  await eleventy.write();
}

/**
 * Replaces `outDir` with `fresh` by two renames; the old copy is deleted afterwards (or,
 * with `keepOld`, moved aside and its path returned for the caller to delete).
 */
export function swapIn(fresh: string, outDir: string, scratch: string, keepOld = false): string | undefined {
  if (!existsSync(outDir)) {
    renameSync(fresh, outDir);
    return undefined;
  }
  const old = join(scratch, `old-${process.pid}-${Date.now()}-${++buildCounter}`);
  renameSync(outDir, old);
  try {
    renameSync(fresh, outDir);
  } catch (error) {
    renameSync(old, outDir);
    throw error;
  }
  if (keepOld) return old;
  rmSync(old, { recursive: true, force: true });
  return undefined;
}

export function removeIfEmpty(dir: string): void {
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
  const timings: Record<string, number> = {};
  const cpuMs = (since?: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  /** Starts timing a stage; the returned function records its wall and CPU time. */
  const startStage = (stage: string) => {
    const from = performance.now();
    const cpuFrom = process.cpuUsage();
    return () => {
      // Added up: the search documents are written in one step per shard.
      timings[stage] = (timings[stage] ?? 0) + performance.now() - from;
      timings[`cpu.${stage}`] = (timings[`cpu.${stage}`] ?? 0) + cpuMs(cpuFrom);
    };
  };
  const timed = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const done = startStage(stage);
    try {
      return await run();
    } finally {
      done();
    }
  };
  const dataCpuFrom = process.cpuUsage();

  const scratch = join(dirname(outDir), ".shortlist-tmp");
  sweepDeadScratch(scratch);
  const temp = join(scratch, `build-${process.pid}-${++buildCounter}`);
  // The search documents live only until Pagefind has read them: in memory where there is a tmpfs (ram-scratch.ts).
  const inMemory = ramScratch(scratch);
  if (inMemory !== scratch) sweepDeadScratch(inMemory);
  // Pagefind writes each shard there first, then it is copied into the site (search-index.ts).
  const staging = inMemory !== scratch ? join(inMemory, `${basename(temp)}-index`) : undefined;
  const docs = options.searchDocuments ?? new SearchDocuments(join(inMemory, `${basename(temp)}-search`), options.profilesPerSearchShard);
  const ownDocs = !options.searchDocuments;
  // Scratch search documents are deleted shard by shard once Pagefind has read them, while the render goes on.
  const dropping: Promise<void>[] = [];
  const dropDocs = async (shard?: number) => {
    if (!ownDocs) return;
    const run = rm(shard === undefined ? docs.dir : join(docs.dir, String(shard)), { recursive: true, force: true });
    dropping.push(run);
    await Promise.allSettled(dropping);
  };
  // Pagefind indexes the profiles' search documents in its own processes (one per shard, on
  // the other core) from the moment each shard's page models exist, while the rest of the site
  // data is built and the site is rendered here.
  let indexing: Promise<number> | undefined;
  const stopIndexing = new AbortController();
  const interrupted = () => options.signal?.aborted === true;
  const onInterrupt = () => stopIndexing.abort();
  options.signal?.addEventListener("abort", onInterrupt, { once: true });
  const startIndexing = (shards: number): ShardIndexer => {
    mkdirSync(temp, { recursive: true });
    const indexer = new ShardIndexer(docs.dir, temp, shards, {
      afterRead: (shard) => void dropDocs(shard).catch(() => {}),
      signal: stopIndexing.signal,
      ...(staging ? { staging } : {}),
    });
    indexing = indexer.done;
    indexing.catch(() => {}); // awaited below; a failure before then must not leave it unhandled
    return indexer;
  };
  // This build's own documents: each shard's are written, and its indexer started, as soon as
  // its profiles' page models exist (shard 0's while shard 1's are still being made).
  let indexer: ShardIndexer | undefined;
  const onSearchShard: SearchShardPagesHook = (shard, shards, pages) => {
    const done = startStage("searchDocs");
    if (shard === 0) indexer = startIndexing(shards);
    docs.writeShard(shard, shards, pages);
    done();
    if (shard === 0) timings.indexStart = ms();
    indexer!.ready(shard);
  };
  // The dev server's documents, kept between builds: brought in step all at once.
  const onProfilePages = (pages: readonly ProfilePageModel[]) => {
    const done = startStage("searchDocs");
    docs.sync(pages);
    done();
    const all = startIndexing(docs.shardCount);
    timings.indexStart = ms();
    for (let k = 0; k < docs.shardCount; k++) all.ready(k);
  };
  const cleanUp = async () => {
    options.signal?.removeEventListener("abort", onInterrupt);
    stopIndexing.abort(); // a failed build does not wait for its search index
    await indexing?.catch(() => {});
    rmSync(temp, { recursive: true, force: true });
    if (staging) rmSync(staging, { recursive: true, force: true });
    await dropDocs().catch(() => {});
    removeIfEmpty(scratch);
  };
  const stopped = (diagnostics: Diagnostic[]): BuildResult => {
    log(`✗ build interrupted; ${basename(outDir)}/ left as it was`);
    return { ok: false, interrupted: true, outDir, diagnostics, error: "interrupted", ms: ms(), timings };
  };
  if (interrupted()) {
    await cleanUp();
    return stopped([]);
  }

  let loaded: ReturnType<typeof loadSiteData>;
  try {
    const stages = siteDataStages({
      today,
      timings,
      ...(ownDocs ? { onSearchShard } : { onProfilePages }),
      ...(options.profilesPerSearchShard ? { profilesPerSearchShard: options.profilesPerSearchShard } : {}),
      ...(options.profilesDir ? { dir: options.profilesDir } : {}),
      ...(options.referenceDir ? { referenceDir: options.referenceDir } : {}),
      ...(options.reference ? { reference: options.reference } : {}),
      ...(options.cache ? { cache: options.cache } : {}),
    });
    // Each stage is synchronous (~1–2 s at 10,000 profiles): a Ctrl-C is read after each one.
    let step = stages.next();
    for (;;) {
      if (options.signal) await readPendingSignals();
      if (interrupted()) {
        await cleanUp();
        return stopped(step.done ? step.value.diagnostics : []);
      }
      if (step.done) break;
      step = stages.next();
    }
    loaded = step.value;
  } catch (error) {
    await cleanUp();
    throw error;
  }
  // "view" ran the search documents' writing inside it: count that once, as its own stage.
  if (timings.view !== undefined && timings.searchDocs !== undefined) timings.view -= timings.searchDocs;
  timings["cpu.data"] = cpuMs(dataCpuFrom) - (timings["cpu.searchDocs"] ?? 0);
  const warnings = loaded.diagnostics.filter((d) => d.severity === "warning");
  if (!loaded.ok) {
    await cleanUp();
    for (const d of loaded.diagnostics) log(formatText(d));
    const errors = countErrors(loaded.diagnostics);
    log(`✗ build stopped: ${errors} error(s); ${basename(outDir)}/ left as it was`);
    return { ok: false, outDir, diagnostics: loaded.diagnostics, ms: ms(), timings };
  }
  for (const d of warnings) log(formatText(d));

  try {
    if (!indexing) throw new Error("the search index was not started: no profile page models were built");
    const renderTimings: Record<string, number> = {};
    const site = loaded.data;
    await timed("render", () => renderSite(site, temp, { timings: renderTimings, ...(options.signal ? { signal: options.signal } : {}) }));
    for (const [part, ms] of Object.entries(renderTimings)) timings[`render.${part}`] = ms;
    options.signal?.throwIfAborted();
    const pending = indexing;
    const indexed = await timed("index", () => pending);
    options.signal?.throwIfAborted();
    if (indexed !== loaded.data.profiles.length) throw new Error(`pagefind indexed ${indexed} pages, expected one per profile (${loaded.data.profiles.length})`);
    await timed("swap", async () => {
      swapIn(temp, outDir, scratch);
      if (staging) rmSync(staging, { recursive: true, force: true });
      await dropDocs();
      removeIfEmpty(scratch);
    });
    options.signal?.removeEventListener("abort", onInterrupt);
    log(`✓ built ${loaded.data.profiles.length} profiles into ${basename(outDir)}/ (${indexed} pages indexed for search, ${ms()} ms)`);
    return { ok: true, outDir, diagnostics: loaded.diagnostics, profiles: loaded.data.profiles.length, indexedPages: indexed, ms: ms(), timings, site: loaded.data };
  } catch (error) {
    await cleanUp();
    // Pagefind, stopped by the same Ctrl-C, can fail the build before this process has read the signal.
    if (options.signal) await readPendingSignals();
    if (interrupted()) return stopped(loaded.diagnostics);
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`✗ build failed: ${message}\n${basename(outDir)}/ left as it was`);
    return { ok: false, outDir, diagnostics: loaded.diagnostics, error: message, ms: ms(), timings };
  }
}

/**
 * The warm builder (dev-build.ts) in a child process: it keeps the last build's results and
 * rebuilds incrementally on {type:"rebuild"}. Code, schema or reference changes restart it,
 * so it never renders with stale modules.
 */
class WarmBuilder {
  private child: ChildProcess | undefined;
  /** Every builder process not yet exited, the one being stopped included (kill reaches it). */
  private readonly alive = new Set<ChildProcess>();
  private waiting: Array<(ok: boolean) => void> = [];

  constructor(private readonly args: readonly string[]) {}

  /** Starts a fresh builder (its first build is a full one); resolves when that build is done. */
  async start(): Promise<boolean> {
    await this.stop();
    const child = spawn(process.execPath, [...process.execArgv, devBuildScript, ...this.args], { stdio: ["inherit", "inherit", "inherit", "ipc"], cwd: process.cwd() });
    this.child = child;
    this.alive.add(child);
    child.on("message", (message: { type?: string; ok?: boolean }) => {
      if (message?.type === "built") this.waiting.shift()?.(message.ok === true);
    });
    child.on("exit", () => {
      this.alive.delete(child);
      if (this.child === child) this.child = undefined;
      for (const done of this.waiting.splice(0)) done(false);
    });
    return new Promise((done) => this.waiting.push(done));
  }

  /** An incremental rebuild in the running builder (a fresh one if it is gone). */
  rebuild(): Promise<boolean> {
    if (!this.child?.connected) return this.start();
    const promise = new Promise<boolean>((done) => this.waiting.push(done));
    this.child.send({ type: "rebuild" });
    return promise;
  }

  /**
   * Stops the builder at once, also one that `stop` is waiting for: what it was writing is
   * left to the next build's sweep.
   */
  kill(): void {
    for (const child of this.alive) child.kill("SIGKILL");
  }

  /** Asks the builder to finish what it is doing and exit (killed after a minute). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    if (child.connected) child.send({ type: "stop" });
    else child.kill();
    const timer = setTimeout(() => child.kill(), 60_000);
    await exited;
    clearTimeout(timer);
  }
}

const devBuildScript = fileURLToPath(new URL("./dev-build.ts", import.meta.url));

async function serve(outDir: string, port: number, host: string | undefined, options: { today: string; profilesDir?: string }): Promise<void> {
  const builder = new WarmBuilder(["--out", outDir, "--today", options.today, ...(options.profilesDir ? ["--profiles", options.profilesDir] : [])]);
  let server: RunningServer | undefined;
  const watchers: TreeWatcher[] = [];
  // From the first build on, Ctrl-C reaches the builder too (the same process group): it
  // finishes the build it is in, deletes its scratch files and exits; then so does this.
  // A second Ctrl-C kills the builder and quits at once.
  const interrupt = interruptOnSignals("stopping; the builder finishes what it is doing and deletes its scratch files", () => builder.kill());
  const stopping = () => interrupt.signal.aborted;
  interrupt.signal.addEventListener(
    "abort",
    () => {
      for (const w of watchers) w.close();
      void Promise.all([builder.stop(), server?.close()]).then(() => process.exit(0));
    },
    { once: true },
  );

  const ok = await builder.start();
  if (stopping()) return;
  if (!ok && !existsSync(outDir)) process.stderr.write("no site to serve yet: fix the errors above and save to rebuild\n");
  server = await startStaticServer({ root: outDir, port, ...(host ? { host } : {}) });
  if (stopping()) return;
  const profiles = options.profilesDir ?? join(contentDir, "profiles");
  process.stderr.write(`serving ${basename(outDir)}/ at ${server.url}/ — watching ${displayPath(profiles)}, content/, src/site/ and schemas/; Ctrl-C to stop\n`);

  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  // A profile edit rebuilds incrementally; anything else (templates, schemas, reference data) restarts the builder.
  let restart = false;
  const rebuild = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const fresh = restart;
    restart = false;
    process.stderr.write(`\nchange detected, ${fresh ? "restarting the builder" : "rebuilding"}…\n`);
    const success = await (fresh ? builder.start() : builder.rebuild());
    if (!success) process.stderr.write("rebuild failed; still serving the last good site\n");
    running = false;
    if (again) {
      again = false;
      void rebuild();
    }
  };
  /** Hidden files and folders, and editors' backup and swap files. */
  const ignored = (name: string) => /(^|[/\\])\.|~$|\.swp$|\.tmp$/.test(name);
  const profilesResolved = resolve(profiles);
  // Names in the profiles folder that are not profiles: an editor's or sed's temporary file,
  // gone again by the time the rebuild starts (the edit then renames it over the profile),
  // or a stray file that a full build must report.
  const strays = new Set<string>();
  const schedule = (path: string) => {
    // Profiles are flat files in their folder; anything else goes through a full build.
    if (dirname(path) !== profilesResolved) restart = true;
    else if (!path.endsWith(".md")) strays.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const stray of strays) if (existsSync(stray)) restart = true;
      strays.clear();
      void rebuild();
    }, 100);
  };
  for (const dir of new Set([profilesResolved, contentDir, join(repoRoot, "src/site"), schemasDir])) {
    watchers.push(
      watchTree(dir, (path) => {
        if (ignored(relative(dir, path))) return;
        if (dir === contentDir && (path === profilesResolved || dirname(path) === profilesResolved)) return; // seen by the profiles watcher
        schedule(path);
      }),
    );
  }
}

const USAGE = "usage: npm run build -- [--out DIR] [--today YYYY-MM-DD] [--profiles DIR]\n       npm start -- [--port N] [--host H] [--today YYYY-MM-DD] [--profiles DIR]";

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    {
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
    },
    USAGE,
  );
  if (typeof parsed === "number") return parsed;
  const v = parsed.values;
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
    await serve(outDir, port, v.host ?? process.env.HOST, { today, ...(profilesDir ? { profilesDir } : {}) });
    return -1; // keep running
  }
  // Ctrl-C stops the build, which deletes what it wrote (Pagefind, in the same process group, stops too).
  const stop = interruptOnSignals("stopping the build and deleting what it wrote");
  try {
    const result = await buildSite({ outDir, today, signal: stop.signal, ...(profilesDir ? { profilesDir } : {}) });
    return result.ok ? 0 : result.interrupted ? stop.exitCode() : 1;
  } finally {
    stop.dispose();
  }
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
