/** Every HTML page worth listing in /sitemap.xml, with last-modified dates where the data has them. */
import type { SiteData } from "../data/site-data.js";
import type { SitemapUrl } from "./xml.js";

export function sitemapUrls(site: SiteData): SitemapUrl[] {
  const newest = site.profiles.reduce((max, p) => (p.lastReviewed > max ? p.lastReviewed : max), "");
  const withDate = (path: string): SitemapUrl => (newest ? { path, lastmod: newest } : { path });
  return [
    withDate("/"),
    ...site.directoryPages.filter((p) => p.sort === "score").map((p) => withDate(p.path)),
    ...site.profiles.map((p) => ({ path: p.path, lastmod: p.lastReviewed })),
    { path: "/compare/" },
    { path: "/engagement/" },
    ...site.engagementPages.map((e) => withDate(e.path)),
    { path: "/search/" },
    { path: "/methodology/" },
    { path: "/contribute/" },
  ];
}
