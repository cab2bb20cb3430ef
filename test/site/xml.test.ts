import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { SITE_URL } from "../../src/site/config.js";
import { sitemapFiles, sitemapUrls } from "../../src/site/view/sitemap-urls.js";
import { atomFeed, FEED_LIMIT, feedEntries, sitemap, SITEMAP_MAX_URLS, xmlEscape } from "../../src/site/view/xml.js";
import { validProfile } from "../helpers.js";
import { sampleSite, siteFrom } from "./site-helpers.js";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "entry" || name === "url" || name === "link" || name === "sitemap" });

describe("the Atom feed", () => {
  const site = sampleSite();
  const xml = atomFeed(site.profiles);
  const feed = parser.parse(xml).feed;

  it("is well-formed XML in the Atom namespace with a self link", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.link.some((l: Record<string, string>) => l["@rel"] === "self" && l["@href"] === `${SITE_URL}/feed.xml`)).toBe(true);
    expect(feed.author.name).toBeTruthy();
  });

  it("has one entry per profile while there are few, newest review first, dated by last_reviewed (never by the clock)", () => {
    expect(feed.entry).toHaveLength(site.profiles.length);
    const dates = feed.entry.map((e: { updated: string }) => e.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const e of feed.entry) {
      const p = site.profiles.find((x) => `${SITE_URL}${x.path}` === e.id)!;
      expect(e.updated).toBe(`${p.lastReviewed}T00:00:00Z`);
      expect(e.link[0]["@href"]).toBe(`${SITE_URL}${p.path}`);
    }
    expect(feed.updated).toBe(dates[0]);
    expect(atomFeed(site.profiles)).toBe(xml);
  });

  it("keeps only the latest FEED_LIMIT (50) reviews however many profiles there are", () => {
    // 130 profiles: the samples under other slugs, reviewed on 130 different days.
    const rows = Array.from({ length: 130 }, (_, i) => {
      const p = site.profiles[i % site.profiles.length]!;
      const day = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return { ...p, slug: `${p.slug}-${i}`, path: `/profiles/${p.slug}-${i}/`, lastReviewed: day };
    });
    const text = atomFeed(rows);
    expect(XMLValidator.validate(text)).toBe(true);
    const big = parser.parse(text).feed;
    expect(FEED_LIMIT).toBe(50);
    expect(big.entry).toHaveLength(FEED_LIMIT);
    const newest = [...rows].sort((a, b) => (a.lastReviewed < b.lastReviewed ? 1 : -1)).slice(0, FEED_LIMIT);
    expect(big.entry.map((e: { id: string }) => e.id)).toEqual(newest.map((p) => `${SITE_URL}${p.path}`));
    expect(big.updated).toBe(`${newest[0]!.lastReviewed}T00:00:00Z`);
    expect(feedEntries(rows, 3).map((e) => e.updated)).toEqual(newest.slice(0, 3).map((p) => p.lastReviewed));
  });

  it("escapes names and summaries so that any text stays well-formed", () => {
    const hostile = siteFrom({ "amp-firm": validProfile({ name: `A & B <Co> "x" 'y'`, summary: "Less < more & ]]> end of CDATA." }) });
    const text = atomFeed(hostile.profiles);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(parser.parse(text).feed.entry[0].title).toBe(`A & B <Co> "x" 'y'`);
    expect(xmlEscape("bad\u0001char")).toBe("badchar");
  });
});

describe("the sitemap", () => {
  const site = sampleSite();
  const xml = sitemap(sitemapUrls(site));
  const urls: Array<{ loc: string; lastmod?: string }> = parser.parse(xml).urlset.url;

  it("is well-formed XML in the sitemaps.org namespace", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  });

  it("lists every page type and every profile with its review date, each once", () => {
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    for (const path of ["/", "/profiles/", "/compare/", "/engagement/", "/search/", "/methodology/", "/contribute/", "/engagement/dedicated/"]) expect(locs).toContain(`${SITE_URL}${path}`);
    for (const p of site.profiles) expect(urls.find((u) => u.loc === `${SITE_URL}${p.path}`)?.lastmod).toBe(p.lastReviewed);
    for (const loc of locs) expect(loc.startsWith(`${SITE_URL}/`)).toBe(true);
  });
});

describe("the sitemap of a site with more URLs than one sitemap file may hold", () => {
  const site = sampleSite();
  const all = sitemapUrls(site);
  const max = 5;
  const files = sitemapFiles(site, max);
  const [index, ...parts] = files;

  it("is one /sitemap.xml, the same as sitemap(), while the URLs fit the protocol's 50,000", () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    expect(sitemapFiles(site)).toEqual([{ path: "/sitemap.xml", xml: sitemap(all) }]);
    expect(sitemapFiles(site, all.length)).toHaveLength(1);
  });

  it("becomes a sitemap index at /sitemap.xml (the path robots.txt names) listing /sitemaps/<n>.xml", () => {
    expect(all.length).toBeGreaterThan(max);
    expect(index!.path).toBe("/sitemap.xml");
    expect(XMLValidator.validate(index!.xml)).toBe(true);
    const listed = parser.parse(index!.xml).sitemapindex;
    expect(listed["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(parts.map((p) => p.path)).toEqual(Array.from({ length: Math.ceil(all.length / max) }, (_, i) => `/sitemaps/${i + 1}.xml`));
    expect(listed.sitemap.map((s: { loc: string }) => s.loc)).toEqual(parts.map((p) => `${SITE_URL}${p.path}`));
  });

  it("puts every URL in exactly one file, in order, no file over the limit, each dated by its newest URL in the index", () => {
    const listed: Array<{ lastmod?: string }> = parser.parse(index!.xml).sitemapindex.sitemap;
    const seen: Array<{ loc: string; lastmod?: string }> = [];
    parts.forEach((part, i) => {
      expect(XMLValidator.validate(part.xml)).toBe(true);
      const urls: Array<{ loc: string; lastmod?: string }> = parser.parse(part.xml).urlset.url;
      expect(urls.length).toBeLessThanOrEqual(max);
      const newest = urls.reduce((m, u) => (u.lastmod && u.lastmod > m ? u.lastmod : m), "");
      expect(listed[i]!.lastmod ?? "").toBe(newest);
      seen.push(...urls);
    });
    expect(seen).toEqual(parser.parse(sitemap(all)).urlset.url);
  });
});
