/** XML outputs: the Atom feed of new and updated profiles, and the sitemap. */
import { absoluteUrl, SITE_NAME, SITE_TAGLINE } from "../config.js";
import type { ProfileSummary } from "./summary.js";

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  summary: string;
}

/** Date-only values become midnight UTC timestamps, so the feed never depends on the clock. */
function atomDate(day: string): string {
  return `${day}T00:00:00Z`;
}

/** Entries in the feed: a feed reader wants what changed lately, not the whole directory. */
export const FEED_LIMIT = 50;

/** The `limit` most recently reviewed (or added) profiles, newest first; ties by slug. */
export function feedEntries(rows: readonly ProfileSummary[], limit = FEED_LIMIT): FeedEntry[] {
  return [...rows]
    .sort((a, b) => (a.lastReviewed < b.lastReviewed ? 1 : a.lastReviewed > b.lastReviewed ? -1 : a.slug < b.slug ? -1 : 1))
    .slice(0, limit)
    .map((r) => ({
      id: absoluteUrl(r.path),
      title: r.name,
      link: absoluteUrl(r.path),
      updated: r.lastReviewed,
      summary: `${r.summary} Delivery score ${r.score}/100 (${r.confidence} confidence). Last reviewed ${r.lastReviewed}.`,
    }));
}

export function atomFeed(rows: readonly ProfileSummary[], limit = FEED_LIMIT): string {
  const entries = feedEntries(rows, limit);
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), "1970-01-01");
  const out = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <title>${xmlEscape(`${SITE_NAME}: new and updated profiles`)}</title>`,
    `  <subtitle>${xmlEscape(SITE_TAGLINE)}</subtitle>`,
    `  <id>${xmlEscape(absoluteUrl("/"))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(absoluteUrl("/feed.xml"))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(absoluteUrl("/profiles/"))}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>Shortlist maintainers</name></author>`,
    ...entries.flatMap((e) => [
      `  <entry>`,
      `    <id>${xmlEscape(e.id)}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.link)}"/>`,
      `    <updated>${atomDate(e.updated)}</updated>`,
      `    <summary>${xmlEscape(e.summary)}</summary>`,
      `  </entry>`,
    ]),
    `</feed>`,
  ];
  return out.join("\n") + "\n";
}

export interface SitemapUrl {
  path: string;
  lastmod?: string;
}

/**
 * The sitemaps.org protocol allows at most 50,000 URLs (and 50 MB) in one sitemap file; a
 * site with more lists its sitemap files in a sitemap index (see sitemap-urls.ts). A URL line
 * here is ~120 bytes, so 50,000 of them stay far under 50 MB.
 */
export const SITEMAP_MAX_URLS = 50_000;

export function sitemap(urls: readonly SitemapUrl[]): string {
  return sitemapXml("urlset", "url", urls);
}

/** A sitemap index: the site paths of the sitemap files, each with the newest lastmod among its URLs. */
export function sitemapIndex(files: readonly SitemapUrl[]): string {
  return sitemapXml("sitemapindex", "sitemap", files);
}

function sitemapXml(root: "urlset" | "sitemapindex", element: "url" | "sitemap", entries: readonly SitemapUrl[]): string {
  const out = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...entries.map((u) => `  <${element}><loc>${xmlEscape(absoluteUrl(u.path))}</loc>${u.lastmod ? `<lastmod>${xmlEscape(u.lastmod)}</lastmod>` : ""}</${element}>`),
    `</${root}>`,
  ];
  return out.join("\n") + "\n";
}
