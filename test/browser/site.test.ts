import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiList } from "../../src/site/view/api.js";
import type { DirectoryIndex } from "../../src/site/view/directory-index.js";
import { startHarness, type Harness } from "./browser.js";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const MODELS = ["dedicated", "project-based", "staff-augmentation"] as const;

let h: Harness;
let list: ApiList;
let index: DirectoryIndex;

beforeAll(async () => {
  h = await startHarness();
  list = h.json<ApiList>("api/profiles.json");
  index = h.json<DirectoryIndex>("api/directory.json");
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const offering = (model: string) => list.profiles.filter((p) => p.engagement_models.some((m) => m.model === model)).map((p) => p.slug);
const slugOf = (href: string) => href.replace(/^.*\/profiles\//, "").replace(/\/$/, "");

async function searchResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.documentElement.dataset.searchReady === "true");
  return page.$$eval("#search-results li", (items) => items.map((li) => (li as HTMLElement).dataset.url ?? ""));
}

/** Runs an action, then waits until the results on show answer `query` (the form state as a query string). */
async function waitForSearch(page: Page, query: string, action: () => Promise<unknown>): Promise<string[]> {
  await action();
  await page.waitForFunction((q) => document.getElementById("search-results")?.dataset.query === q, query);
  return searchResults(page);
}

describe("search", () => {
  it("with the engagement-model filter returns exactly the profiles that offer that model", async () => {
    const page = await (await h.context()).newPage();
    await page.goto(`${h.url}/search/`);
    await searchResults(page);
    for (const model of MODELS) {
      const boxes = page.locator('input[name="model"]');
      const results = await waitForSearch(page, `model=${model}`, async () => {
        for (const other of MODELS) await boxes.and(page.locator(`[value="${other}"]`)).setChecked(other === model);
      });
      expect(results.map(slugOf).sort(), model).toEqual(offering(model).sort());
    }
  }, 60_000);

  it("keeps words, filters and sort in a shareable URL, and sorts by delivery score on request", async () => {
    const page = await (await h.context()).newPage();
    await page.goto(`${h.url}/search/?model=staff-augmentation&kind=firm&sort=score`);
    const results = (await searchResults(page)).map(slugOf);
    const expected = list.profiles.filter((p) => p.kind === "firm" && p.engagement_models.some((m) => m.model === "staff-augmentation"));
    expect(results.sort()).toEqual(expected.map((p) => p.slug).sort());
    const ordered = (await searchResults(page)).map(slugOf);
    const scores = ordered.map((s) => list.profiles.find((p) => p.slug === s)!.delivery_score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await page.locator('input[name="kind"][value="firm"]').isChecked()).toBe(true);

    const words = await waitForSearch(page, "q=Django&model=staff-augmentation&kind=firm&sort=score", () => page.fill("#search-q", "Django"));
    expect(words.length).toBeGreaterThan(0);
    for (const url of words) expect(expected.map((p) => p.slug)).toContain(slugOf(url));
    expect(new URL(page.url()).searchParams.get("q")).toBe("Django");
  }, 60_000);
});

describe("the directory", () => {
  it("filters by any one facet value and sorts the whole list by any order without JavaScript, through plain links", async () => {
    const page = await (await h.context({ javaScriptEnabled: false })).newPage();
    const slugsShown = () => page.$$eval("#directory-rows > li", (lis) => lis.map((li) => (li as HTMLElement).dataset.slug!));
    const scoreOf = (slug: string) => list.profiles.find((p) => p.slug === slug)!.delivery_score;
    await page.goto(`${h.url}/profiles/`);
    await page.locator("[data-static-filters] a", { hasText: "Staff augmentation" }).click();
    expect(new URL(page.url()).pathname).toBe("/profiles/model/staff-augmentation/");
    const filtered = await slugsShown();
    expect([...filtered].sort()).toEqual(offering("staff-augmentation").sort());
    expect(filtered.map(scoreOf)).toEqual(filtered.map(scoreOf).sort((a, b) => b - a));

    // A filtered list is static by delivery score only; the other orders link to the whole list (and say so).
    const byName = page.locator("[data-static-sort] a", { hasText: "Name" });
    await expect(byName.textContent()).resolves.toBe("Name (all profiles)");
    await byName.click();
    expect(new URL(page.url()).pathname).toBe("/profiles/sort/name/");
    const names = await page.$$eval("#directory-rows .card-title", (hs) => hs.map((h) => h.textContent!.trim()));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    expect(names).toHaveLength(list.profiles.length);

    await page.locator("[data-static-sort] a", { hasText: "Rate" }).click();
    expect(new URL(page.url()).pathname).toBe("/profiles/sort/rate/");
    const rated = await slugsShown();
    expect(rated).toHaveLength(list.profiles.length);
    const rates = rated.map((s) => index.rows.find((r) => r.slug === s)!.rate);
    const known = rates.filter((r): r is number => r !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(rates.slice(known.length).every((r) => r === null)).toBe(true);

    // From a sorted page, a filter link still leads to that filter's page.
    await page.locator("[data-static-filters] summary", { hasText: "Kinds" }).click();
    await page.locator("[data-static-filters] a", { hasText: "Freelancer" }).click();
    expect(new URL(page.url()).pathname).toBe("/profiles/kind/freelancer/");
    expect((await slugsShown()).sort()).toEqual(list.profiles.filter((p) => p.kind === "freelancer").map((p) => p.slug).sort());
  }, 60_000);

  it("combines filters and sorts in the browser, keeps them in the URL and restores them from it", async () => {
    const page = await (await h.context()).newPage();
    await page.goto(`${h.url}/profiles/`);
    await page.waitForFunction(() => document.documentElement.dataset.directoryReady === "true");
    await page.selectOption("#f-model", "dedicated");
    await page.selectOption("#f-kind", "firm");
    await page.selectOption("#f-sort", "rate");
    const expected = index.rows
      .filter((r) => r.facets.model.includes("dedicated") && r.facets.kind.includes("firm"))
      .sort((a, b) => {
        const x = a.modelRates.dedicated ?? null;
        const y = b.modelRates.dedicated ?? null;
        if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
        return x - y;
      })
      .map((r) => r.slug);
    const shown = await page.$$eval("#directory-rows > li", (lis) => lis.map((li) => (li as HTMLElement).dataset.slug));
    expect(shown).toEqual(expected);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ model: "dedicated", kind: "firm", sort: "rate" });
    await expect(page.locator("#results-h").textContent()).resolves.toBe(`${expected.length} profile${expected.length === 1 ? "" : "s"}`);

    const again = await (await h.context()).newPage();
    await again.goto(page.url());
    await again.waitForFunction(() => document.documentElement.dataset.directoryReady === "true");
    expect(await again.$$eval("#directory-rows > li", (lis) => lis.map((li) => (li as HTMLElement).dataset.slug))).toEqual(expected);
    expect(await again.inputValue("#f-sort")).toBe("rate");
  }, 60_000);
});

describe("compare", () => {
  it("shows the profiles chosen in a shared URL, loading only their data", async () => {
    const chosen = [list.profiles[2]!.slug, list.profiles[0]!.slug, list.profiles[5]!.slug];
    const page = await (await h.context()).newPage();
    const fetched: string[] = [];
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith("/api/")) fetched.push(path);
    });
    await page.goto(`${h.url}/compare/?p=${chosen.join(",")}`);
    await page.waitForFunction(() => document.documentElement.dataset.compareReady === "true");
    const heads = await page.$$eval(".compare-table thead th", (ths) => ths.map((t) => t.textContent!.trim()));
    expect(heads).toEqual(chosen.map((s) => list.profiles.find((p) => p.slug === s)!.name));
    expect(fetched.sort()).toEqual(chosen.map((s) => `/api/profiles/${s}.json`).sort());
    const scoreRow = await page.$$eval(".compare-table tr.row-score td", (tds) => tds.map((td) => td.textContent!));
    chosen.forEach((s, i) => expect(scoreRow[i]).toContain(`${list.profiles.find((p) => p.slug === s)!.delivery_score}/100`));
    expect(await page.locator(".compare-table tr.row-signal").count()).toBe(7);
  }, 60_000);

  it("puts the picked profiles into the address, ready to share", async () => {
    const page = await (await h.context()).newPage();
    await page.goto(`${h.url}/compare/`);
    const [a, b] = [list.profiles[1]!.slug, list.profiles[3]!.slug];
    await page.check(`input[name="p"][value="${a}"]`);
    await page.check(`input[name="p"][value="${b}"]`);
    await page.click("#compare-form button[type=submit]");
    await page.waitForSelector(".compare-table");
    expect(new URL(page.url()).searchParams.get("p")).toBe([a, b].sort((x, y) => list.profiles.findIndex((p) => p.slug === x) - list.profiles.findIndex((p) => p.slug === y)).join(","));
  }, 60_000);
});

const PAGE_TYPES = () => [
  "/",
  "/profiles/",
  "/profiles/model/dedicated/",
  "/profiles/sort/rate/",
  `/profiles/${list.profiles[0]!.slug}/`,
  `/compare/?p=${list.profiles[0]!.slug},${list.profiles[1]!.slug}`,
  "/engagement/",
  "/engagement/staff-augmentation/",
  "/search/?model=dedicated",
  "/methodology/",
  "/contribute/",
  "/no-such-page/",
];

async function settle(page: Page, path: string): Promise<void> {
  if (path.startsWith("/search/")) await page.waitForFunction(() => document.documentElement.dataset.searchReady === "true");
  if (path.startsWith("/compare/")) await page.waitForFunction(() => document.documentElement.dataset.compareReady === "true");
  if (path.startsWith("/profiles/") && !/^\/profiles\/[a-z0-9-]+\/$/.test(path))
    await page.waitForFunction(() => document.documentElement.dataset.directoryReady === "true");
}

describe("every page type", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`has no axe-core violations in ${scheme} mode`, async () => {
      const page = await (await h.context({ colorScheme: scheme })).newPage();
      const failures: string[] = [];
      for (const path of PAGE_TYPES()) {
        await page.goto(h.url + path);
        await settle(page, path);
        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
          const r = await axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`);
        });
        failures.push(...violations.map((v) => `${path} ${v}`));
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }

  it("runs under its Content Security Policy without violations and requests nothing from another origin", async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on("request", (r) => {
      if (!r.url().startsWith(h.url) && !r.url().startsWith("data:")) problems.push(`${page.url()}: requested ${r.url()}`);
    });
    for (const path of PAGE_TYPES()) {
      const response = await page.goto(h.url + path);
      expect(response!.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
      await settle(page, path);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("can be used with the keyboard: the first Tab reaches the skip link, which moves focus to the main content", async () => {
    const page = await (await h.context()).newPage();
    await page.goto(`${h.url}/profiles/${list.profiles[0]!.slug}/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  }, 60_000);
});
