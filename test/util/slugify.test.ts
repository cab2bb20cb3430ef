import { describe, expect, it } from "vitest";
import { slugify } from "../../src/util/slugify.js";

describe("slugify", () => {
  it.each([
    ["Nordlicht Data Engineering", "nordlicht-data-engineering"],
    ["Zoë Müller-Łukasz", "zoe-muller-lukasz"],
    ["Ōkubo & Söhne", "okubo-and-sohne"],
    ["  --Hello,   World!!  ", "hello-world"],
    ["Пайтон Девелопмент", "payton-development"],
    ["Δέλτα Python", "delta-python"],
    ["北京数据工作室", "bei-jing-shu-ju-gong-zuo-shi"],
    ["C++ & Python @ Scale", "c-plus-plus-and-python-at-scale"],
  ])("turns %j into %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("returns an empty string when nothing usable is left", () => {
    expect(slugify("!!!")).toBe("");
    expect(slugify("🐍🐍")).toBe("");
  });

  it("cuts long names at a word boundary within the limit", () => {
    const slug = slugify("The Very Long Name Of A Python Consultancy That Goes On And On Forever");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toBe("the-very-long-name-of-a-python-consultancy-that-goes-on-and");
  });
});
