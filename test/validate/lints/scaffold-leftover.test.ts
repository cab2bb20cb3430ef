import { describe, expect, it } from "vitest";
import { scaffoldLeftoverLint } from "../../../src/validate/lints/scaffold-leftover.js";
import { BODY_PLACEHOLDER } from "../../../src/scaffold/profile-template.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("scaffold-leftover", () => {
  it("reports each placeholder paragraph left in the body, by body line", () => {
    const body = `## About\n\n${BODY_PLACEHOLDER} with text.\n\n## How we work\n\n${BODY_PLACEHOLDER} too.\n`;
    expect(scaffoldLeftoverLint.check(subject(validProfile(), "x", body), lintContext()).map((f) => f.bodyLine)).toEqual([3, 7]);
  });

  it("accepts a real narrative", () => {
    expect(scaffoldLeftoverLint.check(subject(validProfile(), "x", "We build data pipelines.\n"), lintContext())).toEqual([]);
  });
});
