import { describe, expect, it } from "vitest";
import { niceScale } from "../../src/site/view/engagement.js";
import { sampleSite } from "./site-helpers.js";

const site = sampleSite();

describe("the engagement model pages", () => {
  it("exist for all three models, with the market bands from market.yaml in US dollars", () => {
    expect(site.engagementPages.map((e) => e.model)).toEqual(["dedicated", "project-based", "staff-augmentation"]);
    const staff = site.engagementPages.find((e) => e.model === "staff-augmentation")!;
    expect(staff.market.bands.map((b) => [b.min, b.max])).toEqual([
      [35, 90],
      [100, 210],
    ]);
  });

  it("list exactly the profiles that offer the model, priced ones first from cheapest", () => {
    for (const e of site.engagementPages) {
      const offering = site.profiles.filter((p) => p.models.some((m) => m.model === e.model)).map((p) => p.slug);
      expect(e.offers.map((o) => o.profile.slug).sort()).toEqual([...offering].sort());
      const mids = e.offers.filter((o) => o.model.usd).map((o) => (o.model.usd!.min + o.model.usd!.max) / 2);
      expect(mids).toEqual([...mids].sort((a, b) => a - b));
      expect(e.published + e.onRequest).toBe(e.offers.length);
      expect(e.positions.below + e.positions.within + e.positions.above).toBe(e.published);
    }
  });

  it("draw the distribution on a scale that holds every rate and band", () => {
    for (const e of site.engagementPages) {
      for (const o of e.offers) if (o.model.usd) expect(o.model.usd.max).toBeLessThanOrEqual(e.scale.max);
      for (const b of e.market.bands) expect(b.max).toBeLessThanOrEqual(e.scale.max);
      expect(e.scale.min).toBeGreaterThanOrEqual(0);
    }
    expect(niceScale([])).toEqual({ min: 0, max: 1 });
  });
});
