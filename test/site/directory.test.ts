import { describe, expect, it } from "vitest";
import { PAGE_SIZE } from "../../src/site/config.js";
import { buildDirectoryPages, facetValues, listingPath, rateKey, sortRows } from "../../src/site/view/directory.js";
import { directoryIndex, directoryOrder, directoryRowFiles, directoryRows, ROWS_PER_FILE } from "../../src/site/view/directory-index.js";
import { sampleSite } from "./site-helpers.js";

const site = sampleSite();
const all = site.profiles;

describe("directory sorting", () => {
  it("by delivery score puts the highest first, ties by name", () => {
    const sorted = sortRows(all, "score");
    for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.score).toBeGreaterThanOrEqual(sorted[i]!.score);
  });

  it("by name is alphabetical regardless of case and accents", () => {
    const names = sortRows(all, "name").map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  });

  it("by rate puts the lowest hourly equivalent first and profiles without one last", () => {
    const sorted = sortRows(all, "rate");
    const keys = sorted.map((p) => rateKey(p));
    const known = keys.filter((k): k is number => k !== undefined);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(keys.slice(known.length).every((k) => k === undefined)).toBe(true);
  });

  it("by rate within one engagement model compares that model's own USD rates", () => {
    const project = all.filter((p) => p.models.some((m) => m.model === "project-based"));
    const sorted = sortRows(project, "rate", "project-based");
    const mins = sorted.map((p) => p.models.find((m) => m.model === "project-based")!.usd?.min).filter((v): v is number => v !== undefined);
    expect(mins).toEqual([...mins].sort((a, b) => a - b));
  });
});

describe("directory sorting with the whole list's name ranks", () => {
  it("gives the same order as the name collator, for every sort and under every model", () => {
    const nameRank = new Map(sortRows(all, "name").map((p, i) => [p, i]));
    const subset = all.filter((_, i) => i % 2 === 0);
    for (const rows of [all, subset]) {
      for (const sort of ["score", "name", "rate"] as const) {
        for (const model of [undefined, "dedicated", "project-based", "staff-augmentation"]) {
          expect(sortRows(rows, sort, model, nameRank).map((p) => p.slug)).toEqual(sortRows(rows, sort, model).map((p) => p.slug));
        }
      }
    }
  });
});

describe("the static directory pages", () => {
  const pages = site.directoryPages;

  it("exist for the whole list under every sort, and for every value of every facet by delivery score", () => {
    for (const sort of ["score", "name", "rate"] as const) expect(pages.some((p) => p.path === listingPath(sort) && !p.filter)).toBe(true);
    for (const facet of site.facets) {
      for (const o of facet.options) expect(pages.find((p) => p.path === listingPath("score", { facet: facet.key, value: o.value }))).toBeTruthy();
    }
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it("leave a filter under another sort to the enhancement, but for each model by its rate, so the page count grows with the profiles, not with filters × sorts", () => {
    expect(pages.filter((p) => p.filter && p.sort !== "score" && !(p.sort === "rate" && p.filter.facet === "model"))).toEqual([]);
    const pagesFor = (count: number) => Math.max(1, Math.ceil(count / PAGE_SIZE));
    const perSort = pagesFor(all.length);
    const perFilter = site.facets.flatMap((f) => f.options.map((o) => pagesFor(o.count)));
    const perModelByRate = site.facets.find((f) => f.key === "model")!.options.map((o) => pagesFor(o.count));
    expect(perModelByRate.length).toBeGreaterThan(0);
    expect(pages).toHaveLength(3 * perSort + [...perFilter, ...perModelByRate].reduce((a, b) => a + b, 0));
  });

  it("list a model's profiles by that model's own rate, cheapest first and rates on request last, for the engagement pages' 'cheapest first'", () => {
    for (const model of site.facets.find((f) => f.key === "model")!.options) {
      const listed = pages.filter((p) => p.sort === "rate" && p.filter?.facet === "model" && p.filter.value === model.value).flatMap((p) => p.rows);
      expect(listed.map((p) => p.slug).sort()).toEqual(all.filter((p) => facetValues(p, "model").includes(model.value)).map((p) => p.slug).sort());
      const keys = listed.map((p) => rateKey(p, model.value));
      const known = keys.filter((k): k is number => k !== undefined);
      expect(known).toEqual([...known].sort((a, b) => a - b));
      expect(keys.slice(known.length).every((k) => k === undefined)).toBe(true);
    }
  });

  it("link every sort from every page to a page that exists: the same filter where it has that sort, the whole list otherwise", () => {
    const paths = new Set(pages.map((p) => p.path));
    for (const page of pages) {
      expect(page.sortLinks.map((s) => s.key)).toEqual(["score", "name", "rate"]);
      for (const link of page.sortLinks) {
        expect(paths.has(link.path), `${page.path} → ${link.path}`).toBe(true);
        expect(link.wholeList).toBe(Boolean(page.filter) && link.key !== "score" && !(link.key === "rate" && page.filter!.facet === "model"));
        expect(link.current).toBe(link.key === page.sort);
      }
    }
  });

  it("show exactly the profiles that match their filter, with the counts the filter links promise", () => {
    for (const page of pages.filter((p) => p.filter && p.page === 1 && p.sort === "score")) {
      const { facet, value } = page.filter!;
      const expected = all.filter((p) => facetValues(p, facet).includes(value)).map((p) => p.slug);
      expect(page.rows.map((r) => r.slug).sort()).toEqual([...expected].sort());
      const option = site.facets.find((f) => f.key === facet)!.options.find((o) => o.value === value)!;
      expect(option.count).toBe(expected.length);
    }
  });

  it("are paginated with previous and next links that chain through every profile once", () => {
    const small = buildDirectoryPages(all, site.facetLabel, {}, 4).filter((p) => !p.filter && p.sort === "name");
    expect(small).toHaveLength(Math.ceil(all.length / 4));
    expect(small[0]!.path).toBe("/profiles/sort/name/");
    expect(small[1]!.path).toBe("/profiles/sort/name/page/2/");
    expect(small[1]!.prevPath).toBe("/profiles/sort/name/");
    expect(small[0]!.nextPath).toBe("/profiles/sort/name/page/2/");
    expect(small.at(-1)!.nextPath).toBeUndefined();
    expect(small.flatMap((p) => p.rows.map((r) => r.slug))).toEqual(sortRows(all, "name").map((p) => p.slug));
  });

  it("use lower-case country codes in URLs", () => {
    expect(listingPath("score", { facet: "country", value: "DE" })).toBe("/profiles/country/de/");
    expect(listingPath("rate", { facet: "model", value: "dedicated" }, 3)).toBe("/profiles/model/dedicated/sort/rate/page/3/");
  });
});

describe("the client-side directory index", () => {
  const index = directoryIndex(site);
  const order = sortRows(all, "score");

  it("numbers the rows in the static pages' delivery-score order and carries no names or markup", () => {
    expect(index.count).toBe(all.length);
    expect(index.pageSize).toBe(PAGE_SIZE);
    expect(directoryOrder(site).map((p) => p.slug)).toEqual(order.map((p) => p.slug));
    expect(JSON.stringify(index)).not.toContain(all[0]!.name);
    expect(JSON.stringify(index)).not.toContain("<");
  });

  it("gives every row its facet values, as indices into each facet's options", () => {
    for (const facet of index.facets) {
      expect(facet.rows).toHaveLength(all.length);
      facet.rows.forEach((values, row) => expect(values.map((i) => facet.options[i]!.value), `${facet.key} ${row}`).toEqual(facetValues(order[row]!, facet.key)));
    }
  });

  it("carries the sort keys that reproduce the static pages' name and rate orders", () => {
    const byName = [...order.keys()].sort((a, b) => index.nameOrder[a]! - index.nameOrder[b]!);
    expect(byName.map((row) => order[row]!.slug)).toEqual(sortRows(all, "name").map((p) => p.slug));
    order.forEach((p, row) => {
      expect(index.rate[row]).toBe(rateKey(p) ?? null);
      expect(index.modelRates[row]).toEqual(p.models.map((m) => rateKey(p, m.model) ?? null));
    });
  });

  it("splits the row markup into files of rowsPerFile rows that hold every row once, in the index's order", () => {
    const files = directoryRowFiles(site);
    expect(files).toHaveLength(Math.ceil(all.length / ROWS_PER_FILE));
    expect(index.rowsPerFile).toBe(ROWS_PER_FILE);
    const rows = files.flatMap((f, n) => {
      expect(f.path).toBe(`/api/directory/rows/${n}.json`);
      return JSON.parse(directoryRows(site, f.from, f.to, (p) => `<li data-slug="${p.slug}"></li>`)) as string[];
    });
    expect(rows).toEqual(order.map((p) => `<li data-slug="${p.slug}"></li>`));
  });
});
