import { describe, expect, it } from "vitest";
import { displayPath } from "../../src/validate/schema-diagnostics.js";
import { lineOf, profileText, validateTexts, validProfile } from "../helpers.js";

function check(data: unknown) {
  const text = profileText(data);
  const { diagnostics, profiles } = validateTexts({ "content/profiles/example-python-works.md": text });
  return { text, diagnostics, profiles };
}

describe("schema diagnostics", () => {
  it("accept a complete valid profile without any message", () => {
    const { diagnostics, profiles } = check(validProfile());
    expect(diagnostics).toEqual([]);
    expect(profiles).toHaveLength(1);
  });

  it("name an unknown field at its key and suggest the field that was meant", () => {
    const { text, diagnostics } = check({ ...validProfile(), fonded: 2015 });
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: "schema", line: lineOf(text, "fonded:"), column: 1, message: "unknown field `fonded`", hint: "did you mean `founded`?" }),
    ]);
  });

  it("name a wrong type at the value, in words a contributor understands", () => {
    const { text, diagnostics } = check({ ...validProfile(), team_size: "twelve" });
    expect(diagnostics).toEqual([expect.objectContaining({ line: lineOf(text, "team_size:"), column: 12, message: '`team_size` must be a whole number; got "twelve"' })]);
  });

  it("name a missing required field and what to add", () => {
    const data: Record<string, unknown> = { ...validProfile() };
    delete data.disclosure;
    const [d] = check(data).diagnostics;
    expect(d).toMatchObject({ line: 1, message: "missing required field `disclosure`" });
    expect(d!.hint).toMatch(/^add `disclosure:` — Who submitted/);
  });

  it("point a missing nested field at its parent key", () => {
    const { text, diagnostics } = check({ ...validProfile(), headquarters: { city: "Leipzig" } });
    expect(diagnostics).toEqual([expect.objectContaining({ line: lineOf(text, "headquarters:"), column: 1, message: "`headquarters` is missing required field `country`" })]);
  });

  it("require a URL on sourced evidence and verified_on on verified evidence", () => {
    const p = validProfile({
      signals: {
        testing: {
          evidence: [
            { kind: "repository", title: "Toolkit repository", date: "2026-01-01", level: "sourced" },
            { kind: "repository", title: "Toolkit repository 2", url: "https://code.example/t", date: "2026-01-01", level: "verified" },
          ],
        },
      },
    });
    expect(check(p).diagnostics.map((d) => d.message)).toEqual([
      "`signals.testing.evidence[0]` is missing required field `url`",
      "`signals.testing.evidence[1]` is missing required field `verified_on`",
    ]);
  });

  it("reject an http website and an impossible date with the field's own description as hint", () => {
    const { diagnostics } = check(validProfile({ website: "http://python-works.example", last_reviewed: "2026-02-30" }));
    expect(diagnostics.map((d) => [d.message, d.hint])).toEqual([
      ['`website` is not in the expected form: "http://python-works.example"', "An absolute https:// URL."],
      ['`last_reviewed` is not a valid date: "2026-02-30"', "A calendar date written YYYY-MM-DD."],
    ]);
  });

  it("suggest the enum value closest to a typo", () => {
    const [d] = check(validProfile({ engagement_models: [{ model: "staff-augmentaton" as "dedicated" }] })).diagnostics;
    expect(d).toMatchObject({ message: expect.stringContaining("`engagement_models[0].model` must be one of dedicated, project-based, staff-augmentation"), hint: "did you mean `staff-augmentation`?" });
  });

  it("render JSON pointers as the dotted paths contributors write", () => {
    expect(displayPath("/engagement_models/0/rate/min")).toBe("engagement_models[0].rate.min");
    expect(displayPath("")).toBe("frontmatter");
  });
});
