/**
 * The Pagefind search index, built from the profiles' search documents
 * (render/search-document.ts), not from the rendered site.
 *
 * The build writes one small document per profile into a scratch folder, at the path of the
 * profile's page (`profiles/<slug>/index.html`, so every result links to the real page), as
 * soon as the view models exist, and starts Pagefind on that folder: Pagefind (a separate,
 * multi-threaded process) indexes while Node renders the site with Eleventy. Pagefind reads
 * the files itself; handing it pages over its message pipe was measured 2.4× slower.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { makeFolder } from "../util/make-folder.js";
import { searchDocument } from "./render/search-document.js";
import type { ProfilePageModel } from "./view/profile.js";

/** The search documents under a folder, and only them: profiles/<slug>/index.html. */
export const SEARCH_DOCUMENTS_GLOB = "profiles/*/index.html";

function documentPath(docsDir: string, slug: string): string {
  return join(docsDir, "profiles", slug, "index.html");
}

/** Writes (or rewrites) the search documents of these profiles under `docsDir`. */
export function writeSearchDocuments(docsDir: string, pages: readonly ProfilePageModel[]): void {
  mkdirSync(join(docsDir, "profiles"), { recursive: true });
  for (const page of pages) {
    makeFolder(join(docsDir, "profiles", page.slug));
    writeFileSync(documentPath(docsDir, page.slug), searchDocument(page));
  }
}

/** Removes the documents of profiles that are no longer in `slugs` (the dev server's deletions). */
export function pruneSearchDocuments(docsDir: string, slugs: ReadonlySet<string>): void {
  let present: string[];
  try {
    present = readdirSync(join(docsDir, "profiles"));
  } catch {
    return;
  }
  for (const slug of present) if (!slugs.has(slug)) rmSync(join(docsDir, "profiles", slug), { recursive: true, force: true });
}

/**
 * Indexes the search documents under `docsDir` into `outputPath`; returns how many pages the
 * index holds. `close` (default true) stops Pagefind's process afterwards; pass false when
 * another index may be running in this process. `afterRead` is called once Pagefind has read
 * every document.
 */
export async function indexSearchDocuments(docsDir: string, outputPath: string, options: { close?: boolean; afterRead?: () => void } = {}): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: docsDir, glob: SEARCH_DOCUMENTS_GLOB });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    options.afterRead?.(); // the documents are read: the caller may delete them while the index is written
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
