/**
 * The two files each profile has: its page, /profiles/<slug>/index.html (render/profile-page.ts),
 * and its data, /api/profiles/<slug>.json (the profile as submitted, its Markdown body and
 * its full scorecard, compact: fetched by the compare page, and indentation would add ~40%).
 *
 * Written here, straight from the view models, rather than by Eleventy. Eleventy renders
 * every other page; but for pages that are one per profile, its per-page pipeline (a
 * paginated template clone, the data cascade, permalink and output bookkeeping) cost several
 * times the rendering itself. Measured at 10,000 profiles: 10.1 s of CPU for the profile
 * pages through Eleventy pagination against 2.9 s rendered and written here, same bytes;
 * the JSON files 3.5 s against ~0.6 s. See BENCHMARKS.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { apiProfilePath, type ApiProfileRecord } from "../view/api.js";
import type { ProfilePageModel } from "../view/profile.js";
import { makeFolder } from "../../util/make-folder.js";
import { renderProfilePage } from "./profile-page.js";

export function writeProfilePages(siteDir: string, pages: readonly ProfilePageModel[]): void {
  mkdirSync(join(siteDir, "profiles"), { recursive: true });
  for (const page of pages) {
    const folder = join(siteDir, "profiles", page.slug);
    makeFolder(folder);
    writeFileSync(join(folder, "index.html"), renderProfilePage(page));
  }
}

export function writeApiProfileFiles(siteDir: string, records: readonly ApiProfileRecord[]): void {
  mkdirSync(join(siteDir, "api", "profiles"), { recursive: true });
  for (const record of records) writeFileSync(join(siteDir, apiProfilePath(record.slug)), JSON.stringify(record) + "\n");
}
