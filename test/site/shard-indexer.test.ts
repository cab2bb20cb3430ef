/**
 * The search shards' indexers start as each shard's documents are written (ShardIndexer):
 * the build hands over shard 0 while it still makes shard 1's pages.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ShardIndexer } from "../../src/site/search-index.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-shard-indexer-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeShard(docs: string, shard: number, count: number): void {
  const dir = join(docs, String(shard));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `s${shard}-${i}.html`), `<html lang="en"><body><main data-pagefind-body><h1>Profile ${shard}-${i}</h1><p>python django</p></main></body></html>`);
  }
}

describe("ShardIndexer", () => {
  it("indexes each shard once it is ready, in any order, and adds up their pages", async () => {
    const docs = join(root, "docs-a");
    const site = join(root, "site-a");
    const indexer = new ShardIndexer(docs, site, 2);
    writeShard(docs, 1, 7);
    indexer.ready(1);
    writeShard(docs, 0, 5);
    indexer.ready(0);
    expect(await indexer.done).toBe(12);
    expect(existsSync(join(site, "pagefind", "pagefind-entry.json"))).toBe(true);
    expect(existsSync(join(site, "pagefind-2", "pagefind-entry.json"))).toBe(true);
  }, 60_000);

  it("stops when its signal aborts: a shard that was never ready is never indexed", async () => {
    const docs = join(root, "docs-b");
    const site = join(root, "site-b");
    const stop = new AbortController();
    const indexer = new ShardIndexer(docs, site, 2, { signal: stop.signal });
    writeShard(docs, 0, 3);
    indexer.ready(0);
    stop.abort(new Error("the build failed elsewhere"));
    await expect(indexer.done).rejects.toThrow();
    writeShard(docs, 1, 3);
    indexer.ready(1); // too late: nothing starts
    await new Promise((r) => setTimeout(r, 200));
    expect(existsSync(join(site, "pagefind-2"))).toBe(false);
  }, 60_000);

  it("rejects with the failing shard's error once the others have stopped", async () => {
    const docs = join(root, "docs-c");
    const site = join(root, "site-c");
    const indexer = new ShardIndexer(docs, site, 2);
    writeShard(docs, 0, 3);
    mkdirSync(join(docs, "1"), { recursive: true }); // no documents: Pagefind exits 1
    indexer.ready(0);
    indexer.ready(1);
    await expect(indexer.done).rejects.toThrow(/pagefind exited with 1/);
  }, 60_000);
});
