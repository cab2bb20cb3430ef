import { describe, expect, it } from "vitest";
import { paidTrialLint } from "../../../src/validate/lints/paid-trial.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("paid-trial-weeks", () => {
  it("reports weeks on a trial that is not offered", () => {
    const p = validProfile({ paid_trial: { offered: false, weeks: 2 } });
    expect(paidTrialLint.check(subject(p), lintContext())).toEqual([expect.objectContaining({ pointer: "/paid_trial/weeks", at: "key" })]);
  });

  it("accepts an offered trial with weeks and a refused one without", () => {
    expect(paidTrialLint.check(subject(validProfile({ paid_trial: { offered: true, weeks: 2 } })), lintContext())).toEqual([]);
    expect(paidTrialLint.check(subject(validProfile({ paid_trial: { offered: false } })), lintContext())).toEqual([]);
  });
});
