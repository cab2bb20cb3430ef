/**
 * One Shortlist build, run by the benchmark in a fresh process so that each run starts cold
 * and its memory is its own. It calls buildSite — the function `npm run build` calls — and
 * prints one JSON line: the stage timings, the result, and this process's peak RSS.
 *
 *   node --import tsx src/bench/shortlist-child.ts --profiles DIR --out DIR --today YYYY-MM-DD
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildSite } from "../cli/build.js";

export interface ShortlistChildResult {
  ok: boolean;
  profiles: number;
  indexedPages: number;
  ms: number;
  timings: Record<string, number>;
  /** Peak RSS of this Node process, bytes. */
  maxRss: number;
  /** CPU milliseconds (user + system) of this process, and of its finished child processes (Pagefind's indexer). */
  cpuMs: number;
  childCpuMs: number;
  error?: string;
}

const { values } = parseArgs({ options: { profiles: { type: "string" }, out: { type: "string" }, today: { type: "string" } } });
if (!values.profiles || !values.out || !values.today) {
  process.stderr.write("usage: shortlist-child --profiles DIR --out DIR --today YYYY-MM-DD\n");
  process.exit(2);
}
const log: string[] = [];
const result = await buildSite({ profilesDir: values.profiles, outDir: values.out, today: values.today, log: (line) => log.push(line) });
/** CPU time of the finished, reaped children (fields 16 and 17 of /proc/self/stat, in clock ticks of 1/100 s); NaN off Linux. */
function childCpuMs(): number {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
    // After "pid (comm) ", field 3 (state) is index 0: cutime is field 16, cstime field 17.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Waits (at most 5 s) until this process has no child left: Pagefind's close() kills its indexer without waiting for it. */
async function childrenGone(): Promise<void> {
  const children = () => {
    try {
      return readFileSync(`/proc/self/task/${process.pid}/children`, "utf8").trim();
    } catch {
      return "";
    }
  };
  for (let i = 0; i < 100 && children() !== ""; i++) await new Promise((done) => setTimeout(done, 50));
}

await childrenGone();
const usage = process.cpuUsage();
const out: ShortlistChildResult = {
  ok: result.ok,
  profiles: result.profiles ?? 0,
  indexedPages: result.indexedPages ?? 0,
  ms: result.ms,
  timings: result.timings,
  maxRss: process.resourceUsage().maxRSS * 1024,
  cpuMs: (usage.user + usage.system) / 1000,
  childCpuMs: childCpuMs(),
  ...(result.ok ? {} : { error: [result.error ?? "", ...log.slice(-20)].join("\n") }),
};
process.stdout.write(JSON.stringify(out) + "\n");
process.exitCode = result.ok ? 0 : 1;
