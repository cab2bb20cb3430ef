import { describe, expect, it } from "vitest";
import { render } from "../../src/site/pages/methodology.11ty.js";
import { sampleSite } from "./site-helpers.js";

const site = sampleSite();
const m = site.methodology;

describe("the methodology page", () => {
  it("is generated from the rubric: every section with its weight, the weights adding up to 100", () => {
    const rubric = site.reference.rubric;
    expect(m.version).toBe(rubric.version);
    expect(m.sections.map((s) => s.id)).toEqual([...Object.keys(rubric.signals), "track_record"]);
    expect(m.totalWeight).toBe(100);
  });

  it("lists every rule of the rubric with what it can add", () => {
    const rubric = site.reference.rubric;
    const ids = [...Object.values(rubric.signals).flatMap((s) => s!.rules.map((r) => r.id)), ...rubric.track_record.rules.map((r) => r.id)];
    expect(m.sections.flatMap((s) => s.rules.map((r) => r.id))).toEqual(ids);
    for (const r of m.sections.flatMap((s) => s.rules)) expect(r.upTo).toBeGreaterThan(0);
    const html = render({ shortlist: site });
    for (const id of ids) expect(html).toContain(`<code>${id}</code>`);
  });

  it("names rewarded terms by their vocabulary labels, not their ids", () => {
    const practices = m.sections.find((s) => s.id === "business_discovery")!.rules.find((r) => r.id === "business_discovery.practices")!;
    expect(practices.how).toContain("Discovery workshop before estimating");
    expect(practices.how).not.toContain("discovery-workshop");
  });

  it("shows the evidence worth, the confidence thresholds and the engagement rule points from the rubric", () => {
    const rubric = site.reference.rubric;
    expect(m.evidence.levels.find((l) => l.level === "sourced")!.worth).toBe(rubric.evidence.levels.sourced.worth);
    expect(m.confidence.high).toBe(rubric.confidence.high);
    expect(m.engagement.rules.find((r) => r.id === "rate-published")!.points).toBe(rubric.engagement.rules["rate-published"].points);
  });
});
