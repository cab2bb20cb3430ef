import { describe, expect, it } from "vitest";
import { ratePeriodLint } from "../../../src/validate/lints/rate-period.js";
import type { EngagementModel } from "../../../src/generated/profile.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

const model = (m: EngagementModel["model"], per: "hour" | "month" | "project"): EngagementModel => ({ model: m, rate: { currency: "USD", min: 1, max: 2, per } });

describe("rate-period", () => {
  it("accepts each model in its own unit", () => {
    const p = validProfile({ engagement_models: [model("dedicated", "month"), model("project-based", "project"), model("staff-augmentation", "hour")] });
    expect(ratePeriodLint.check(subject(p), lintContext())).toEqual([]);
  });

  it("reports a staff-augmentation rate per month and says which unit fits", () => {
    const p = validProfile({ engagement_models: [model("staff-augmentation", "month")] });
    const [finding] = ratePeriodLint.check(subject(p), lintContext());
    expect(finding).toMatchObject({ pointer: "/engagement_models/0/rate/per", message: "a staff-augmentation rate is priced per hour, not per month" });
    expect(finding!.hint).toContain("per: hour");
  });

  it("ignores a model without a published rate", () => {
    expect(ratePeriodLint.check(subject(validProfile({ engagement_models: [{ model: "dedicated" }] })), lintContext())).toEqual([]);
  });
});
