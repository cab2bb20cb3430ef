/**
 * Search in the browser, measured in Chromium on a built site. For each query a fresh page
 * opens /search/ (which lists every profile without the index), focuses the search field as a
 * visitor does before typing, and waits until search.js has opened the index (Pagefind's
 * code, WebAssembly and metadata, loaded on that first focus) and warmed it (one blank search,
 * which a visitor's typing covers); then, in this order:
 *
 *   submit  the words typed and Enter pressed → the first results rendered (search.js shows
 *           the first 10 as soon as their data is in, then the rest of the first 50)
 *   typing  the words typed → the first results rendered, including search.js's 250 ms
 *           pause after the last keystroke
 *   api     a search over every shard (assets/search-shards.js) plus data() of the first 10
 *           results, called directly
 *
 * The site is served by the preview server (static-server.ts) in its own process.
 *
 * These run under Playwright, which turns on the DevTools Network domain of the page and so
 * hears of every request as it happens; measureSearchUnattached times "submit" again with no
 * client listening (cdp-pipe.ts), as a visitor's browser runs, and that is the headline figure.
 *
 * Times are taken with performance.now() inside the page, up to the moment the results are
 * in the DOM (the browser paints them at its next frame).
 */
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { launchPipeBrowser } from "./cdp-pipe.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const QUERIES = ["django", "kubernetes", "pipelines", "evaluation", "pydantic", "runbooks", "healthcare", "polars", "insurance", "logistics"];

export interface SearchTiming {
  query: string;
  results: number;
  apiMs: number;
  submitMs: number;
  typingMs: number;
}

const serveScript = fileURLToPath(new URL("./serve-child.ts", import.meta.url));

/** The site served by the preview server in a child process (serve-child.ts). */
async function serveInChild(siteDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", serveScript, siteDir], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const url = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout }).once("line", done);
    child.once("exit", (code) => fail(new Error(`the preview server exited (${code}) before serving ${siteDir}`)));
  });
  return {
    url,
    async close() {
      child.kill();
      await exited;
    },
  };
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * The script that types `words` into the search form (and presses Enter when `submit`):
 * resolves to the milliseconds until search.js has put the first results in the DOM (it then
 * marks data-shown with the query).
 */
function formScript(words: string, submit: boolean): string {
  return `(async () => {
    const input = document.getElementById("search-q");
    const list = document.getElementById("search-results");
    const form = document.getElementById("search-form");
    const expected = new URLSearchParams(${JSON.stringify(words ? { q: words } : {})}).toString();
    const t0 = performance.now();
    input.value = ${JSON.stringify(words)};
    input.dispatchEvent(new Event("input", { bubbles: true }));
    if (${submit}) form.requestSubmit();
    await new Promise((done) => {
      if (list.dataset.shown === expected) return done();
      const watch = new MutationObserver(() => {
        if (list.dataset.shown === expected) {
          watch.disconnect();
          done();
        }
      });
      watch.observe(list, { attributes: true, attributeFilter: ["data-shown"] });
    });
    return performance.now() - t0;
  })()`;
}

/** Focuses the search field once search.js is running, and waits until the index is open and warm. */
const READY_SCRIPT = `new Promise((done) => {
  let focused = false;
  const check = () => {
    const root = document.documentElement;
    if (root?.dataset.searchReady === "true" && !focused) {
      focused = true;
      const input = document.getElementById("search-q");
      input.focus();
      // A tab without window focus fires no focus events: say it as the browser would.
      if (document.activeElement === input && !document.hasFocus()) input.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    }
    if (root?.dataset.searchIndex === "warm") return done(true);
    setTimeout(check, 10);
  };
  check();
})`;

/**
 * Enter → first results shown, first search of each word, in Chromium with no DevTools client
 * attached to the page's network (cdp-pipe.ts): a fresh tab per word, as a visitor's browser
 * runs it. Returns the milliseconds per query, in order.
 */
export async function measureSearchUnattached(siteDir: string, queries: readonly string[] = QUERIES): Promise<number[]> {
  const server = await serveInChild(siteDir);
  const browser = await launchPipeBrowser(CHROMIUM, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900"]);
  const out: number[] = [];
  try {
    for (const query of queries) {
      const tab = await browser.open(`${server.url}/search/`);
      await browser.evaluate(tab.sessionId, READY_SCRIPT);
      out.push(await browser.evaluate<number>(tab.sessionId, formScript(query, true)));
      await browser.closeTab(tab.targetId);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

export async function measureSearch(siteDir: string, queries: readonly string[] = QUERIES): Promise<SearchTiming[]> {
  const { chromium } = await import("playwright-core");
  const server = await serveInChild(siteDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  const out: SearchTiming[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(60_000);
    for (const query of queries) {
      const page = await context.newPage();
      await page.goto(`${server.url}/search/`);
      await page.evaluate(READY_SCRIPT);
      // Browser code is passed as text: tsx would wrap functions in helpers the page lacks.
      // Through the form: Enter submits at once; typing waits for the pause.
      const viaForm = async (submit: boolean, words: string) => (await page.evaluate(formScript(words, submit))) as number;
      const submitMs = await viaForm(true, query);
      await viaForm(true, "");
      const typingMs = await viaForm(false, `${query} python`);
      // The API, after the form (so the word's index chunks are loaded): the shards search.js opened.
      const api = (await page.evaluate(`(async () => {
        const { openSearch, resultData, shardPathsOf } = await import("/assets/search-shards.js");
        const index = await openSearch(shardPathsOf(document.getElementById("search-form")));
        const t0 = performance.now();
        const found = await index.search(${JSON.stringify(query)});
        await Promise.all(found.results.slice(0, 10).map(resultData));
        return { ms: performance.now() - t0, results: found.results.length };
      })()`)) as { ms: number; results: number };
      out.push({ query, results: api.results, apiMs: api.ms, submitMs, typingMs });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
