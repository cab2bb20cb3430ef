/**
 * The warm builder behind `npm start`: a long-lived child process that keeps what the last
 * build learnt (each file's validation, each profile's scorecard) and, when a profile
 * changes, rebuilds only what can change:
 *
 *   1. validate: unchanged files are not read again (ValidationCache); the checks across
 *      files (uniqueness) always run. Any error: nothing is written, the last good site stays.
 *   2. score: only changed profiles (a scorecard is kept per parsed profile object).
 *   2b. as soon as the profile page models exist, the pages of the changed profiles are
 *      written into the live site, each by a rename (publishChangedPages): the edit is on
 *      screen while the rest is rendered; directory, data files and JSON follow at step 4.
 *   3. render into a fresh folder: the directory, home, data files and every other shared
 *      page in full, and the profile page and JSON of changed profiles only; the pages of
 *      unchanged profiles are hard links to the live site's (they cannot differ: a profile
 *      page depends on its own profile, the reference data and the date only).
 *   4. swap the folder in (the same two renames as a full build).
 *   5. rewrite the changed profiles' search documents (kept between builds), rebuild the
 *      search index from them in the background and swap it in: for a second or two after
 *      a change, search may answer from the previous index.
 *
 * Templates, schemas and reference data are not reloaded here: the server restarts this
 * process on those changes, and its first build is a full one.
 *
 *   node --import tsx src/cli/dev-build.ts --out DIR --today YYYY-MM-DD [--profiles DIR]
 * (spawned by `npm start` with an IPC channel: it answers {type:"built"} to {type:"rebuild"})
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { countErrors, formatText } from "../diagnostics.js";
import { loadReferenceData, type ReferenceData } from "../reference/index.js";
import type { ScoreCache } from "../site/data/scorecards.js";
import { loadSiteData, type SiteData } from "../site/data/site-data.js";
import { isMain } from "../util/is-main.js";
import { ramScratch } from "../util/ram-scratch.js";
import { writeFileAtomic } from "../util/write-atomic.js";
import { ValidationCache } from "../validate/validate-profiles.js";
import { indexSearchShards, SearchDocuments } from "../site/search-index.js";
import { MAX_SHARDS, shardFolder } from "../site/search-shards.js";
import type { ProfilePageModel } from "../site/view/profile.js";
import { renderProfilePage } from "../site/render/profile-page.js";
import { buildSite, removeIfEmpty, renderSite, swapIn } from "./build.js";

export interface DevBuilderOptions {
  outDir: string;
  today: string;
  profilesDir?: string;
  referenceDir?: string;
  log?: (line: string) => void;
  /** Profiles per search index shard (default PROFILES_PER_SHARD; tests use small shards). */
  profilesPerSearchShard?: number;
}

export interface DevBuildResult {
  ok: boolean;
  /** "full" for the first build, "incremental" after. */
  kind: "full" | "incremental";
  ms: number;
  /** Profiles whose page and JSON were rendered again. */
  rendered?: number;
  /** Milliseconds per stage (loadValidate, score, view, render, swap), and `published`: from the start until the changed profile pages were live. */
  timings?: Record<string, number>;
}

/** Hard-links `from` to `to` (same file system), copying when links are not possible. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}

export class DevBuilder {
  private readonly cache = { validation: new ValidationCache(), scores: { cards: new WeakMap() } as ScoreCache };
  private reference: ReferenceData | undefined;
  /** Each live profile's parsed data object: the same object means the same file. */
  private live = new Map<string, unknown>();
  private counter = 0;
  private indexRun = 0;
  private indexing: Promise<void> = Promise.resolve();
  private stopIndexing: AbortController | undefined;
  private readonly outDir: string;
  private readonly scratch: string;
  /** The search documents of the live site, kept so that an edit rewrites only what it changes. */
  private readonly docs: SearchDocuments;
  private readonly log: (line: string) => void;

  constructor(private readonly options: DevBuilderOptions) {
    this.outDir = resolve(options.outDir);
    this.scratch = join(dirname(this.outDir), ".shortlist-tmp");
    // In memory where there is a tmpfs (ram-scratch.ts): an edit rewrites a few, a full build all of them.
    this.docs = new SearchDocuments(join(ramScratch(this.scratch), `search-${process.pid}`), options.profilesPerSearchShard);
    this.log = options.log ?? ((line) => process.stderr.write(line + "\n"));
  }

  async build(): Promise<DevBuildResult> {
    if (!this.reference) {
      const ref = loadReferenceData(this.options.referenceDir);
      if (!ref.ok) {
        for (const d of ref.diagnostics) this.log(formatText(d));
        return { ok: false, kind: "full", ms: 0 };
      }
      this.reference = ref.data;
    }
    if (this.live.size === 0 || !existsSync(this.outDir)) return this.full();
    return this.incremental();
  }

  private async full(): Promise<DevBuildResult> {
    await this.settled(); // the full build rewrites the search documents that a re-index reads
    const result = await buildSite({
      outDir: this.outDir,
      today: this.options.today,
      ...(this.options.profilesDir ? { profilesDir: this.options.profilesDir } : {}),
      reference: this.reference!,
      cache: this.cache,
      log: this.log,
      searchDocuments: this.docs,
      ...(this.options.profilesPerSearchShard ? { profilesPerSearchShard: this.options.profilesPerSearchShard } : {}),
    });
    if (result.ok && result.site) this.remember(result.site);
    return { ok: result.ok, kind: "full", ms: result.ms, ...(result.site ? { rendered: result.site.profiles.length } : {}) };
  }

  private remember(site: SiteData): void {
    this.live = new Map(site.profilePages.map((p) => [p.slug, p.profile]));
  }

  private async incremental(): Promise<DevBuildResult> {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    const timings: Record<string, number> = {};
    /** Changed profiles whose page is live already (publishChangedPages). */
    const published = new Set<string>();
    const loaded = loadSiteData({
      today: this.options.today,
      ...(this.options.profilesDir ? { dir: this.options.profilesDir } : {}),
      reference: this.reference!,
      cache: this.cache,
      timings,
      onProfilePages: (pages) => {
        try {
          this.publishChangedPages(pages, published);
          timings.published = performance.now() - started;
        } catch {
          // Only a head start: the pages not published are rendered into the fresh folder below.
        }
      },
      ...(this.options.profilesPerSearchShard ? { profilesPerSearchShard: this.options.profilesPerSearchShard } : {}),
    });
    if (!loaded.ok) {
      for (const d of loaded.diagnostics) this.log(formatText(d));
      this.log(`✗ build stopped: ${countErrors(loaded.diagnostics)} error(s); ${basename(this.outDir)}/ left as it was`);
      return { ok: false, kind: "incremental", ms: ms() };
    }
    const site = loaded.data;
    const changed = new Set(site.profilePages.filter((p) => this.changedSinceLive(p)).map((p) => p.slug));
    const temp = join(this.scratch, `dev-${process.pid}-${++this.counter}`);
    try {
      mkdirSync(temp, { recursive: true });
      const renderStarted = performance.now();
      const toRender = (slug: string) => changed.has(slug) && !published.has(slug);
      await renderSite({ ...site, profilePages: site.profilePages.filter((p) => toRender(p.slug)), apiProfiles: site.apiProfiles.filter((r) => changed.has(r.slug)) }, temp);
      for (const p of site.profilePages) {
        if (!toRender(p.slug)) {
          mkdirSync(join(temp, "profiles", p.slug), { recursive: true });
          linkOrCopy(join(this.outDir, "profiles", p.slug, "index.html"), join(temp, "profiles", p.slug, "index.html"));
        }
        if (!changed.has(p.slug)) linkOrCopy(join(this.outDir, "api", "profiles", `${p.slug}.json`), join(temp, "api", "profiles", `${p.slug}.json`));
      }
      // The previous search index, until the background run below replaces it.
      for (let k = 0; k < MAX_SHARDS; k++) {
        const shard = join(this.outDir, shardFolder(k));
        if (existsSync(shard)) linkTree(shard, join(temp, shardFolder(k)));
      }
      timings.render = performance.now() - renderStarted;
      const swapStarted = performance.now();
      const old = swapIn(temp, this.outDir, this.scratch, true);
      timings.swap = performance.now() - swapStarted;
      if (old) void rm(old, { recursive: true, force: true }).then(() => removeIfEmpty(this.scratch));
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      removeIfEmpty(this.scratch);
      const kept = published.size ? `, but for the ${published.size} changed profile page${published.size === 1 ? "" : "s"} already shown` : "";
      this.log(`✗ build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n${basename(this.outDir)}/ left as it was${kept}`);
      return { ok: false, kind: "incremental", ms: ms() };
    }
    this.remember(site);
    const shown = published.size && timings.published !== undefined ? ` and shown after ${Math.round(timings.published)} ms` : "";
    this.log(`✓ rebuilt ${basename(this.outDir)}/ in ${ms()} ms (${changed.size} profile page${changed.size === 1 ? "" : "s"} rendered again${shown}, ${site.profiles.length - changed.size} kept); updating the search index…`);
    this.reindex(site.profilePages, changed);
    return { ok: true, kind: "incremental", ms: ms(), rendered: changed.size, timings };
  }

  /**
   * Writes the pages of the profiles that changed since the live site into it, before the
   * rest of the site is rendered again, adding each slug to `published` once its page is
   * live (so a failure part-way leaves the set exact). Each page is written atomically
   * (writeFileAtomic), so the server sends the old page or the new one, never part of one. Safe because a profile page depends on its own profile, the reference data and
   * the date only (the same bytes the fresh folder gets; the tests compare with a full
   * build). A new profile's page is there before the directory links to it; a deleted
   * profile's goes with the swap.
   */
  /** Whether `page`'s profile is not the one the live site was built from (the same parsed object means the same file). */
  private changedSinceLive(page: ProfilePageModel): boolean {
    return this.live.get(page.slug) !== page.profile;
  }

  private publishChangedPages(pages: readonly ProfilePageModel[], published: Set<string>): void {
    for (const page of pages) {
      if (!this.changedSinceLive(page)) continue;
      const folder = join(this.outDir, "profiles", page.slug);
      mkdirSync(folder, { recursive: true });
      writeFileAtomic(join(folder, "index.html"), renderProfilePage(page));
      published.add(page.slug);
    }
  }

  /**
   * Brings the search documents in step with `pages` (rewriting those of `changed` profiles
   * and of profiles whose rank moved), then rebuilds the search index from them and swaps it
   * in, unless a newer build came first. Runs one at a time, in order, so Pagefind never
   * reads a document being written; a newer build stops the Pagefind run of an older one.
   */
  private reindex(pages: readonly ProfilePageModel[], changed: ReadonlySet<string>): void {
    const run = ++this.indexRun;
    this.stopIndexing?.abort();
    const stop = new AbortController();
    this.stopIndexing = stop;
    this.indexing = this.indexing.then(async () => {
      const started = performance.now();
      const work = join(this.scratch, `index-${process.pid}-${run}`);
      try {
        this.docs.sync(pages, changed);
        if (run !== this.indexRun) return; // a newer build will index again
        const shards = this.docs.shardCount;
        const indexed = await indexSearchShards(this.docs.dir, work, shards, { signal: stop.signal });
        if (indexed !== pages.length) throw new Error(`indexed ${indexed} profiles, expected ${pages.length}`);
        if (run !== this.indexRun) return; // a newer build will index again
        // The pages name the shards they search: the render before this one wrote the same count.
        for (let k = 0; k < MAX_SHARDS; k++) {
          const current = join(this.outDir, shardFolder(k));
          const old = `${work}-old-${k}`;
          if (existsSync(current)) renameSync(current, old);
          if (k < shards) renameSync(join(work, shardFolder(k)), current);
          void rm(old, { recursive: true, force: true }).then(() => removeIfEmpty(this.scratch));
        }
        this.log(`✓ search index updated (${Math.round(performance.now() - started)} ms)`);
      } catch (error) {
        if (!stop.signal.aborted) this.log(`search index not updated: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        rmSync(work, { recursive: true, force: true });
        removeIfEmpty(this.scratch);
      }
    });
  }

  /** Resolves when no search index rebuild is running (tests and the benchmark wait on it). */
  async settled(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.indexing) {
      seen = this.indexing;
      await seen;
    }
  }

  async close(): Promise<void> {
    await this.settled();
    rmSync(this.docs.dir, { recursive: true, force: true });
    removeIfEmpty(this.scratch);
  }
}

/** The child-process side: one full build, then a rebuild per {type:"rebuild"} message. */
async function runWorker(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { out: { type: "string" }, today: { type: "string" }, profiles: { type: "string" } } });
  if (!values.out || !values.today) throw new Error("dev-build needs --out and --today");
  const builder = new DevBuilder({ outDir: values.out, today: values.today, ...(values.profiles ? { profilesDir: values.profiles } : {}) });
  const send = (message: unknown) => process.send?.(message);
  let queue: Promise<void> = Promise.resolve();
  const run = () => {
    queue = queue.then(async () => {
      const result = await builder.build().catch((error: unknown): DevBuildResult => {
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        return { ok: false, kind: "incremental", ms: 0 };
      });
      send({ type: "built", ...result });
    });
  };
  // Stop only between builds: a build interrupted mid-swap could leave no site at all. Asked by
  // the server, or by Ctrl-C, which reaches this process too (the same process group): without
  // a handler it would end it at once, mid-build, and leave its search documents in memory.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void queue.then(() => builder.close()).then(() => process.exit(0));
  };
  process.on("message", (message: { type?: string }) => {
    if (message?.type === "rebuild") run();
    if (message?.type === "stop") stop();
  });
  process.on("disconnect", stop);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  run();
}

if (isMain(import.meta.url)) {
  runWorker(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
