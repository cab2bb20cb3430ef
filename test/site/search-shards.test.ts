/**
 * How the search index is split: the shard count, the shard of each rank, and the search
 * documents kept in step with the profiles (SearchDocuments.sync).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSiteData } from "../../src/site/data/site-data.js";
import type { ProfilePageModel } from "../../src/site/view/profile.js";
import { SearchDocuments } from "../../src/site/search-index.js";
import { MAX_SHARDS, PROFILES_PER_SHARD, rankSortKey, searchShardCount, shardFolder, shardOf, shardPaths } from "../../src/site/search-shards.js";
import { TODAY } from "../helpers.js";
import { sampleSite } from "./site-helpers.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-shards-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("search shards", () => {
  it("keeps one index up to PROFILES_PER_SHARD profiles, then adds one per PROFILES_PER_SHARD, up to MAX_SHARDS", () => {
    expect(searchShardCount(0)).toBe(1);
    expect(searchShardCount(PROFILES_PER_SHARD)).toBe(1);
    expect(searchShardCount(PROFILES_PER_SHARD + 1)).toBe(2);
    expect(searchShardCount(2 * PROFILES_PER_SHARD)).toBe(2);
    expect(searchShardCount(100 * PROFILES_PER_SHARD)).toBe(MAX_SHARDS);
    expect(searchShardCount(14, 4)).toBe(4);
    expect(() => searchShardCount(10, 0)).toThrow(/positive integer/);
  });

  it("publishes the first shard at /pagefind/ and the others beside it", () => {
    expect(shardPaths(3)).toEqual(["/pagefind/", "/pagefind-2/", "/pagefind-3/"]);
    expect(shardFolder(1)).toBe("pagefind-2");
  });

  it("deals the ranks out in turn, so each shard holds the same mix of scores", () => {
    expect(Array.from({ length: 7 }, (_, rank) => shardOf(rank, 3))).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it("writes rank sort keys whose text order is their number order", () => {
    const keys = [0, 9, 10, 99, 100, 9999, 123456].map(rankSortKey);
    expect([...keys].sort()).toEqual(keys);
  });
});

describe("SearchDocuments", () => {
  const pages = sampleSite().profilePages;
  const files = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir)
        .sort()
        .map((shard) => [shard, readdirSync(join(dir, shard)).sort()]),
    );

  it("writes one flat document per profile, in the shard of its rank, naming its page and rank", () => {
    const docs = new SearchDocuments(join(root, "a"), 4);
    expect(docs.sync(pages)).toBe(pages.length);
    expect(docs.shardCount).toBe(searchShardCount(pages.length, 4));
    pages.forEach((page, rank) => {
      const text = readFileSync(join(docs.dir, String(shardOf(rank, docs.shardCount)), `${page.slug}.html`), "utf8");
      expect(text).toContain(`<span data-pagefind-sort="rank">${rankSortKey(rank)}</span>`);
      expect(text).toContain(`<span data-pagefind-meta="url">/profiles/${page.slug}/</span>`);
    });
    expect(Object.values(files(docs.dir)).flat()).toHaveLength(pages.length);
  });

  it("rewrites only the changed profiles when no rank moved", () => {
    const docs = new SearchDocuments(join(root, "b"), 4);
    docs.sync(pages);
    expect(docs.sync(pages, new Set([pages[3]!.slug]))).toBe(1);
    expect(docs.sync(pages, new Set())).toBe(0);
  });

  it("moves the documents of profiles whose rank changed, and deletes those of removed profiles", () => {
    const docs = new SearchDocuments(join(root, "c"), 4);
    docs.sync(pages);
    // The second profile leaves: every profile after it moves up a rank, and to another shard.
    const after = pages.filter((_, i) => i !== 1);
    expect(docs.sync(after, new Set())).toBe(after.length - 1);
    const fresh = new SearchDocuments(join(root, "c-fresh"), 4);
    fresh.sync(after);
    expect(files(docs.dir)).toEqual(files(fresh.dir));
    for (const [shard, names] of Object.entries(files(fresh.dir)))
      for (const name of names) expect(readFileSync(join(docs.dir, shard, name), "utf8")).toBe(readFileSync(join(fresh.dir, shard, name), "utf8"));
  });

  it("lays the documents out again when the number of shards changes", () => {
    const docs = new SearchDocuments(join(root, "d"), 4);
    docs.sync(pages);
    expect(docs.sync(pages.slice(0, 4), new Set())).toBe(4);
    expect(docs.shardCount).toBe(1);
    expect(files(docs.dir)).toEqual({ "0": pages.slice(0, 4).map((p) => `${p.slug}.html`).sort() });
    expect(existsSync(join(docs.dir, "1"))).toBe(false);
  });

  it("writes shard by shard exactly the documents that syncing all at once writes", () => {
    const whole = new SearchDocuments(join(root, "e-whole"), 4);
    whole.sync(pages);
    const byShard = new SearchDocuments(join(root, "e-shards"), 4);
    const shards = whole.shardCount;
    for (let k = 0; k < shards; k++) byShard.writeShard(k, shards, pages.filter((_, rank) => shardOf(rank, shards) === k));
    expect(files(byShard.dir)).toEqual(files(whole.dir));
    for (const [shard, names] of Object.entries(files(whole.dir)))
      for (const name of names) expect(readFileSync(join(byShard.dir, shard, name), "utf8")).toBe(readFileSync(join(whole.dir, shard, name), "utf8"));
    // A later sync (the dev server's) starts from what was written: nothing to rewrite.
    expect(byShard.sync(pages, new Set())).toBe(0);
  });
});

describe("the site data's search shard hook", () => {
  it("hands over each shard's page models, in rank order, one shard after another, before the whole list", () => {
    const calls: Array<{ shard: number; shards: number; slugs: string[] }> = [];
    let whole: readonly ProfilePageModel[] = [];
    const result = loadSiteData({
      today: TODAY,
      profilesPerSearchShard: 4,
      onSearchShard: (shard, shards, pages) => calls.push({ shard, shards, slugs: pages.map((p) => p.slug) }),
      onProfilePages: (pages) => {
        expect(calls.length, "every shard came first").toBe(searchShardCount(pages.length, 4));
        whole = pages;
      },
    });
    if (!result.ok) throw new Error("samples do not validate");
    const ranked = result.data.profiles.map((p) => p.slug);
    expect(whole.map((p) => p.slug)).toEqual(ranked);
    const shards = searchShardCount(ranked.length, 4);
    expect(calls.map((c) => [c.shard, c.shards])).toEqual(Array.from({ length: shards }, (_, k) => [k, shards]));
    for (const c of calls) expect(c.slugs).toEqual(ranked.filter((_, rank) => shardOf(rank, shards) === c.shard));
  });
});
