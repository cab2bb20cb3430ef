/**
 * The directory pages, /profiles/…/index.html, one per sort × filter × page, written
 * straight from their models (render/directory-page.ts) rather than by Eleventy, like each
 * profile's page and JSON (render/per-profile-files.ts). Measured at 10,000 profiles (1,964
 * pages): see BENCHMARKS.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DirectoryPage } from "../view/directory.js";
import { renderDirectoryPage } from "./directory-page.js";

export function writeDirectoryPages(siteDir: string, pages: readonly DirectoryPage[]): void {
  for (const listing of pages) {
    const folder = join(siteDir, ...listing.path.split("/").filter(Boolean));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "index.html"), renderDirectoryPage(listing));
  }
}
