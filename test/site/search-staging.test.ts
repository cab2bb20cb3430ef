/**
 * Pagefind can write a shard's index into a staging folder (in memory, ram-scratch.ts) from
 * which it is copied into the site: the same index as written in place, and no staging
 * folder left behind, whether Pagefind succeeds or fails.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { indexFolder } from "../../src/site/search-index.js";
import { hashTree } from "../hostile/site-harness.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-staging-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeDocuments(docs: string, count: number): void {
  mkdirSync(docs, { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(join(docs, `p-${i}.html`), `<html lang="en"><body><main data-pagefind-body><h1>Profile ${i}</h1><p>python django pipelines w${i}</p></main></body></html>`);
  }
}

describe("indexFolder with a staging folder", () => {
  it("puts the same index into the site as Pagefind writes in place, and deletes the staging folder", async () => {
    const docs = join(root, "docs");
    writeDocuments(docs, 25);
    const direct = join(root, "site-direct", "pagefind");
    const staged = join(root, "site-staged", "pagefind");
    const staging = join(root, "staging", "pagefind");
    expect(await indexFolder(docs, direct)).toBe(25);
    expect(await indexFolder(docs, staged, { staging })).toBe(25);
    expect(existsSync(join(staged, "pagefind-entry.json"))).toBe(true);
    expect(hashTree(staged)).toEqual(hashTree(direct));
    expect(existsSync(staging)).toBe(false);
  }, 60_000);

  it("deletes the staging folder and writes nothing into the site when Pagefind fails", async () => {
    const empty = join(root, "no-documents");
    mkdirSync(empty); // Pagefind exits 1: "not able to build an index"
    const site = join(root, "site-failed", "pagefind");
    const staging = join(root, "staging-failed", "pagefind");
    await expect(indexFolder(empty, site, { staging })).rejects.toThrow(/pagefind exited with 1/);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(site)).toBe(false);
  }, 60_000);
});
