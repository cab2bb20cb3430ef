/**
 * Site-wide data files: /api/profiles.json, /api/profiles.csv, the directory index and its row
 * markup files (/api/directory.json, /api/directory/rows/<n>.json), /feed.xml, /sitemap.xml
 * (with /sitemaps/<n>.xml past 50,000 URLs), /robots.txt.
 */
import { absoluteUrl } from "../config.js";
import type { SiteData } from "../data/site-data.js";
import { profileRow } from "../render/components.js";
import type { TemplateData } from "../render/types.js";
import { profilesCsv } from "../view/csv.js";
import { directoryIndex, directoryRowFiles, directoryRows } from "../view/directory-index.js";
import { sitemapFiles } from "../view/sitemap-urls.js";
import { atomFeed } from "../view/xml.js";

interface Output {
  path: string;
  render: (site: SiteData) => string;
}

/**
 * Keyed by the profiles array: Eleventy hands each page its own copy of the global data
 * object (and of the objects in it), but arrays are shared, so this list is the one thing that
 * is the same for every page of one build. Keyed by the data object, the outputs (and with
 * them the sitemap) were made again for each of the 500 row files at 10,000 profiles: 14 s.
 */
const cache = new WeakMap<SiteData["profiles"], Map<string, Output>>();

/** Every output by path, made once per site. */
export function outputs(site: SiteData): Map<string, Output> {
  let byPath = cache.get(site.profiles);
  if (byPath) return byPath;
  const list: Output[] = [
    { path: "/api/profiles.json", render: (s) => JSON.stringify(s.apiList) + "\n" },
    { path: "/api/profiles.csv", render: (s) => profilesCsv(s.apiList.profiles) },
    { path: "/api/directory.json", render: (s) => JSON.stringify(directoryIndex(s)) },
    ...directoryRowFiles(site).map(({ path, from, to }) => ({ path, render: (s: SiteData) => directoryRows(s, from, to, (p) => String(profileRow(p))) })),
    { path: "/feed.xml", render: (s) => atomFeed(s.profiles) },
    ...sitemapFiles(site).map(({ path, xml }) => ({ path, render: () => xml })),
    { path: "/robots.txt", render: () => `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl("/sitemap.xml")}\n` },
  ];
  byPath = new Map(list.map((o) => [o.path, o]));
  cache.set(site.profiles, byPath);
  return byPath;
}

export const data = {
  // One page per output; which outputs there are depends on the data (one file of row markup per ROWS_PER_FILE profiles).
  pagination: { data: "shortlist.profiles", size: 1, alias: "output", before: (_profiles: unknown, d: TemplateData) => [...outputs(d.shortlist).keys()] },
  permalink: (d: { output: string }) => d.output,
  eleventyExcludeFromCollections: true,
};

export function render(d: TemplateData & { output: string }): string {
  return outputs(d.shortlist).get(d.output)!.render(d.shortlist);
}
