/**
 * Fast edits, measured: start `npm start` (build.ts --serve) on a folder of profiles, wait
 * for the first build, then edit one profile at a time and time how long until the edited
 * text is served over HTTP (the page a browser would reload), until the rest of the site
 * has it too (the profile's JSON, which comes with the directory and data files), and until
 * the search index has been replaced. Every second edit is saved as sed -i and editors that save
 * atomically do: a new file next to the profile, renamed over it.
 */
import { spawn } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "../paths.js";

export interface EditLatency {
  /** Milliseconds from writing the file to the changed page being served, per edit. */
  pageMs: number[];
  /** Milliseconds from writing the file to the rest of the site (its JSON, the directory) being served, per edit. */
  siteMs: number[];
  /** Milliseconds from writing the file to a new search index being served, per edit. */
  searchMs: number[];
  /** Milliseconds from starting the server to the first page being served. */
  firstBuildMs: number;
}

const buildScript = fileURLToPath(new URL("../cli/build.ts", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

async function fetchText(url: string): Promise<{ status: number; text: string }> {
  try {
    const r = await fetch(url, { headers: { "cache-control": "no-cache" } });
    return { status: r.status, text: await r.text() };
  } catch {
    return { status: 0, text: "" };
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, everyMs = 10): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check()) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** `slugs` are edited in turn (one edit each), in a server over profilesDir writing to outDir. */
export async function measureEditLatency(options: { profilesDir: string; outDir: string; today: string; slugs: readonly string[]; log?: (line: string) => void }): Promise<EditLatency> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(process.execPath, ["--import", "tsx", buildScript, "--serve", "--profiles", options.profilesDir, "--out", options.outDir, "--today", options.today, "--port", String(port), "--host", "127.0.0.1"], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  server.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const result: EditLatency = { pageMs: [], siteMs: [], searchMs: [], firstBuildMs: 0 };
  try {
    const first = options.slugs[0]!;
    await waitFor(async () => (await fetchText(`${base}/profiles/${first}/`)).status === 200, 600_000, 100);
    result.firstBuildMs = performance.now() - started;
    for (const [i, slug] of options.slugs.entries()) {
      const file = join(options.profilesDir, `${slug}.md`);
      const text = readFileSync(file, "utf8");
      const marker = `edit check ${i + 1} ${Date.now().toString(36)}`;
      const edited = text.replace(/^summary: .*$/m, `summary: Fictional profile changed for the ${marker}.`);
      if (edited === text) throw new Error(`${file}: no summary line to edit`);
      const entryBefore = (await fetchText(`${base}/pagefind/pagefind-entry.json`)).text;
      await new Promise((r) => setTimeout(r, 300)); // let the watcher settle after the previous edit
      const byRename = i % 2 === 1;
      const t0 = performance.now();
      if (byRename) {
        const temporary = join(options.profilesDir, `sedEdit${i + 1}`);
        writeFileSync(temporary, edited);
        renameSync(temporary, file);
      } else {
        writeFileSync(file, edited);
      }
      await waitFor(async () => (await fetchText(`${base}/profiles/${slug}/`)).text.includes(marker), 120_000);
      result.pageMs.push(performance.now() - t0);
      await waitFor(async () => (await fetchText(`${base}/api/profiles/${slug}.json`)).text.includes(marker), 120_000);
      result.siteMs.push(performance.now() - t0);
      await waitFor(async () => {
        const entry = await fetchText(`${base}/pagefind/pagefind-entry.json`);
        return entry.status === 200 && entry.text !== entryBefore;
      }, 120_000, 25);
      result.searchMs.push(performance.now() - t0);
      options.log?.(`edit ${i + 1} (${byRename ? "saved by a rename" : "saved in place"}): page served after ${Math.round(result.pageMs.at(-1)!)} ms, whole site after ${Math.round(result.siteMs.at(-1)!)} ms, search index after ${Math.round(result.searchMs.at(-1)!)} ms`);
    }
  } catch (error) {
    throw new Error(`${(error as Error).message}\nserver output:\n${stderr.slice(-4000)}`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
  return result;
}
