import { describe, expect, it } from "vitest";
import { slugLint } from "../../../src/validate/lints/slug.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("slug-format", () => {
  it("accepts a lower-case kebab-case file name", () => {
    expect(slugLint.check(subject(validProfile(), "python-works-2"), lintContext())).toEqual([]);
  });

  it.each([["Python_Works", "python-works"], ["python works", "python-works"], ["café-zoë", "cafe-zoe"], ["a--b", "a-b"]])("rejects %s and suggests %s", (slug, suggestion) => {
    const [finding] = slugLint.check(subject(validProfile(), slug), lintContext());
    expect(finding).toMatchObject({ pointer: "", severity: "error", hint: `rename the file to \`${suggestion}.md\`` });
  });

  it("rejects a slug over 60 characters", () => {
    expect(slugLint.check(subject(validProfile(), "a".repeat(61)), lintContext())).toHaveLength(1);
  });
});
