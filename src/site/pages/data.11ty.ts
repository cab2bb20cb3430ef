/** Site-wide data files: /api/profiles.json, /api/profiles.csv, /api/directory.json, /feed.xml, /sitemap.xml, /robots.txt. */
import { absoluteUrl } from "../config.js";
import { profileRow } from "../render/components.js";
import type { TemplateData } from "../render/types.js";
import { profilesCsv } from "../view/csv.js";
import { directoryIndex } from "../view/directory-index.js";
import { sitemapUrls } from "../view/sitemap-urls.js";
import { atomFeed, sitemap } from "../view/xml.js";

type Output = { path: string; render: (d: TemplateData) => string };

const OUTPUTS: Output[] = [
  { path: "/api/profiles.json", render: (d) => JSON.stringify(d.shortlist.apiList) + "\n" },
  { path: "/api/profiles.csv", render: (d) => profilesCsv(d.shortlist.apiList.profiles) },
  { path: "/api/directory.json", render: (d) => JSON.stringify(directoryIndex(d.shortlist, (p) => String(profileRow(p)))) },
  { path: "/feed.xml", render: (d) => atomFeed(d.shortlist.profiles) },
  { path: "/sitemap.xml", render: (d) => sitemap(sitemapUrls(d.shortlist)) },
  { path: "/robots.txt", render: () => `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl("/sitemap.xml")}\n` },
];

export const data = {
  pagination: { data: "outputs", size: 1, alias: "output" },
  outputs: OUTPUTS.map((o) => o.path),
  permalink: (d: { output: string }) => d.output,
  eleventyExcludeFromCollections: true,
};

export function render(d: TemplateData & { output: string }): string {
  return OUTPUTS.find((o) => o.path === d.output)!.render(d);
}
