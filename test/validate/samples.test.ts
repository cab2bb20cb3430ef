import { describe, expect, it } from "vitest";
import { validateAll } from "../../src/validate/validate-all.js";
import { TODAY } from "../helpers.js";

const result = validateAll({ today: TODAY });
const profiles = result.profiles.map((p) => p.data);

describe("the sample profiles", () => {
  it("all pass validation without errors", () => {
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.profiles.length).toBe(result.checked);
  });

  it("are at least twelve, all marked fictional, on reserved .example domains", () => {
    expect(profiles.length).toBeGreaterThanOrEqual(12);
    for (const p of profiles) {
      expect(p.fictional, p.name).toBe(true);
      expect(new URL(p.website).hostname, p.name).toMatch(/\.example$/);
    }
  });

  it("cover firms and freelancers, all three engagement models and several currencies", () => {
    expect(new Set(profiles.map((p) => p.kind))).toEqual(new Set(["firm", "freelancer"]));
    const models = new Set(profiles.flatMap((p) => p.engagement_models.map((m) => m.model)));
    expect(models).toEqual(new Set(["dedicated", "project-based", "staff-augmentation"]));
    const currencies = new Set(profiles.flatMap((p) => p.engagement_models.flatMap((m) => (m.rate ? [m.rate.currency] : []))));
    expect(currencies.size).toBeGreaterThanOrEqual(4);
  });

  it("have evidence at all three levels", () => {
    const levels = new Set(
      profiles.flatMap((p) => [...Object.values(p.signals).flatMap((s) => s?.evidence ?? []), ...(p.track_record.evidence ?? [])].map((e) => e.level)),
    );
    expect(levels).toEqual(new Set(["claimed", "sourced", "verified"]));
  });

  it("include exactly one stale profile, reported as a warning", () => {
    expect(result.diagnostics.filter((d) => d.rule === "stale-review")).toHaveLength(1);
    expect(result.diagnostics.every((d) => d.rule === "stale-review")).toBe(true);
  });
});
