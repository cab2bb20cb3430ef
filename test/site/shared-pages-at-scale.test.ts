/**
 * The shared pages stay bounded at 10,000 profiles: rendered straight from the templates with
 * the samples repeated under other slugs (a full 10k build is the benchmark's job).
 */
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { render as renderCompare } from "../../src/site/pages/compare.11ty.js";
import { render as renderEngagement } from "../../src/site/pages/engagement.11ty.js";
import type { SiteData } from "../../src/site/data/site-data.js";
import { buildEngagementPage, TOP_OFFERS } from "../../src/site/view/engagement.js";
import type { ProfileSummary } from "../../src/site/view/summary.js";
import { atomFeed, FEED_LIMIT } from "../../src/site/view/xml.js";
import { sampleSite } from "./site-helpers.js";

const site = sampleSite();
const N = 10_000;

const profiles: ProfileSummary[] = Array.from({ length: N }, (_, i) => {
  const p = site.profiles[i % site.profiles.length]!;
  return { ...p, slug: `${p.slug}-${i}`, name: `${p.name} ${i}`, path: `/profiles/${p.slug}-${i}/` };
}).sort((a, b) => b.score - a.score);
const big: SiteData = { ...site, profiles, engagementPages: site.market.models.map((m) => buildEngagementPage(m, profiles)) };
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

describe(`at ${N.toLocaleString("en")} profiles`, () => {
  it("each engagement page shows the band, a histogram and the top offers, under 100 KB gzip", () => {
    for (const model of big.engagementPages) {
      const page = renderEngagement({ shortlist: big, model });
      expect(gzip(page), model.model).toBeLessThan(100 * 1024);
      expect(page.length, model.model).toBeLessThan(120 * 1024);
      expect(page.match(/<tr><th scope="row"><a href="\/profiles\//g) ?? []).toHaveLength(TOP_OFFERS);
      expect(page).toContain(`href="/profiles/model/${model.model}/"`);
      expect(page).toContain(`All ${model.offerCount.toLocaleString("en-US")} profiles`);
      expect(page).toContain('role="img"');
      expect(page).toContain("Published rates by bracket");
    }
  });

  it("the compare page lists a few ready-made comparisons, not every profile", () => {
    const page = renderCompare({ shortlist: big });
    expect(gzip(page)).toBeLessThan(10 * 1024);
    expect(page).not.toContain('type="checkbox"');
    const links = page.match(/href="\/compare\/\?p=[^"]+"/g) ?? [];
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) expect(link.split(",").length).toBeLessThanOrEqual(4);
    expect(page).toContain(`/compare/?p=${profiles.slice(0, 4).map((p) => p.slug).join(",")}`);
  });

  it("the feed carries the latest 50 reviews", () => {
    const feed = atomFeed(profiles);
    expect(feed.match(/<entry>/g)).toHaveLength(FEED_LIMIT);
    expect(gzip(feed)).toBeLessThan(20 * 1024);
  });
});
