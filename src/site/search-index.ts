/**
 * The Pagefind search index, built from the profiles' search documents
 * (render/search-document.ts), not from the rendered site.
 *
 * The build writes one small document per profile into a scratch folder, `<shard>/<slug>.html`
 * (each document names its profile page's URL in its `url` meta), shard by shard as soon as
 * each shard's page models exist, and starts Pagefind on each shard then (ShardIndexer):
 * Pagefind indexes in its own processes, one per shard (search-shards.ts), while Node makes
 * the next shard's pages and renders the site. At 10,000 profiles the first shard's indexer
 * started 2.3 s into the build instead of 3.2 s. The files are flat: creating
 * 10,000 folders on ext4 cost more than 1 s of system time, writing into them 1.9 s more,
 * against 0.2 s for 10,000 files in one folder.
 * Pagefind's CLI reads the files itself; handing it pages over the Node API's message pipe was
 * measured 2.4× slower, and the Node API runs every index in one process.
 */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism, arch } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { copyTree } from "../util/copy-tree.js";
import { searchDocument } from "./render/search-document.js";
import { searchShardCount, shardFolder, shardOf } from "./search-shards.js";
import type { ProfilePageModel } from "./view/profile.js";

/** The search documents in a shard's folder, and only them: <slug>.html. */
export const SEARCH_DOCUMENTS_GLOB = "*.html";

interface Written {
  shard: number;
  rank: number;
}

/**
 * The search documents of a site, one folder per shard under `dir`, kept in step with the
 * profiles by `sync`. A document depends on its profile and on its rank (the sort key and the
 * shard), so when one profile's score changes, the documents of the profiles it passes are
 * rewritten too — and nothing else.
 */
export class SearchDocuments {
  private shards = 0;
  private readonly written = new Map<string, Written>();

  constructor(
    readonly dir: string,
    private readonly perShard?: number,
  ) {}

  /** The number of shards the last `sync` laid out. */
  get shardCount(): number {
    return this.shards;
  }

  /**
   * Writes the documents of `pages` (in rank order: highest delivery score first) that are
   * new, moved in rank or listed in `changed` (every page when `changed` is undefined), and
   * removes those of profiles no longer there. Returns how many documents were written.
   */
  sync(pages: readonly ProfilePageModel[], changed?: ReadonlySet<string>): number {
    const shards = searchShardCount(pages.length, this.perShard);
    if (shards !== this.shards) {
      rmSync(this.dir, { recursive: true, force: true });
      this.written.clear();
      this.shards = shards;
    }
    for (let k = 0; k < shards; k++) mkdirSync(join(this.dir, String(k)), { recursive: true });
    const live = new Set<string>();
    let count = 0;
    pages.forEach((page, rank) => {
      live.add(page.slug);
      const shard = shardOf(rank, shards);
      const before = this.written.get(page.slug);
      if (before && before.rank === rank && changed && !changed.has(page.slug)) return;
      if (before && before.shard !== shard) this.remove(page.slug, before.shard);
      this.write(page, shard, rank);
      count++;
    });
    for (const [slug, { shard }] of this.written) {
      if (live.has(slug)) continue;
      this.remove(slug, shard);
      this.written.delete(slug);
    }
    return count;
  }

  /**
   * Writes the documents of shard `shard` of `shards`, `pages` being that shard's pages in
   * rank order (ranks shard, shard + shards, …), for a build that writes every shard once,
   * in order: shard 0 starts from an empty folder. Returns how many documents were written.
   */
  writeShard(shard: number, shards: number, pages: readonly ProfilePageModel[]): number {
    if (shard === 0) {
      rmSync(this.dir, { recursive: true, force: true });
      this.written.clear();
      this.shards = shards;
    } else if (shards !== this.shards) {
      throw new Error(`search documents: shard ${shard} of ${shards} written after shard 0 of ${this.shards}`);
    }
    mkdirSync(join(this.dir, String(shard)), { recursive: true });
    pages.forEach((page, i) => this.write(page, shard, shard + i * shards));
    return pages.length;
  }

  private write(page: ProfilePageModel, shard: number, rank: number): void {
    writeFileSync(this.documentPath(shard, page.slug), searchDocument(page, rank));
    this.written.set(page.slug, { shard, rank });
  }

  private documentPath(shard: number, slug: string): string {
    return join(this.dir, String(shard), `${slug}.html`);
  }

  private remove(slug: string, shard: number): void {
    rmSync(this.documentPath(shard, slug), { force: true });
  }
}

export interface IndexOptions {
  /** Called once shard k's documents are read (the build deletes them while Pagefind writes the index). */
  afterRead?: (shard: number) => void;
  /** Stops the indexers (a build that failed elsewhere does not wait for its index). */
  signal?: AbortSignal;
  /**
   * A folder (in memory: ram-scratch.ts) where Pagefind writes each shard before it is copied
   * into the site. Pagefind writes its ~5,000 files per shard from a few hundred threads at
   * once; on this machine's ext4 that cost 1.3–3 s of system time per shard of 5,000, in
   * /dev/shm 0.7 s, and the copy after it 0.3 s.
   */
  staging?: string;
}

/**
 * Indexes the documents of `shards` shards under `docsDir` into `siteDir/pagefind`,
 * `siteDir/pagefind-2`, …, running as many Pagefind processes at once as there are cores.
 * Returns how many pages the shards hold together.
 */
export function indexSearchShards(docsDir: string, siteDir: string, shards: number, options: IndexOptions = {}): Promise<number> {
  const indexer = new ShardIndexer(docsDir, siteDir, shards, options);
  for (let k = 0; k < shards; k++) indexer.ready(k);
  return indexer.done;
}

/**
 * The shards' indexers, started as their documents are written: `ready(k)` starts shard k's
 * Pagefind at once (synchronously, so that it runs while the caller goes on) if fewer than
 * one per core are running, else as soon as one finishes. `done` resolves with the number of
 * pages indexed once every shard is; after a failure, or when the signal aborts, no shard
 * starts any more and `done` rejects once the running ones have stopped.
 */
export class ShardIndexer {
  readonly done: Promise<number>;
  private readonly parallel: number;
  private readonly waiting: number[] = [];
  private readonly counts: number[] = [];
  private running = 0;
  private finished = 0;
  private failure: { error: unknown } | undefined;
  private settle!: { resolve: (pages: number) => void; reject: (error: unknown) => void };

  constructor(
    private readonly docsDir: string,
    private readonly siteDir: string,
    private readonly shards: number,
    private readonly options: IndexOptions = {},
  ) {
    this.parallel = Math.max(1, Math.min(shards, availableParallelism()));
    this.done = new Promise<number>((resolve, reject) => (this.settle = { resolve, reject }));
    const { signal } = options;
    if (signal?.aborted) this.fail(signal.reason);
    else signal?.addEventListener("abort", () => this.fail(signal.reason), { once: true });
    if (shards === 0) this.settle.resolve(0);
  }

  /** Shard k's documents are written. */
  ready(k: number): void {
    this.waiting.push(k);
    this.pump();
  }

  private pump(): void {
    while (!this.failure && this.running < this.parallel && this.waiting.length > 0) {
      const k = this.waiting.shift()!;
      this.running++;
      const { afterRead, signal, staging } = this.options;
      indexFolder(join(this.docsDir, String(k)), join(this.siteDir, shardFolder(k)), {
        ...(afterRead ? { afterRead: () => afterRead(k) } : {}),
        ...(signal ? { signal } : {}),
        ...(staging ? { staging: join(staging, shardFolder(k)) } : {}),
      }).then(
        (pages) => {
          this.counts[k] = pages;
          this.finished++;
          this.stopped();
        },
        (error: unknown) => {
          this.fail(error);
          this.stopped();
        },
      );
    }
  }

  private fail(error: unknown): void {
    this.failure ??= { error };
    if (this.running === 0) this.settle.reject(this.failure.error);
  }

  /** One indexer has stopped: start the next, or settle. */
  private stopped(): void {
    this.running--;
    if (this.failure) {
      if (this.running === 0) this.settle.reject(this.failure.error);
      return;
    }
    if (this.finished === this.shards) this.settle.resolve(this.counts.reduce((a, b) => a + b, 0));
    else this.pump();
  }
}

/**
 * Pagefind runs at a lower CPU priority than the build (niceness +10): the render runs on one
 * thread and should never wait for a core; the shards' indexers (several threads each) take
 * the other core and whatever the render leaves. At 10,000 profiles on two cores, alternated
 * single builds: 18.0 and 21.1 s with +10, 22.7 and 24.0 s at the build's own priority.
 */
export const INDEXER_NICENESS = 10;

/** `nice`, where there is one: starting Pagefind through it lowers every thread it will start. */
const NICE = ["/usr/bin/nice", "/bin/nice"].find((path) => process.platform !== "win32" && existsSync(path));

/**
 * On POSIX, Pagefind runs under a small sh watchdog that holds the read end of a pipe from
 * this process: if the build dies without cleaning up (SIGKILL, the OOM killer), the pipe
 * closes and the watchdog stops Pagefind, which would otherwise go on writing into the dead
 * build's scratch folder after the next build has swept it. `$0 "$@"` is the Pagefind command.
 */
const WATCHDOG = [
  "exec 3<&0",
  `${NICE ? `"${NICE}" -n ${INDEXER_NICENESS} ` : ""}"$0" "$@" <&- & p=$!`,
  '(cat <&3 >/dev/null 2>&1; kill "$p" 2>/dev/null) >/dev/null 2>&1 & w=$!',
  "exec 3<&-",
  'wait "$p"; s=$?',
  'kill "$w" 2>/dev/null',
  'exit "$s"',
].join("\n");

function spawnPagefind(args: readonly string[]): ChildProcessByStdio<Writable, Readable, Readable> {
  const options = { stdio: ["pipe", "pipe", "pipe"] as ["pipe", "pipe", "pipe"], windowsHide: true };
  if (process.platform === "win32") return spawn(pagefindBinary(), args, options);
  const child = spawn("/bin/sh", ["-c", WATCHDOG, pagefindBinary(), ...args], options);
  child.stdin.on("error", () => {}); // the watchdog may be gone before the pipe closes
  child.on("exit", () => child.stdin.end());
  return child;
}

/** Stops a Pagefind run: its watchdog stops Pagefind when the pipe closes (on Windows, no watchdog: kill it). */
function stopPagefind(child: ChildProcessByStdio<Writable, Readable, Readable>): void {
  if (process.platform === "win32") child.kill();
  else child.stdin.end();
}

/** Pagefind prints this heading once it has read and parsed every file. */
const READ_DONE = "[Reading languages]";

/**
 * One Pagefind CLI run over the documents in `docsDir`; returns the number of pages indexed.
 * `afterRead` is called when Pagefind's log says the files are read, or else when it exits;
 * `signal` stops it. With `staging`, Pagefind writes there and the index is then copied to
 * `outputPath`; the staging folder is deleted either way.
 */
export async function indexFolder(docsDir: string, outputPath: string, options: { afterRead?: () => void; signal?: AbortSignal; staging?: string } = {}): Promise<number> {
  const { staging } = options;
  if (!staging) return runPagefind(docsDir, outputPath, options);
  try {
    const count = await runPagefind(docsDir, staging, options);
    options.signal?.throwIfAborted();
    await copyTree(staging, outputPath);
    return count;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function runPagefind(docsDir: string, outputPath: string, options: { afterRead?: () => void; signal?: AbortSignal }): Promise<number> {
  const { afterRead, signal } = options;
  signal?.throwIfAborted();
  const args = ["--site", docsDir, "--glob", SEARCH_DOCUMENTS_GLOB, "--output-path", outputPath, "--force-language", "en"];
  let read = false;
  const markRead = () => {
    if (!read) afterRead?.();
    read = true;
  };
  const output = await new Promise<string>((done, fail) => {
    const child = spawnPagefind(args);
    const stop = () => stopPagefind(child);
    signal?.addEventListener("abort", stop, { once: true });
    let text = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      text += s;
      if (text.includes(READ_DONE)) markRead();
    });
    child.stderr.setEncoding("utf8").on("data", (s: string) => (text += s));
    child.on("error", fail);
    child.on("close", (code, killedBy) => {
      signal?.removeEventListener("abort", stop);
      if (signal?.aborted) fail(new Error(`pagefind was stopped indexing ${docsDir}`));
      else if (code === 0) {
        markRead();
        done(text);
      } else fail(new Error(`pagefind ${killedBy ? `was stopped by ${killedBy}` : `exited with ${code}`} indexing ${docsDir}:\n${text.slice(-4000)}`));
    });
  });
  // The entry file counts the pages indexed (those with data-pagefind-body).
  let entry: { languages: Record<string, { page_count: number }> };
  try {
    entry = JSON.parse(readFileSync(join(outputPath, "pagefind-entry.json"), "utf8")) as typeof entry;
  } catch (error) {
    throw new Error(`pagefind wrote no index for ${docsDir}: ${error instanceof Error ? error.message : String(error)}\n${output.slice(-4000)}`);
  }
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/**
 * The Pagefind binary the `pagefind` package installed for this platform (the extended build
 * when present), or PAGEFIND_BINARY_PATH — the lookup the package's own service does.
 */
export function pagefindBinary(): string {
  const fromEnv = process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? process.env.PAGEFIND_BINARY_PATH;
  if (fromEnv) return fromEnv;
  const require = createRequire(import.meta.url);
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const suffix = platform === "windows" ? ".exe" : "";
  for (const name of ["pagefind_extended", "pagefind"]) {
    try {
      return require.resolve(`@pagefind/${platform}-${process.env.npm_config_arch ?? arch()}/bin/${name}${suffix}`);
    } catch {
      // try the next name
    }
  }
  throw new Error(`no Pagefind binary for ${platform}-${arch()}: run npm ci (the pagefind package installs one per platform), or set PAGEFIND_BINARY_PATH`);
}
