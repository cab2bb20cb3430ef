import { describe, expect, it } from "vitest";
import { buildEngagementPage, histogram, niceScale, niceStep, TOP_OFFERS } from "../../src/site/view/engagement.js";
import type { ProfileSummary } from "../../src/site/view/summary.js";
import { sampleSite } from "./site-helpers.js";

const site = sampleSite();

/** The samples, repeated under other slugs until there are `n` profiles. */
function many(n: number): ProfileSummary[] {
  return Array.from({ length: n }, (_, i) => {
    const p = site.profiles[i % site.profiles.length]!;
    return { ...p, slug: `${p.slug}-${i}`, path: `/profiles/${p.slug}-${i}/` };
  });
}

describe("the engagement model pages", () => {
  it("exist for all three models, with the market bands from market.yaml in US dollars", () => {
    expect(site.engagementPages.map((e) => e.model)).toEqual(["dedicated", "project-based", "staff-augmentation"]);
    const staff = site.engagementPages.find((e) => e.model === "staff-augmentation")!;
    expect(staff.market.bands.map((b) => [b.min, b.max])).toEqual([
      [35, 90],
      [100, 210],
    ]);
  });

  it("count exactly the profiles that offer the model, priced and on request, and where the prices sit against the band", () => {
    for (const e of site.engagementPages) {
      const offers = site.profiles.flatMap((p) => p.models.filter((m) => m.model === e.model));
      expect(e.offerCount).toBe(offers.length);
      expect(e.published).toBe(offers.filter((m) => m.usd).length);
      expect(e.published + e.onRequest).toBe(e.offerCount);
      expect(e.positions.below + e.positions.within + e.positions.above).toBe(e.published);
      for (const position of ["below", "within", "above"] as const) expect(e.positions[position]).toBe(offers.filter((m) => m.usd && m.position === position).length);
    }
  });

  it("list the offers with the highest engagement scores first, ties by delivery score", () => {
    for (const e of site.engagementPages) {
      expect(e.top).toHaveLength(Math.min(TOP_OFFERS, e.offerCount));
      for (const o of e.top) expect(o.model.model).toBe(e.model);
      for (let i = 1; i < e.top.length; i++) {
        const [a, b] = [e.top[i - 1]!, e.top[i]!];
        expect(a.model.score > b.model.score || (a.model.score === b.model.score && a.profile.score >= b.profile.score), `${a.profile.slug} before ${b.profile.slug}`).toBe(true);
      }
    }
  });

  it("stay the same size at any number of profiles: the top offers and a histogram of a dozen brackets or so", () => {
    const market = site.engagementPages.find((e) => e.model === "staff-augmentation")!.market;
    const big = buildEngagementPage(market, many(5000));
    const offering = many(5000).filter((p) => p.models.some((m) => m.model === "staff-augmentation"));
    expect(big.offerCount).toBe(offering.length);
    expect(big.top).toHaveLength(TOP_OFFERS);
    expect(big.histogram.length).toBeLessThanOrEqual(20);
    expect(big.histogram.reduce((n, b) => n + b.count, 0)).toBe(big.published);
    const best = Math.max(...offering.map((p) => p.models.find((m) => m.model === "staff-augmentation")!.score));
    expect(big.top[0]!.model.score).toBe(best);
  });

  it("count every published rate once in the histogram, by its USD midpoint, in brackets with round edges", () => {
    for (const e of site.engagementPages) {
      const mids = site.profiles.flatMap((p) => p.models.filter((m) => m.model === e.model && m.usd).map((m) => (m.usd!.min + m.usd!.max) / 2));
      expect(e.histogram.reduce((n, b) => n + b.count, 0)).toBe(mids.length);
      for (const [i, b] of e.histogram.entries()) {
        const last = i === e.histogram.length - 1;
        expect(b.count).toBe(mids.filter((v) => v >= b.from && (v < b.to || (last && v === b.to))).length);
        expect(b.below + b.within + b.above).toBeLessThanOrEqual(b.count);
        if (i > 0) expect(b.from).toBe(e.histogram[i - 1]!.to);
        expect([1, 2, 2.5, 5]).toContain((b.to - b.from) / 10 ** Math.floor(Math.log10(b.to - b.from)));
      }
    }
    expect(histogram([])).toEqual([]);
    expect(histogram([{ value: 50 }, { value: 50 }])).toEqual([{ from: 50, to: 51, count: 2, below: 0, within: 0, above: 0 }]);
    const edges = histogram([{ value: 0 }, { value: 100, position: "above" }], 10);
    expect(edges.map((b) => [b.from, b.count])).toEqual([[0, 1], [10, 0], [20, 0], [30, 0], [40, 0], [50, 0], [60, 0], [70, 0], [80, 0], [90, 1]]);
    expect(edges.at(-1)!.above).toBe(1);
    expect([niceStep(0.3), niceStep(7), niceStep(13), niceStep(22), niceStep(2400)]).toEqual([1, 10, 20, 25, 2500]);
  });

  it("draw the charts on a scale that holds every rate and band", () => {
    for (const e of site.engagementPages) {
      for (const p of site.profiles) for (const m of p.models) if (m.model === e.model && m.usd) expect(m.usd.max).toBeLessThanOrEqual(e.scale.max);
      for (const b of e.market.bands) expect(b.max).toBeLessThanOrEqual(e.scale.max);
      for (const b of e.histogram) expect(b.to).toBeLessThanOrEqual(e.scale.max + (b.to - b.from));
      expect(e.scale.min).toBeGreaterThanOrEqual(0);
    }
    expect(niceScale([])).toEqual({ min: 0, max: 1 });
  });
});
