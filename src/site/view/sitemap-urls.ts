/** Every HTML page worth listing in /sitemap.xml, with last-modified dates where the data has them. */
import type { SiteData } from "../data/site-data.js";
import { SITEMAP_MAX_URLS, sitemap, sitemapIndex, type SitemapUrl } from "./xml.js";

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

export interface SitemapFile {
  path: string;
  xml: string;
}

/** The site path of the n-th sitemap file (from 1) when the URLs need more than one. */
export const sitemapPartPath = (n: number): string => `/sitemaps/${n}.xml`;

/**
 * The sitemap files: /sitemap.xml alone while the URLs fit in one file (SITEMAP_MAX_URLS);
 * past that, /sitemaps/1.xml, /sitemaps/2.xml, … of at most `maxUrls` URLs each, in the order
 * of sitemapUrls, and /sitemap.xml is their sitemap index — the path robots.txt names either way.
 */
export function sitemapFiles(site: SiteData, maxUrls = SITEMAP_MAX_URLS): SitemapFile[] {
  const urls = sitemapUrls(site);
  if (urls.length <= maxUrls) return [{ path: "/sitemap.xml", xml: sitemap(urls) }];
  const parts: SitemapFile[] = [];
  const entries: SitemapUrl[] = [];
  for (let from = 0; from < urls.length; from += maxUrls) {
    const chunk = urls.slice(from, from + maxUrls);
    const path = sitemapPartPath(parts.length + 1);
    const lastmod = chunk.reduce((max, u) => (u.lastmod && u.lastmod > max ? u.lastmod : max), "");
    parts.push({ path, xml: sitemap(chunk) });
    entries.push(lastmod ? { path, lastmod } : { path });
  }
  return [{ path: "/sitemap.xml", xml: sitemapIndex(entries) }, ...parts];
}
