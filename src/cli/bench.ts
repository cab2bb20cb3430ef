/**
 * npm run bench [-- --profiles N] [--runs R] [--seed S] [--today YYYY-MM-DD]
 *               [--dir DIR] [--keep] [--no-eleventy] [--no-hugo] [--search] [--edit]
 *               [--markdown] [--json FILE]
 *
 * --search times searches in Chromium on the built site; --edit times `npm start` picking up
 * an edited profile.
 *
 * Generates N synthetic profiles into a temporary folder, times Shortlist's build stage by
 * stage and as a whole, and in the same run a bare Eleventy + Pagefind build and (when
 * `hugo` is installed) a bare Hugo build of the same Markdown; prints a table and a closing
 * `ratio shortlist/eleventy=…` line. See BENCHMARKS.md.
 */
import { writeFileSync } from "node:fs";
import { runBench } from "../bench/run.js";
import { interruptOnSignals, readPendingSignals } from "../util/signals.js";
import { parseCommandLine } from "../util/command-line.js";
import { isMain } from "../util/is-main.js";

const USAGE =
  "usage: npm run bench -- [--profiles N] [--runs R] [--seed S] [--today YYYY-MM-DD] [--dir DIR] [--keep] [--no-eleventy] [--no-hugo] [--search] [--edit] [--markdown] [--json FILE]";

/** What --help prints: every option, with what it does and its default. */
export const HELP = `${USAGE}

Writes N synthetic profiles into a temporary folder and builds them with Shortlist and, on the
same files in the same run, with bare Eleventy + Pagefind and bare Hugo (when installed).
Prints each stage's time, CPU time and peak memory, page weights, and a last line
"ratio shortlist/eleventy=X.XX". BENCHMARKS.md explains every figure.

  --profiles N     synthetic profiles to write (default 1000; the targets are set at 10000)
  --runs R         builds of each kind, interleaved; medians are printed (default 3)
  --seed S         seed of the synthetic profiles: the same seed writes the same files (default 2026)
  --today DATE     date the profiles are scored on, YYYY-MM-DD (default 2026-11-24, so runs compare)
  --dir DIR        work in DIR instead of a temporary folder, and keep it
  --keep           keep the temporary folder (its path is printed)
  --no-eleventy    skip the bare Eleventy + Pagefind baseline
  --no-hugo        skip the bare Hugo baseline (skipped anyway when hugo is not installed)
  --search         time searches in Chromium on the last build (/usr/bin/chromium or CHROMIUM_PATH)
  --edit           time \`npm start\` showing an edited profile, after the timed builds
  --markdown       print the tables as Markdown
  --json FILE      also write every figure to FILE
  -h, --help       print this help

Ctrl-C stops the builds and deletes the temporary folder (unless --dir or --keep).`;

/** The options `npm run bench` accepts (HELP describes each). */
export const OPTIONS = {
  profiles: { type: "string" },
  runs: { type: "string" },
  seed: { type: "string" },
  today: { type: "string" },
  dir: { type: "string" },
  keep: { type: "boolean" },
  "no-eleventy": { type: "boolean" },
  "no-hugo": { type: "boolean" },
  markdown: { type: "boolean" },
  search: { type: "boolean" },
  edit: { type: "boolean" },
  json: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1, got "${value}"`);
  return n;
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine({ args: argv, options: OPTIONS }, USAGE, undefined, "", HELP);
  if (typeof parsed === "number") return parsed;
  const v = parsed.values;
  let profiles: number, runs: number, seed: number;
  try {
    profiles = positiveInteger(v.profiles, 1000, "profiles");
    runs = positiveInteger(v.runs, 3, "runs");
    seed = positiveInteger(v.seed, 2026, "seed");
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const today = v.today ?? "2026-11-24";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    process.stderr.write(`--today must be YYYY-MM-DD, got "${today}"\n`);
    return 2;
  }
  // Ctrl-C reaches the builds it runs too (the same process group); they stop, and so does the
  // benchmark, deleting its temporary folder (up to a few GB at 10,000 profiles). A second
  // Ctrl-C quits at once.
  const stop = interruptOnSignals("stopping the benchmark and deleting its files");
  let result: Awaited<ReturnType<typeof runBench>>;
  try {
    result = await runBench({
      profiles,
      runs,
      seed,
      today,
      ...(v.dir ? { dir: v.dir } : {}),
      keep: v.keep === true,
      eleventy: v["no-eleventy"] !== true,
      hugo: v["no-hugo"] !== true,
      markdown: v.markdown === true,
      search: v.search === true,
      edit: v.edit === true,
      write: (line) => process.stdout.write(line + "\n"),
      signal: stop.signal,
    });
  } catch (error) {
    // A build stopped by the same Ctrl-C can fail the run before this process has read the signal.
    await readPendingSignals();
    if (!stop.signal.aborted) throw error;
    process.stderr.write(`benchmark interrupted; ${v.dir || v.keep ? "its files were kept" : "its temporary files were deleted"}\n`);
    return stop.exitCode();
  } finally {
    stop.dispose();
  }
  if (v.json) writeFileSync(v.json, JSON.stringify(result, null, 2) + "\n");
  return 0;
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
