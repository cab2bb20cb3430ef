/**
 * The benchmark: N synthetic profiles → Shortlist's real build, stage by stage, against a
 * bare Eleventy + Pagefind build and (when `hugo` is installed) a bare Hugo build of the
 * same Markdown, in the same run. Every build runs in its own process, `runs` times,
 * interleaved; medians are reported.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "../paths.js";
import { hugoVersion, runEleventy, runHugo, runPagefind, versionOf, type StepResult } from "./baselines.js";
import { writeCorpus, type Corpus } from "./corpus.js";
import { canSampleMemory, lastJsonLine, runMeasured } from "./measure.js";
import type { ShortlistChildResult } from "./shortlist-child.js";
import { kb, markdownTable, max, mb, median, min, ms, ratio, table } from "./stats.js";
import { folderSize, siteWeights, type SiteWeights } from "./weights.js";
import { measureEditLatency, type EditLatency } from "./edit-latency.js";
import { CHROMIUM, chromiumAvailable, measureSearch, measureSearchUnattached, QUERIES, type SearchTiming } from "./search-timing.js";

export interface BenchOptions {
  profiles: number;
  runs: number;
  seed: number;
  today: string;
  /** Work here instead of a fresh temporary folder (kept afterwards). */
  dir?: string;
  /** Keep the temporary folder. */
  keep: boolean;
  eleventy: boolean;
  hugo: boolean;
  markdown: boolean;
  /** Time searches in Chromium on the last Shortlist build (needs /usr/bin/chromium or CHROMIUM_PATH). */
  search: boolean;
  /** Time edits with `npm start` running on the corpus (after the timed runs). */
  edit: boolean;
  write: (text: string) => void;
  /** Stops the benchmark between its steps (Ctrl-C); its temporary folder is deleted all the same. */
  signal?: AbortSignal;
}

export interface ShortlistRun {
  wallMs: number;
  inProcessMs: number;
  timings: Record<string, number>;
  peakProcessRss?: number;
  peakTreeRss?: number;
  nodeMaxRss: number;
  pagefindRss?: number;
  /** CPU milliseconds of the Node build process, and of its children (Pagefind's indexer). */
  cpuMs: number;
  childCpuMs: number;
}

export interface BaselineRun {
  render: StepResult;
  pagefind: StepResult;
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; memory: number; node: string; platform: string; loadAverageAtStart: number[] };
  versions: { eleventy: string; pagefind: string; hugo?: string };
  options: { profiles: number; runs: number; seed: number; today: string };
  corpus: { dir: string; bytes: number };
  shortlist: ShortlistRun[];
  eleventy: BaselineRun[];
  hugo: BaselineRun[];
  hugoSkipped?: string;
  weights?: SiteWeights;
  eleventyOutput?: { files: number; bytes: number };
  search?: Array<SearchTiming & { submitUnattachedMs: number }>;
  searchSkipped?: string;
  edits?: EditLatency;
  summary: Record<string, number>;
}

const childScript = fileURLToPath(new URL("./shortlist-child.ts", import.meta.url));

/**
 * Moves the previous run's output aside, to be deleted after the last run. Deleting it here
 * would slow the build timed next: on this machine's ext4 (no journal) the kernel skips the
 * inodes freed in the last minute (up to 6) each time it creates a file, and after 33,000
 * files were deleted the next Shortlist build's file writes took up to 4× as long (the
 * profile pages: 9–10 s against 2.4 s). Within one invocation no timed build, Shortlist's or
 * the baselines', then follows a deletion; an invocation started minutes after another's
 * clean-up still pays for it.
 */
function retire(dir: string, retired: string): void {
  if (!existsSync(dir)) return;
  mkdirSync(retired, { recursive: true });
  renameSync(dir, join(retired, `${Date.now()}-${Math.random().toString(36).slice(2)}`));
}

async function runShortlist(corpus: Corpus, outDir: string, today: string, retired: string): Promise<ShortlistRun> {
  retire(outDir, retired);
  const run = await runMeasured(process.execPath, ["--import", "tsx", childScript, "--profiles", corpus.profilesDir, "--out", outDir, "--today", today], { cwd: repoRoot });
  const result = lastJsonLine<ShortlistChildResult>(run.stdout);
  if (!run.ok || !result?.ok) throw new Error(`Shortlist build failed (exit ${run.code}):\n${result?.error ?? ""}\n${run.stderr.slice(-4000)}`);
  if (result.profiles !== corpus.count) throw new Error(`Shortlist built ${result.profiles} profiles, expected ${corpus.count}`);
  const pagefindRss = Object.entries(run.peakByName ?? {}).find(([name]) => name.startsWith("pagefind"))?.[1];
  return {
    wallMs: run.ms,
    inProcessMs: result.ms,
    timings: result.timings,
    nodeMaxRss: result.maxRss,
    cpuMs: result.cpuMs,
    childCpuMs: result.childCpuMs,
    ...(run.peakProcessRss !== undefined ? { peakProcessRss: run.peakProcessRss } : {}),
    ...(run.peakTreeRss !== undefined ? { peakTreeRss: run.peakTreeRss } : {}),
    ...(pagefindRss !== undefined ? { pagefindRss } : {}),
  };
}

async function runBaseline(render: () => Promise<StepResult>, site: string, retired: string): Promise<BaselineRun> {
  retire(site, retired);
  const r = await render();
  const p = await runPagefind(site);
  return { render: r, pagefind: p };
}

const STAGES: ReadonlyArray<[string, string]> = [
  ["loadValidate", "load + validate"],
  ["score", "score"],
  ["view", "view models"],
  ["searchDocs", "search documents"],
  ["render", "render (Pagefind alongside)"],
  ["render.apiProfiles", "  per-profile JSON files"],
  ["render.profilePages", "  profile pages"],
  ["render.directoryPages", "  directory pages"],
  ["render.dataFiles", "  data files (JSON, CSV, feed, sitemap)"],
  ["render.otherPages", "  other pages (Eleventy)"],
  ["index", "search index: wait after render"],
  ["swap", "swap into place"],
];

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const out = options.write;
  const root = options.dir ?? mkdtempSync(join(tmpdir(), "shortlist-bench-"));
  mkdirSync(root, { recursive: true });
  const hugo = options.hugo ? hugoVersion() : undefined;
  const started = new Date();
  const result: BenchResult = {
    date: started.toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? "?", memory: totalmem(), node: process.version, platform: `${process.platform} ${process.arch}`, loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100) },
    versions: { eleventy: versionOf("@11ty/eleventy"), pagefind: versionOf("pagefind"), ...(hugo ? { hugo } : {}) },
    options: { profiles: options.profiles, runs: options.runs, seed: options.seed, today: options.today },
    corpus: { dir: root, bytes: 0 },
    shortlist: [],
    eleventy: [],
    hugo: [],
    ...(options.hugo && !hugo ? { hugoSkipped: "hugo is not installed (apt-get install -y hugo); the Hugo baseline is skipped" } : !options.hugo ? { hugoSkipped: "--no-hugo" } : {}),
    summary: {},
  };
  out(`Shortlist benchmark — ${options.profiles} profiles, ${options.runs} run${options.runs === 1 ? "" : "s"} each (median), seed ${options.seed}, today ${options.today}`);
  out(`${result.date} · ${result.machine.cpus} CPUs (${result.machine.cpuModel}) · ${mb(result.machine.memory)} MB RAM · Node ${result.machine.node} · load average at start ${result.machine.loadAverageAtStart.join(" ")}`);
  out(`Eleventy ${result.versions.eleventy} · Pagefind ${result.versions.pagefind} · ${hugo ? `Hugo ${hugo}` : "Hugo: not measured"}${canSampleMemory ? "" : " · memory: no /proc, peak RSS from the Shortlist process only"}`);
  try {
    const t = performance.now();
    const corpus = writeCorpus(join(root, "input"), options.profiles, options.seed);
    result.corpus.bytes = corpus.bytes;
    out(`corpus: ${options.profiles} profiles, ${mb(corpus.bytes)} MB, written in ${ms(performance.now() - t)} ms to ${corpus.root}`);
    if (result.hugoSkipped && options.hugo) out(`note: ${result.hugoSkipped}`);

    const shortlistOut = join(root, "out-shortlist");
    const eleventyOut = join(root, "out-eleventy");
    const hugoOut = join(root, "out-hugo");
    const retired = join(root, "retired");
    const step = () => options.signal?.throwIfAborted();
    for (let i = 1; i <= options.runs; i++) {
      step();
      const s = await runShortlist(corpus, shortlistOut, options.today, retired);
      result.shortlist.push(s);
      let line = `run ${i}/${options.runs}: shortlist ${ms(s.wallMs)} ms`;
      if (options.eleventy) {
        step();
        const e = await runBaseline(() => runEleventy(corpus.eleventyDir, eleventyOut), eleventyOut, retired);
        result.eleventy.push(e);
        line += ` · eleventy+pagefind ${ms(e.render.ms + e.pagefind.ms)} ms`;
      }
      if (hugo) {
        step();
        const h = await runBaseline(() => runHugo(corpus.hugoDir, hugoOut), hugoOut, retired);
        result.hugo.push(h);
        line += ` · hugo ${ms(h.render.ms)} ms (+pagefind ${ms(h.pagefind.ms)} ms)`;
      }
      out(line);
    }
    const slugs = new Set(Array.from({ length: options.profiles }, (_, i) => `synthetic-${i + 1}`));
    result.weights = siteWeights(shortlistOut, slugs);
    if (options.eleventy) result.eleventyOutput = folderSize(eleventyOut);
    step();
    if (options.search) {
      if (chromiumAvailable()) {
        out(`timing ${QUERIES.length} searches in Chromium on the ${options.profiles}-profile site…`);
        const unattached = await measureSearchUnattached(shortlistOut);
        result.search = (await measureSearch(shortlistOut)).map((t, i) => ({ ...t, submitUnattachedMs: unattached[i]! }));
      } else {
        result.searchSkipped = `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
      }
    }
    step();
    if (options.edit) {
      const picks = [5, 17, 42, 77, 99].map((k) => `synthetic-${1 + ((k * 7919) % options.profiles)}`);
      out(`timing ${picks.length} edits with npm start running on the ${options.profiles}-profile corpus…`);
      result.edits = await measureEditLatency({ profilesDir: corpus.profilesDir, outDir: join(root, "out-dev"), today: options.today, slugs: picks, log: out });
    }
  } finally {
    rmSync(join(root, "retired"), { recursive: true, force: true });
    if (!options.dir && !options.keep) rmSync(root, { recursive: true, force: true });
  }
  report(result, options);
  return result;
}

function report(r: BenchResult, options: BenchOptions): void {
  const out = options.write;
  const s = r.shortlist;
  const e = r.eleventy;
  const h = r.hugo;
  const row = (label: string, values: number[]): string[] => [label, ms(median(values)), ms(min(values)), ms(max(values))];
  const stage = (key: string) => s.map((x) => x.timings?.[key] ?? Number.NaN);
  const shortlistWhole = s.map((x) => x.wallMs);
  const eleventyWhole = e.map((x) => x.render.ms + x.pagefind.ms);
  const hugoRender = h.map((x) => x.render.ms);
  const hugoWhole = h.map((x) => x.render.ms + x.pagefind.ms);
  const loadScore = s.map((x) => (x.timings?.loadValidate ?? Number.NaN) + (x.timings?.score ?? Number.NaN));

  const rows: string[][] = [
    ...STAGES.map(([key, label]) => row(`shortlist  ${label}`, stage(key))),
    row("shortlist  load + validate + score", loadScore),
    row("shortlist  build (in process)", s.map((x) => x.inProcessMs)),
    row("shortlist  WHOLE BUILD (process)", shortlistWhole),
  ];
  if (e.length) {
    rows.push(row("eleventy   render (bare, 1 layout)", e.map((x) => x.render.ms)), row("eleventy   pagefind", e.map((x) => x.pagefind.ms)), row("eleventy   WHOLE (render + pagefind)", eleventyWhole));
  }
  if (h.length) {
    rows.push(row("hugo       render (bare, 1 layout)", hugoRender), row("hugo       pagefind", h.map((x) => x.pagefind.ms)), row("hugo       WHOLE (render + pagefind)", hugoWhole));
  }
  const header = ["stage", "median ms", "min ms", "max ms"];
  out("");
  out(table(header, rows));

  // CPU time does not grow when other processes share the cores, as wall time does: it shows
  // where the work is even on a busy machine, and how much of it two cores can overlap.
  const cpuStage = (key: string) => s.map((x) => x.timings?.[`cpu.${key}`] ?? Number.NaN);
  const cpuRows = [
    row("Node build process, all", s.map((x) => x.cpuMs)),
    row("  load, validate, score, view", cpuStage("data")),
    row("  search documents", cpuStage("searchDocs")),
    row("  render", cpuStage("render")),
    row("Pagefind indexers (child processes)", s.map((x) => x.childCpuMs)),
    row("both", s.map((x) => x.cpuMs + x.childCpuMs)),
  ];
  out("");
  out(table(["shortlist CPU time (user + system)", "median ms", "min ms", "max ms"], cpuRows));

  const memRows: string[][] = [];
  const memRow = (label: string, largest: Array<number | undefined>, tree: Array<number | undefined>) => {
    const l = largest.filter((v): v is number => v !== undefined);
    const t = tree.filter((v): v is number => v !== undefined);
    memRows.push([label, mb(l.length ? median(l) : undefined), mb(t.length ? median(t) : undefined)]);
  };
  memRow("shortlist  Node build process", s.map((x) => x.nodeMaxRss), s.map(() => undefined));
  memRow("shortlist  Pagefind (largest shard)", s.map((x) => x.pagefindRss), s.map(() => undefined));
  memRow("shortlist  whole build", s.map((x) => x.peakProcessRss), s.map((x) => x.peakTreeRss));
  if (e.length) {
    memRow("eleventy   render", e.map((x) => x.render.peakProcessRss), e.map((x) => x.render.peakTreeRss));
    memRow("eleventy   pagefind", e.map((x) => x.pagefind.peakProcessRss), e.map((x) => x.pagefind.peakTreeRss));
  }
  if (h.length) {
    memRow("hugo       render", h.map((x) => x.render.peakProcessRss), h.map((x) => x.render.peakTreeRss));
    memRow("hugo       pagefind", h.map((x) => x.pagefind.peakProcessRss), h.map((x) => x.pagefind.peakTreeRss));
  }
  out("");
  out(table(["peak memory (RSS, median)", "largest process MB", "process tree MB"], memRows));

  const w = r.weights;
  if (w) {
    out("");
    out(
      table(
        ["output", "value"],
        [
          ["shortlist files / HTML pages", `${w.files} / ${w.htmlPages}`],
          ["shortlist output size MB", mb(w.bytes)],
          ["shortlist profile pages / directory pages", `${w.profilePages} / ${w.directoryPages}`],
          ["heaviest directory page (gzip -9 KB)", w.heaviestDirectory ? `${kb(w.heaviestDirectory.gzip)} ${w.heaviestDirectory.path}` : "—"],
          ["heaviest profile page (gzip -9 KB, HTML only)", w.heaviestProfile ? `${kb(w.heaviestProfile.gzip)} ${w.heaviestProfile.path}` : "—"],
          ["site.css (gzip -9 KB, render-blocking)", kb(w.cssGzip)],
          ...(r.eleventyOutput ? [["eleventy files / output size MB", `${r.eleventyOutput.files} / ${mb(r.eleventyOutput.bytes)}`]] : []),
        ],
      ),
    );
  }

  if (r.search?.length) {
    const sr = r.search;
    out("");
    out(
      table(
        ["search in Chromium (ms)", "median", "min", "max"],
        [
          ["submit → first results shown (first search of the word)", ...[median, min, max].map((f) => ms(f(sr.map((x) => x.submitUnattachedMs))))],
          ["  the same with Playwright attached (Network domain on)", ...[median, min, max].map((f) => ms(f(sr.map((x) => x.submitMs))))],
          ["typing → first results shown (incl. 250 ms pause)", ...[median, min, max].map((f) => ms(f(sr.map((x) => x.typingMs))))],
          ["pagefind.search + first 10 data(), word loaded", ...[median, min, max].map((f) => ms(f(sr.map((x) => x.apiMs))))],
        ],
      ),
    );
    out(`queries: ${sr.map((x) => `${x.query} (${x.results})`).join(", ")}`);
  } else if (r.searchSkipped) out(`\nsearch timing skipped: ${r.searchSkipped}`);
  if (r.edits) {
    const e = r.edits;
    out("");
    out(
      table(
        ["npm start: edit one profile (ms)", "median", "min", "max"],
        [
          ["file written → changed page served", ms(median(e.pageMs)), ms(min(e.pageMs)), ms(max(e.pageMs))],
          ["file written → whole site served (JSON, directory)", ms(median(e.siteMs)), ms(min(e.siteMs)), ms(max(e.siteMs))],
          ["file written → new search index served", ms(median(e.searchMs)), ms(min(e.searchMs)), ms(max(e.searchMs))],
        ],
      ),
    );
    out(`first build until served: ${ms(e.firstBuildMs)} ms`);
  }

  const sum = r.summary;
  sum.shortlistWholeMs = median(shortlistWhole);
  sum.loadValidateScoreMs = median(loadScore);
  sum.shortlistNodePeakRss = median(s.map((x) => x.nodeMaxRss));
  if (e.length) sum.eleventyWholeMs = median(eleventyWhole);
  if (h.length) {
    sum.hugoRenderMs = median(hugoRender);
    sum.hugoWholeMs = median(hugoWhole);
  }
  if (options.markdown) {
    out("");
    out(markdownTable(header, rows));
    out("");
    out(markdownTable(["peak memory (RSS, median)", "largest process MB", "process tree MB"], memRows));
  }
  out("");
  if (r.hugoSkipped) out(`Hugo baseline skipped: ${r.hugoSkipped}`);
  const parts = [];
  if (e.length) parts.push(`shortlist/eleventy=${ratio(sum.shortlistWholeMs, sum.eleventyWholeMs!)}`);
  if (h.length) parts.push(`shortlist/hugo=${ratio(sum.shortlistWholeMs, sum.hugoRenderMs!)}`, `shortlist/hugo+pagefind=${ratio(sum.shortlistWholeMs, sum.hugoWholeMs!)}`);
  out(`ratio ${parts.length ? parts.join(" ") : "(no baseline measured)"}`);
}
