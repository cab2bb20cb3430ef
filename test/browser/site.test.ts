import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOURS_PER_MONTH } from "../../src/site/config.js";
import type { ApiList, ApiListRecord } from "../../src/site/view/api.js";
import { compareNames } from "../../src/site/view/format.js";
import { startHarness, type Harness } from "./browser.js";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const MODELS = ["dedicated", "project-based", "staff-augmentation"] as const;

let h: Harness;
let list: ApiList;

beforeAll(async () => {
  h = await startHarness();
  list = h.json<ApiList>("api/profiles.json");
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const offering = (model: string) => list.profiles.filter((p) => p.engagement_models.some((m) => m.model === model)).map((p) => p.slug);
const slugOf = (href: string) => href.replace(/^.*\/profiles\//, "").replace(/\/$/, "");
const byName = (a: ApiListRecord, b: ApiListRecord) => compareNames(a.name, b.name) || (a.slug < b.slug ? -1 : 1);
/** What the directory's rate sort uses: the lowest USD rate per hour (monthly ÷ 160 hours), or that model's lowest rate. */
function rateOf(p: ApiListRecord, model?: string): number | null {
  if (model) return p.engagement_models.find((m) => m.model === model)?.rate_usd?.min ?? null;
  const hourly = p.engagement_models.flatMap((m) => (m.rate_usd?.per === "hour" ? [m.rate_usd.min] : m.rate_usd?.per === "month" ? [m.rate_usd.min / HOURS_PER_MONTH] : []));
  return hourly.length ? Math.min(...hourly) : null;
}
/** Requests a page makes under /api/ and /pagefind/, in order. */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/api/") || path.startsWith("/pagefind/")) seen.push(path);
  });
  return seen;
}

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

  it("lists every profile by delivery score before the index is loaded, opens it when the visitor turns to the form, and comes back to that list when cleared", async () => {
    const page = await (await h.context()).newPage();
    const fetched = dataRequests(page);
    await page.goto(`${h.url}/search/`);
    const byScore = [...list.profiles].sort((a, b) => b.delivery_score - a.delivery_score || byName(a, b)).map((p) => p.slug);
    expect((await searchResults(page)).map(slugOf)).toEqual(byScore);
    await expect(page.textContent("#search-status")).resolves.toBe(`${byScore.length} profiles found.`);
    await page.waitForLoadState("networkidle");
    expect(fetched).toEqual([]);

    await page.focus("#search-q");
    await page.waitForFunction(() => document.documentElement.dataset.searchIndex === "warm");
    expect(fetched.some((path) => path.startsWith("/pagefind/"))).toBe(true);
    // Warming reads as many results as a search shows first, so that their code paths are warm too.
    expect(fetched.filter((path) => path.startsWith("/pagefind/fragment/"))).toHaveLength(Math.min(10, byScore.length));
    const found = await waitForSearch(page, "q=Django", () => page.fill("#search-q", "Django"));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(byScore.length);

    const listed = await waitForSearch(page, "", () => page.click('#search-form button[type="reset"]'));
    expect(listed.map(slugOf)).toEqual(byScore);
    expect(new URL(page.url()).search).toBe("");
  }, 60_000);

  it("shows the list of every profile without JavaScript too", async () => {
    const page = await (await h.context({ javaScriptEnabled: false })).newPage();
    await page.goto(`${h.url}/search/`);
    const shown = await page.$$eval("#search-results li", (items) => items.map((li) => li.querySelector("a")!.getAttribute("href")!));
    expect(shown.map(slugOf)).toEqual([...list.profiles].sort((a, b) => b.delivery_score - a.delivery_score || byName(a, b)).map((p) => p.slug));
  });

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
    const rates = rated.map((s) => rateOf(list.profiles.find((p) => p.slug === s)!));
    const known = rates.filter((r): r is number => r !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(rates.slice(known.length).every((r) => r === null)).toBe(true);

    // From a sorted page, a filter link still leads to that filter's page.
    await page.locator("[data-static-filters] summary", { hasText: "Kinds" }).click();
    await page.locator("[data-static-filters] a", { hasText: "Freelancer" }).click();
    expect(new URL(page.url()).pathname).toBe("/profiles/kind/freelancer/");
    expect((await slugsShown()).sort()).toEqual(list.profiles.filter((p) => p.kind === "freelancer").map((p) => p.slug).sort());
  }, 60_000);

  it("fetches nothing until the form is used, then the index once and only the row markup it shows", async () => {
    const page = await (await h.context()).newPage();
    const fetched = dataRequests(page);
    await page.goto(`${h.url}/profiles/`);
    await page.waitForFunction(() => document.documentElement.dataset.directoryReady === "true");
    await expect(page.locator("#directory-form").isVisible()).resolves.toBe(true);
    await expect(page.locator("[data-static-filters]").isVisible()).resolves.toBe(false);
    expect(await page.$$eval("#directory-rows > li", (lis) => lis.length)).toBe(list.profiles.length);
    expect(fetched).toEqual([]);

    await page.selectOption("#f-kind", "freelancer");
    await page.waitForFunction(() => document.getElementById("directory-rows")?.dataset.shown === "/profiles/?kind=freelancer");
    const freelancers = list.profiles.filter((p) => p.kind === "freelancer").sort((a, b) => b.delivery_score - a.delivery_score || byName(a, b));
    expect(await page.$$eval("#directory-rows > li", (lis) => lis.map((li) => (li as HTMLElement).dataset.slug))).toEqual(freelancers.map((p) => p.slug));
    expect(fetched[0]).toBe("/api/directory.json");
    const rowFiles = fetched.slice(1);
    expect(rowFiles.length).toBeGreaterThan(0);
    for (const f of rowFiles) expect(f).toMatch(/^\/api\/directory\/rows\/\d+\.json$/);
    // No more row files than rows on show, each fetched once.
    expect(rowFiles.length).toBeLessThanOrEqual(freelancers.length);
    expect(new Set(rowFiles).size).toBe(rowFiles.length);

    await page.selectOption("#f-kind", "");
    await page.waitForFunction(() => document.getElementById("directory-rows")?.dataset.shown === "/profiles/");
    expect(fetched.filter((f) => f === "/api/directory.json")).toHaveLength(1);
    expect(await page.$$eval("#directory-rows > li", (lis) => lis.length)).toBe(list.profiles.length);
  }, 60_000);

  it("combines filters and sorts in the browser, keeps them in the URL and restores them from it", async () => {
    const page = await (await h.context()).newPage();
    await page.goto(`${h.url}/profiles/`);
    await page.waitForFunction(() => document.documentElement.dataset.directoryReady === "true");
    const shownAs = (query: string) => page.waitForFunction((q) => document.getElementById("directory-rows")?.dataset.shown === q, query);
    await page.selectOption("#f-model", "dedicated");
    await shownAs("/profiles/?model=dedicated");
    await page.selectOption("#f-kind", "firm");
    await shownAs("/profiles/?model=dedicated&kind=firm");
    await page.selectOption("#f-sort", "rate");
    await shownAs("/profiles/?model=dedicated&kind=firm&sort=rate");
    const expected = list.profiles
      .filter((p) => p.kind === "firm" && p.engagement_models.some((m) => m.model === "dedicated"))
      .sort((a, b) => {
        const x = rateOf(a, "dedicated");
        const y = rateOf(b, "dedicated");
        if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
        return x - y || byName(a, b);
      })
      .map((p) => p.slug);
    expect(expected.length).toBeGreaterThan(1);
    const shown = await page.$$eval("#directory-rows > li", (lis) => lis.map((li) => (li as HTMLElement).dataset.slug));
    expect(shown).toEqual(expected);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ model: "dedicated", kind: "firm", sort: "rate" });
    await expect(page.locator("#results-h").textContent()).resolves.toBe(`${expected.length} profile${expected.length === 1 ? "" : "s"}`);
    await expect(page.locator("#sort-note").textContent()).resolves.toContain("for this engagement model");

    const again = await (await h.context()).newPage();
    await again.goto(page.url());
    await again.waitForFunction(() => document.documentElement.dataset.directoryReady === "true");
    expect(await again.$$eval("#directory-rows > li", (lis) => lis.map((li) => (li as HTMLElement).dataset.slug))).toEqual(expected);
    expect(await again.inputValue("#f-sort")).toBe("rate");
    expect(await again.inputValue("#f-kind")).toBe("firm");

    await page.goBack();
    await shownAs("/profiles/?model=dedicated&kind=firm");
    expect(await page.inputValue("#f-sort")).toBe("score");
  }, 60_000);
});

describe("compare", () => {
  it("shows the profiles chosen in a shared URL, loading only their data", async () => {
    const chosen = [list.profiles[2]!.slug, list.profiles[0]!.slug, list.profiles[5]!.slug];
    const page = await (await h.context()).newPage();
    const fetched = dataRequests(page);
    await page.goto(`${h.url}/compare/?p=${chosen.join(",")}`);
    await page.waitForFunction(() => document.documentElement.dataset.compareReady === "true");
    const heads = await page.$$eval(".compare-table thead th", (ths) => ths.map((t) => t.textContent!.trim()));
    expect(heads).toEqual(chosen.map((s) => list.profiles.find((p) => p.slug === s)!.name));
    expect(fetched.sort()).toEqual(chosen.map((s) => `/api/profiles/${s}.json`).sort());
    const scoreRow = await page.$$eval(".compare-table tr.row-score td", (tds) => tds.map((td) => td.textContent!));
    chosen.forEach((s, i) => expect(scoreRow[i]).toContain(`${list.profiles.find((p) => p.slug === s)!.delivery_score}/100`));
    expect(await page.locator(".compare-table tr.row-signal").count()).toBe(7);
    expect(await page.$$eval("#compare-chosen > li", (lis) => lis.map((li) => (li as HTMLElement).dataset.slug))).toEqual(chosen);
  }, 60_000);

  it("says which requested profiles do not exist and compares the rest", async () => {
    const [a, b] = [list.profiles[0]!.slug, list.profiles[1]!.slug];
    const page = await (await h.context()).newPage();
    await page.goto(`${h.url}/compare/?p=${a},no-such-firm,${b},Bad%20Slug`);
    await page.waitForFunction(() => document.documentElement.dataset.compareReady === "true");
    await expect(page.locator("#compare-status").textContent()).resolves.toContain("No profile called no-such-firm, Bad Slug.");
    expect(await page.locator(".compare-table thead th").count()).toBe(2);
  }, 60_000);

  it("finds profiles through search, adds and removes them, and keeps the choice in the address", async () => {
    const page = await (await h.context()).newPage();
    const fetched = dataRequests(page);
    await page.goto(`${h.url}/compare/`);
    await page.waitForFunction(() => document.documentElement.dataset.compareReady === "true");
    expect(fetched).toEqual([]);
    const [a, b] = [list.profiles[1]!, list.profiles[3]!];
    const add = async (p: ApiListRecord) => {
      await page.fill("#compare-q", p.name);
      const button = page.locator(`#compare-matches li[data-slug="${p.slug}"] button`);
      await expect(button.textContent()).resolves.toBe(`Add ${p.name} to the comparison`);
      await button.click();
      await page.waitForFunction((slug) => document.querySelector(`#compare-chosen li[data-slug="${slug}"]`) !== null, p.slug);
    };
    await add(a);
    expect(new URL(page.url()).searchParams.get("p")).toBe(a.slug);
    await expect(page.locator("#compare-status").textContent()).resolves.toContain("add at least one more");
    expect(fetched.some((f) => f.startsWith("/pagefind/"))).toBe(true);
    await add(b);
    await page.waitForSelector(".compare-table");
    expect(new URL(page.url()).searchParams.get("p")).toBe(`${a.slug},${b.slug}`);
    expect(await page.$$eval(".compare-table thead th", (ths) => ths.map((t) => t.textContent!.trim()))).toEqual([a.name, b.name]);
    await expect(page.locator(`#compare-matches li[data-slug="${b.slug}"] button`).isDisabled()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator(`#compare-chosen li[data-slug="${a.slug}"] button`).click();
    await page.waitForFunction(() => document.querySelector(".compare-table") === null);
    expect(new URL(page.url()).searchParams.get("p")).toBe(b.slug);
    await page.goBack();
    await page.waitForSelector(".compare-table");
    expect(new URL(page.url()).searchParams.get("p")).toBe(`${a.slug},${b.slug}`);
  }, 60_000);

  it("offers ready-made comparisons whose profile links work without JavaScript", async () => {
    const page = await (await h.context({ javaScriptEnabled: false })).newPage();
    await page.goto(`${h.url}/compare/`);
    await expect(page.locator("#compare-picker").isVisible()).resolves.toBe(false);
    const top = [...list.profiles].sort((x, y) => y.delivery_score - x.delivery_score || byName(x, y)).slice(0, 4);
    const first = page.locator(".model-card").first();
    expect(await first.locator("ol a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(top.map((p) => `/profiles/${p.slug}/`));
    expect(await first.locator("p a").getAttribute("href")).toBe(`/compare/?p=${top.map((p) => p.slug).join(",")}`);
    await first.locator("ol a").first().click();
    expect(new URL(page.url()).pathname).toBe(`/profiles/${top[0]!.slug}/`);
  }, 60_000);
});

/** axe-core's violations on the page as it is now, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`);
  });
}

const PAGE_TYPES = () => [
  "/",
  "/profiles/",
  "/profiles/model/dedicated/",
  "/profiles/sort/rate/",
  "/profiles/?model=dedicated&kind=firm&sort=rate",
  `/profiles/${list.profiles[0]!.slug}/`,
  "/compare/",
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
        failures.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
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

  it("does not move its content when the page's script takes over, on a phone or a desktop", async () => {
    const shifts: string[] = [];
    for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
      const page = await (await h.context({ viewport })).newPage();
      // Layout shifts not caused by input, from the start of each page load, as Chromium reports them (the CLS metric).
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.shifts += e.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      for (const path of PAGE_TYPES()) {
        await page.goto(h.url + path);
        await settle(page, path);
        await page.waitForTimeout(100);
        const total = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
        if (total > 0.01) shifts.push(`${viewport.width}px ${path}: ${total.toFixed(3)}`);
      }
      await page.close();
    }
    expect(shifts).toEqual([]);
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
