import { describe, expect, it } from "vitest";
import { staleReviewLint } from "../../../src/validate/lints/stale-review.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("stale-review", () => {
  it("warns when last_reviewed is older than the horizon", () => {
    const [finding] = staleReviewLint.check(subject(validProfile({ last_reviewed: "2025-05-12" })), lintContext());
    expect(finding).toMatchObject({ severity: "warning", pointer: "/last_reviewed", message: "profile was last reviewed 561 days ago (more than 365)" });
  });

  it("stays quiet on the last day of the horizon", () => {
    expect(staleReviewLint.check(subject(validProfile({ last_reviewed: "2025-11-24" })), lintContext())).toEqual([]);
  });

  it("uses the configured horizon", () => {
    expect(staleReviewLint.check(subject(validProfile({ last_reviewed: "2026-10-01" })), lintContext({ staleAfterDays: 30 }))).toHaveLength(1);
  });
});
