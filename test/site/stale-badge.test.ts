import { describe, expect, it } from "vitest";
import { renderProfilePage } from "../../src/site/render/profile-page.js";
import { sampleSite } from "./site-helpers.js";

const site = sampleSite();
const pageOf = (slug: string) => renderProfilePage(site.profilePages.find((p) => p.slug === slug)!);

describe("the profile page", () => {
  it("shows a stale badge with the review date on a profile not reviewed for a year", () => {
    expect(pageOf("almendro-data")).toMatch(/<span class="badge badge-stale"[^>]*>Stale: last reviewed 12 May 2025<\/span>/);
  });

  it("shows no stale badge on a recently reviewed profile, but always the last-reviewed date", () => {
    const html = pageOf("havelmark-software");
    expect(html).not.toContain("badge-stale");
    expect(html).toMatch(/[Ll]ast reviewed/);
  });
});
