/**
 * Runs one command as a child process and measures it: wall time from spawn to exit, and
 * peak memory. On Linux the whole process tree is sampled from /proc every `sampleMs`
 * (a build spawns helpers: tsx's Node, Pagefind's indexer), giving the largest single
 * process and the largest sum over the tree at one moment. Elsewhere only the wall time is
 * measured; a Node child can still report its own peak (process.resourceUsage().maxRSS).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export interface RunResult {
  ok: boolean;
  code: number | null;
  ms: number;
  stdout: string;
  stderr: string;
  /** Peak RSS of the largest single process in the tree, bytes (undefined without /proc). */
  peakProcessRss?: number;
  /** Peak of the summed RSS of the whole tree at one sample, bytes. */
  peakTreeRss?: number;
  /** Largest RSS seen per command name (node, pagefind_extended, hugo…), bytes. */
  peakByName?: Record<string, number>;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  sampleMs?: number;
  /** Give up after this long (the child is killed and ok is false). */
  timeoutMs?: number;
}

const PAGE_SIZE = 4096;
export const canSampleMemory = process.platform === "linux" && existsSync("/proc/self/statm");

function readTree(root: number): Array<{ pid: number; name: string; rss: number }> {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid …; comm may hold spaces and parentheses, so split at the last ")".
      const close = stat.lastIndexOf(")");
      const fields = stat.slice(close + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
      names.set(Number(entry), stat.slice(stat.indexOf("(") + 1, close));
    } catch {
      // the process ended while we looked
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const out: Array<{ pid: number; name: string; rss: number }> = [];
  for (const pid of tree) {
    try {
      const pages = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
      out.push({ pid, name: names.get(pid) ?? "?", rss: pages * PAGE_SIZE });
    } catch {
      // gone
    }
  }
  return out;
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolveRun) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    let peakProcess = 0;
    let peakTree = 0;
    let samples = 0;
    const byName: Record<string, number> = {};
    const sample = () => {
      if (!child.pid) return;
      const tree = readTree(child.pid);
      if (tree.length > 0) samples++;
      let sum = 0;
      for (const p of tree) {
        sum += p.rss;
        peakProcess = Math.max(peakProcess, p.rss);
        byName[p.name] = Math.max(byName[p.name] ?? 0, p.rss);
      }
      peakTree = Math.max(peakTree, sum);
    };
    const timer = canSampleMemory ? setInterval(sample, options.sampleMs ?? 50) : undefined;
    const killer = options.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), options.timeoutMs) : undefined;
    const finish = (code: number | null) => {
      const ms = performance.now() - started;
      if (timer) clearInterval(timer);
      if (killer) clearTimeout(killer);
      resolveRun({
        ok: code === 0,
        code,
        ms,
        stdout,
        stderr,
        // A process that ended before the first sample has no memory figure.
        ...(canSampleMemory && samples > 0 ? { peakProcessRss: peakProcess, peakTreeRss: peakTree, peakByName: byName } : {}),
      });
    };
    child.on("error", (error) => {
      stderr += String(error);
      finish(null);
    });
    child.on("close", (code) => finish(code));
  });
}

/** The last line of `text` that parses as a JSON object (children print their results that way). */
export function lastJsonLine<T>(text: string): T | undefined {
  const lines = text.trim().split("\n").reverse();
  for (const line of lines) {
    if (!line.startsWith("{")) continue;
    try {
      return JSON.parse(line) as T;
    } catch {
      // not ours
    }
  }
  return undefined;
}
