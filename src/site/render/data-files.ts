/**
 * The site-wide data files: /api/profiles.json, /api/profiles.csv, the directory index and
 * its row markup files (/api/directory.json, /api/directory/rows/<n>.json), /feed.xml,
 * /sitemap.xml (with /sitemaps/<n>.xml past 50,000 URLs) and /robots.txt.
 *
 * Written straight from the site data, like the per-profile files and the directory pages,
 * not by Eleventy: at 10,000 profiles there are ~500 row files, and through Eleventy's
 * per-page pipeline (where every page also gets its own copy of the global data) these
 * outputs cost ~1.2 s of a build and ~90 MB of its peak memory at 10,000 profiles. See BENCHMARKS.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { absoluteUrl } from "../config.js";
import type { SiteData } from "../data/site-data.js";
import { profilesCsv } from "../view/csv.js";
import { directoryIndex, directoryRowFiles, directoryRows } from "../view/directory-index.js";
import { sitemapFiles } from "../view/sitemap-urls.js";
import { atomFeed } from "../view/xml.js";
import { profileRow } from "./components.js";

export interface DataFile {
  /** Site path, e.g. /api/profiles.json. */
  path: string;
  /** The file's contents, made when it is written (so that each can be dropped before the next). */
  render: () => string;
}

/** Every site-wide data file of `site`, by site path. */
export function dataFiles(site: SiteData): DataFile[] {
  return [
    { path: "/api/profiles.json", render: () => JSON.stringify(site.apiList) + "\n" },
    { path: "/api/profiles.csv", render: () => profilesCsv(site.apiList.profiles) },
    { path: "/api/directory.json", render: () => JSON.stringify(directoryIndex(site)) },
    ...directoryRowFiles(site).map(({ path, from, to }) => ({ path, render: () => directoryRows(site, from, to, (p) => String(profileRow(p))) })),
    { path: "/feed.xml", render: () => atomFeed(site.profiles) },
    ...sitemapFiles(site).map(({ path, xml }) => ({ path, render: () => xml })),
    { path: "/robots.txt", render: () => `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl("/sitemap.xml")}\n` },
  ];
}

export function writeDataFiles(siteDir: string, site: SiteData): void {
  const made = new Set<string>();
  for (const file of dataFiles(site)) {
    const target = join(siteDir, ...file.path.split("/").filter(Boolean));
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.render());
  }
}
