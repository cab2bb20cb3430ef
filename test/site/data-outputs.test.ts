import { describe, expect, it } from "vitest";
import { outputs } from "../../src/site/pages/data.11ty.js";
import { sampleSite } from "./site-helpers.js";

describe("the site-wide data files", () => {
  const site = sampleSite();

  it("are made once per build, though Eleventy gives every page its own copy of the data object", () => {
    // Eleventy copies the global data object (and the objects in it) for each page but shares its arrays.
    const pageCopy = { ...site, market: { ...site.market } };
    expect(outputs(pageCopy)).toBe(outputs(site));
  });

  it("are made again for another build's data", () => {
    const rebuilt = { ...site, profiles: [...site.profiles] };
    expect(outputs(rebuilt)).not.toBe(outputs(site));
    expect([...outputs(rebuilt).keys()]).toEqual([...outputs(site).keys()]);
  });

  it("include the sitemap and robots.txt, which names it", () => {
    const byPath = outputs(site);
    expect(byPath.get("/sitemap.xml")!.render(site)).toContain("<urlset");
    expect(byPath.get("/robots.txt")!.render(site)).toContain("Sitemap: https://shortlist.example/sitemap.xml");
  });
});
