/**
 * One Shortlist build, run by the benchmark in a fresh process so that each run starts cold
 * and its memory is its own. It calls buildSite — the function `npm run build` calls — and
 * prints one JSON line: the stage timings, the result, and this process's peak RSS.
 *
 *   node --import tsx src/bench/shortlist-child.ts --profiles DIR --out DIR --today YYYY-MM-DD
 */
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
  error?: string;
}

const { values } = parseArgs({ options: { profiles: { type: "string" }, out: { type: "string" }, today: { type: "string" } } });
if (!values.profiles || !values.out || !values.today) {
  process.stderr.write("usage: shortlist-child --profiles DIR --out DIR --today YYYY-MM-DD\n");
  process.exit(2);
}
const log: string[] = [];
const result = await buildSite({ profilesDir: values.profiles, outDir: values.out, today: values.today, log: (line) => log.push(line) });
const out: ShortlistChildResult = {
  ok: result.ok,
  profiles: result.profiles ?? 0,
  indexedPages: result.indexedPages ?? 0,
  ms: result.ms,
  timings: result.timings,
  maxRss: process.resourceUsage().maxRSS * 1024,
  ...(result.ok ? {} : { error: [result.error ?? "", ...log.slice(-20)].join("\n") }),
};
process.stdout.write(JSON.stringify(out) + "\n");
process.exitCode = result.ok ? 0 : 1;
