/**
 * The Pagefind search index over the profile pages (the only pages with data-pagefind-body).
 *
 * The build renders the profile pages first and starts this as soon as they are on disk:
 * Pagefind (a separate, multi-threaded process) then reads and indexes them on the other
 * core while Node renders the rest of the site. Reading files itself is much faster in
 * Pagefind than being handed each page over its message pipe, and only the profile pages
 * are read (glob), not the thousands of directory pages.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";

/** The profile pages under a site folder, and only them: /profiles/<slug>/index.html. */
export const PROFILE_PAGES_GLOB = "profiles/*/index.html";

/**
 * Indexes the profile pages under `siteDir` into `outputPath` (default siteDir/pagefind);
 * returns how many pages the index holds. `close` (default true) stops Pagefind's process
 * afterwards; pass false when another index may be running in this process.
 */
export async function indexProfilePages(siteDir: string, options: { outputPath?: string; close?: boolean } = {}): Promise<number> {
  const outputPath = options.outputPath ?? join(siteDir, "pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: PROFILE_PAGES_GLOB });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    // The entry file counts the pages indexed (those with data-pagefind-body).
    const entry = JSON.parse(readFileSync(join(outputPath, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  } finally {
    await index.deleteIndex().catch(() => {});
    if (options.close !== false) await pagefind.close();
  }
}
