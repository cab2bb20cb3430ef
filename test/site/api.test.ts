import { describe, expect, it } from "vitest";
import { SITE_URL } from "../../src/site/config.js";
import { sampleSite } from "./site-helpers.js";

const site = sampleSite();

describe("the published data", () => {
  it("profiles.json has one record per profile with score, signals and engagement models", () => {
    const list = site.apiList;
    expect(list.count).toBe(site.profiles.length);
    expect(list.rubric_version).toBe(site.reference.rubric.version);
    for (const r of list.profiles) {
      const card = site.scorecards.get(r.slug)!;
      expect(r.delivery_score).toBe(card.delivery.score);
      expect(Object.keys(r.signals)).toEqual(card.signals.map((s) => s.id));
      expect(r.url).toBe(`${SITE_URL}/profiles/${r.slug}/`);
      expect(r.data_url).toBe(`${SITE_URL}/api/profiles/${r.slug}.json`);
    }
  });

  it("each /api/profiles/<slug>.json holds the profile as submitted, its Markdown and its full scorecard", () => {
    for (const rec of site.apiProfiles) {
      expect(rec.scorecard).toBe(site.scorecards.get(rec.slug));
      expect(rec.profile.name).toBe(rec.scorecard.name);
      expect(typeof rec.body_markdown).toBe("string");
      expect(JSON.parse(JSON.stringify(rec))).toEqual(rec);
    }
  });
});
