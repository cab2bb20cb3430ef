import { describe, expect, it } from "vitest";
import { REPO_URL } from "../../src/site/config.js";
import { validProfile } from "../helpers.js";
import { sampleSite, siteFrom } from "./site-helpers.js";

const site = sampleSite();

describe("the profile page model", () => {
  it("exists for every valid profile, with the six signals of the scorecard in rubric order", () => {
    expect(site.profilePages.map((p) => p.slug).sort()).toEqual(site.profiles.map((p) => p.slug).sort());
    for (const page of site.profilePages) {
      expect(page.signals.map((s) => s.id)).toEqual(page.scorecard.signals.map((s) => s.id));
      expect(page.signals).toHaveLength(6);
      for (const s of page.signals) expect(s.score).toBeLessThanOrEqual(s.max);
    }
  });

  it("lists every evidence item of the profile, newest first, with its level", () => {
    for (const page of site.profilePages) {
      const p = page.profile;
      const count = Object.values(p.signals).reduce((n, s) => n + (s?.evidence.length ?? 0), 0) + (p.track_record.evidence?.length ?? 0);
      expect(page.evidence).toHaveLength(count);
      const dates = page.evidence.map((e) => e.date);
      expect([...dates].sort().reverse()).toEqual(dates);
    }
  });

  it("links to the profile's source file for editing", () => {
    const page = site.profilePages[0]!;
    expect(page.editUrl).toBe(`${REPO_URL}/edit/main/content/profiles/${page.slug}.md`);
  });

  it("marks a profile not reviewed for more than a year as stale", () => {
    const stale = siteFrom({ old: validProfile({ last_reviewed: "2025-01-10" }), fresh: validProfile({ name: "Fresh Co", website: "https://fresh.example", last_reviewed: "2026-10-01" }) });
    expect(stale.profilePages.find((p) => p.slug === "old")!.stale).toBe(true);
    expect(stale.profilePages.find((p) => p.slug === "fresh")!.stale).toBe(false);
  });

  it("describes a firm as a schema.org Organization and a freelancer as a Person, with offers and prices", () => {
    const two = siteFrom({
      firm: validProfile(),
      solo: validProfile({ name: "Solo Dev", kind: "freelancer", team_size: 1, website: "https://solo.example" }),
    });
    const firm = two.profilePages.find((p) => p.slug === "firm")!.jsonLd as Record<string, any>;
    const solo = two.profilePages.find((p) => p.slug === "solo")!.jsonLd as Record<string, any>;
    expect(firm["@type"]).toBe("ProfilePage");
    expect(firm.mainEntity["@type"]).toBe("Organization");
    expect(solo.mainEntity["@type"]).toBe("Person");
    expect(firm.mainEntity.makesOffer[0].priceSpecification).toMatchObject({ priceCurrency: "EUR", minPrice: 9000, maxPrice: 13000 });
    expect(firm.url).toBe("https://shortlist.example/profiles/firm/");
  });

  it("places each published rate against its market band, in US dollars", () => {
    for (const page of site.profilePages) {
      for (const e of page.engagement) {
        if (!e.rate) continue;
        expect(e.usd, `${page.slug} ${e.model}`).toBeTruthy();
        expect(e.band).toBeTruthy();
        expect(["below", "within", "above"]).toContain(e.position);
      }
    }
  });
});
