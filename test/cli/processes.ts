/** Starting the CLIs as a terminal does, for tests of `npm start`, `npm run build` and `npm run bench` as processes. */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../src/paths.js";

export const buildScript = join(repoRoot, "src/cli/build.ts");

export interface Started {
  child: ChildProcess;
  /** Everything it has printed so far, stdout and stderr together. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A CLI script (default: the build's) in a process group of its own, as a terminal starts a command. */
export function startCli(args: string[], env: Record<string, string>, script = buildScript): Started {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: repoRoot, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let text = "";
  child.stdout!.on("data", (d: Buffer) => (text += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (text += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once("exit", (code, signal) => done({ code, signal })));
  return { child, output: () => text, exited };
}

/** Ctrl-C: SIGINT to every process of the command. */
export function pressCtrlC(child: ChildProcess): void {
  process.kill(-child.pid!, "SIGINT");
}

export async function until(condition: () => boolean, what: string, ms = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
