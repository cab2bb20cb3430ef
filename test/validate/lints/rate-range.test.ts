import { describe, expect, it } from "vitest";
import { rateRangeLint } from "../../../src/validate/lints/rate-range.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("rate-range", () => {
  it("accepts min below or equal to max", () => {
    const p = validProfile({ engagement_models: [{ model: "project-based", rate: { currency: "USD", min: 50000, max: 50000, per: "project" } }] });
    expect(rateRangeLint.check(subject(p), lintContext())).toEqual([]);
  });

  it("reports min above max at the min value", () => {
    const p = validProfile({ engagement_models: [{ model: "staff-augmentation" }, { model: "dedicated", rate: { currency: "USD", min: 12000, max: 9000, per: "month" } }] });
    expect(rateRangeLint.check(subject(p), lintContext())).toEqual([expect.objectContaining({ pointer: "/engagement_models/1/rate/min", severity: "error" })]);
  });
});
