/**
 * The Pagefind indexer does not outlive a build that is killed: its watchdog stops it when
 * the build's process dies (search-index.ts); and a build that fails, or a newer dev build,
 * stops it on purpose. Linux only: it looks for the process in /proc.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../src/paths.js";
import { indexFolder } from "../../src/site/search-index.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-watchdog-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Pids of processes whose command line mentions `needle`. */
function processesWith(needle: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, "utf8").includes(needle)) found.push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

const until = async (what: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!what() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return what();
};

/** 4,000 small documents: a second or two of Pagefind's time. */
function writeDocuments(docs: string): void {
  mkdirSync(docs);
  const words = "python django pipelines evaluation runbooks healthcare logistics insurance ".repeat(40);
  for (let i = 0; i < 4000; i++) writeFileSync(join(docs, `p-${i}.html`), `<html lang="en"><body><main data-pagefind-body><h1>Profile ${i}</h1><p>${words} w${i}</p></main></body></html>`);
}

const isPagefind = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("pagefind");
  } catch {
    return false;
  }
};

describe.runIf(process.platform === "linux")("the Pagefind indexer", () => {
  it("stops when its signal aborts, and says it was stopped", async () => {
    const docs = join(root, "docs-abort");
    writeDocuments(docs);
    const out = join(root, "index-abort");
    const stop = new AbortController();
    const indexing = indexFolder(docs, out, { signal: stop.signal });
    expect(await until(() => processesWith(out).some(isPagefind), 20_000), "Pagefind started").toBe(true);
    stop.abort();
    await expect(indexing).rejects.toThrow(/pagefind was stopped/);
    expect(await until(() => processesWith(out).length === 0, 10_000), `still running: ${processesWith(out).join(", ")}`).toBe(true);
    expect(existsSync(join(out, "pagefind-entry.json"))).toBe(false);
  }, 60_000);

  it("stops when the process that started it is killed", async () => {
    const docs = join(root, "docs");
    writeDocuments(docs);
    const out = join(root, "index");
    const script = `import(${JSON.stringify(join(repoRoot, "src/site/search-index.ts"))}).then((m) => m.indexFolder(${JSON.stringify(docs)}, ${JSON.stringify(out)}))`;
    const build = spawn(process.execPath, ["--import", "tsx", "-e", script], { cwd: repoRoot, stdio: "ignore" });
    expect(await until(() => processesWith(out).some(isPagefind), 20_000), "Pagefind started").toBe(true);
    build.kill("SIGKILL");
    await new Promise((r) => build.once("exit", r));
    expect(await until(() => processesWith(out).length === 0, 10_000), `still running: ${processesWith(out).join(", ")}`).toBe(true);
    // Stopped, not finished: Pagefind writes its entry file last.
    expect(existsSync(join(out, "pagefind-entry.json"))).toBe(false);
  }, 60_000);
});
