/**
 * Search over a sharded index, in Chromium: the samples built with four profiles per shard
 * (four shards), against the same samples in one index. Sorted by delivery score the merged
 * results must come in exactly the directory's order; best-match searches must find the same
 * profiles as the single index.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiList } from "../../src/site/view/api.js";
import { startHarness, type Harness } from "./browser.js";

let sharded: Harness;
let single: Harness;
let list: ApiList;

beforeAll(async () => {
  [sharded, single] = await Promise.all([startHarness({ profilesPerSearchShard: 4 }), startHarness()]);
  list = sharded.json<ApiList>("api/profiles.json");
}, 180_000);

afterAll(async () => {
  await Promise.all([sharded?.close(), single?.close()]);
});

const slugOf = (href: string) => href.replace(/^.*\/profiles\//, "").replace(/\/$/, "");

/** Opens /search/ with a query string and returns the profile slugs listed, in order. */
async function searchFor(h: Harness, query: string): Promise<string[]> {
  const page: Page = await (await h.context()).newPage();
  await page.goto(`${h.url}/search/${query ? `?${query}` : ""}`);
  await page.waitForFunction((q) => document.getElementById("search-results")?.dataset.query === q, query);
  const urls = await page.$$eval("#search-results li", (items) => items.map((li) => (li as HTMLElement).dataset.url ?? ""));
  await page.close();
  return urls.map(slugOf);
}

describe("search over a sharded index", () => {
  it("names every shard on the search page, and builds them all", async () => {
    const page = await (await sharded.context()).newPage();
    await page.goto(`${sharded.url}/search/`);
    expect(await page.getAttribute("#search-form", "data-search-indexes")).toBe("/pagefind/ /pagefind-2/ /pagefind-3/ /pagefind-4/");
    await page.close();
    for (const folder of ["pagefind", "pagefind-2", "pagefind-3", "pagefind-4"]) expect(existsSync(join(sharded.dir, folder, "pagefind.js")), folder).toBe(true);
    expect(existsSync(join(sharded.dir, "pagefind-5"))).toBe(false);
  });

  it("lists every profile in the directory's order (delivery score, then name) when sorted by score", async () => {
    const expected = list.profiles.map((p) => p.slug);
    // Filters that every profile matches: the merged search over all four shards, not the page's own list.
    expect(await searchFor(sharded, "kind=firm&kind=freelancer&sort=score")).toEqual(expected);
    expect(await searchFor(sharded, "kind=firm&kind=freelancer")).toEqual(expected);
    // No words and no filters: the list the page comes with, in the same order.
    expect(await searchFor(sharded, "sort=score")).toEqual(expected);
    expect(await searchFor(sharded, "")).toEqual(expected);
  }, 60_000);

  it("keeps that exact order for words and filters that pick profiles from several shards", async () => {
    for (const query of ["q=python&sort=score", "model=staff-augmentation&sort=score", "q=data&kind=firm&sort=score"]) {
      const found = await searchFor(sharded, query);
      expect(found.length, query).toBeGreaterThan(1);
      expect(found, query).toEqual(await searchFor(single, query));
    }
  }, 60_000);

  it("finds the same profiles by best match as one index does, with links to the profile pages", async () => {
    for (const query of ["q=python", "q=django", "q=pipelines", "q=healthcare"]) {
      const found = await searchFor(sharded, query);
      expect(found.length, query).toBeGreaterThan(0);
      expect([...found].sort(), query).toEqual([...(await searchFor(single, query))].sort());
      for (const slug of found) expect(list.profiles.some((p) => p.slug === slug), `${query}: ${slug}`).toBe(true);
    }
  }, 60_000);

  it("lets the compare picker find profiles from every shard", async () => {
    const page = await (await sharded.context()).newPage();
    await page.goto(`${sharded.url}/compare/`);
    // Ranks 0–3 are in shards 1–4.
    for (const p of list.profiles.slice(0, 4)) {
      await page.fill("#compare-q", p.name);
      await page.press("#compare-q", "Enter");
      await page.waitForSelector(`#compare-matches li[data-slug="${p.slug}"]`);
    }
    await page.close();
  }, 60_000);
});
