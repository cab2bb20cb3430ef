/**
 * The benchmark's search timing works end to end on a built site: in Chromium with no
 * DevTools client on the page's network (over the DevTools pipe), and under Playwright. How
 * fast is not checked here.
 */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchPipeBrowser } from "../../src/bench/cdp-pipe.js";
import { CHROMIUM, measureSearch, measureSearchUnattached } from "../../src/bench/search-timing.js";
import { buildSamples } from "../site/built-site.js";

let site: { dir: string; root: string };
beforeAll(async () => {
  site = await buildSamples();
}, 120_000);
afterAll(() => rmSync(site.root, { recursive: true, force: true }));

describe("search timing", () => {
  it("times a first search per word in a fresh tab with no client listening to the network", async () => {
    const ms = await measureSearchUnattached(site.dir, ["python", "django"]);
    expect(ms).toHaveLength(2);
    for (const m of ms) expect(m).toBeGreaterThan(0);
  }, 60_000);

  it("times submit, typing and the API under Playwright, with the number of results", async () => {
    const timings = await measureSearch(site.dir, ["python"]);
    expect(timings).toHaveLength(1);
    expect(timings[0]!.results).toBeGreaterThan(0);
    for (const key of ["submitMs", "typingMs", "apiMs"] as const) expect(timings[0]![key], key).toBeGreaterThan(0);
    // The typing figure includes search.js's 250 ms pause after the last keystroke.
    expect(timings[0]!.typingMs).toBeGreaterThan(250);
  }, 60_000);

  it("reports a script error in the page as an error", async () => {
    const browser = await launchPipeBrowser(CHROMIUM, ["--headless", "--no-sandbox", "--disable-gpu"]);
    try {
      const tab = await browser.open("about:blank");
      await expect(browser.evaluate(tab.sessionId, "Promise.reject(new Error('boom'))")).rejects.toThrow(/boom/);
      expect(await browser.evaluate<number>(tab.sessionId, "Promise.resolve(6 * 7)")).toBe(42);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
