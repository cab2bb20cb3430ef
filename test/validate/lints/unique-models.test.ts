import { describe, expect, it } from "vitest";
import { uniqueModelsLint } from "../../../src/validate/lints/unique-models.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("engagement-model-unique", () => {
  it("reports the second entry of a model listed twice", () => {
    const p = validProfile({ engagement_models: [{ model: "dedicated" }, { model: "project-based" }, { model: "dedicated" }] });
    expect(uniqueModelsLint.check(subject(p), lintContext())).toEqual([expect.objectContaining({ pointer: "/engagement_models/2/model", message: expect.stringContaining("item 1") })]);
  });

  it("accepts distinct models", () => {
    expect(uniqueModelsLint.check(subject(validProfile()), lintContext())).toEqual([]);
  });
});
