import { describe, expect, it } from "vitest";
import { profileText, validateTexts, validProfile } from "../helpers.js";

describe("validateProfiles", () => {
  it("keeps checking the other files when one is broken, and returns only the valid ones", () => {
    const good = profileText(validProfile());
    const { profiles, diagnostics } = validateTexts({
      "content/profiles/a-empty.md": "",
      "content/profiles/b-binary.md": new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00]),
      "content/profiles/c-yaml.md": "---\nname: [\n---\n",
      "content/profiles/example-python-works.md": good,
      "content/profiles/d-latin1.md": new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x6e, 0x3a, 0x20, 0xe9, 0x0a]),
    });
    expect(profiles.map((p) => p.slug)).toEqual(["example-python-works"]);
    expect(diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ["content/profiles/a-empty.md", "empty-file"],
      ["content/profiles/b-binary.md", "binary-file"],
      ["content/profiles/c-yaml.md", "yaml-syntax"],
      ["content/profiles/d-latin1.md", "not-utf8"],
    ]);
  });

  it("still lints a profile that fails the schema, so all problems show at once", () => {
    const { diagnostics } = validateTexts({ "content/profiles/Bad_Name.md": profileText({ ...validProfile({ services: ["web-apis"] }), kind: "agency" }) });
    expect(diagnostics.map((d) => d.rule).sort()).toEqual(["known-vocabulary", "schema", "slug-format"]);
  });

  it("lets a profile with only warnings through", () => {
    const { profiles, diagnostics } = validateTexts({ "content/profiles/example-python-works.md": profileText(validProfile({ last_reviewed: "2024-01-01" })) });
    expect(profiles).toHaveLength(1);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: "warning", rule: "stale-review" })]);
  });

  it("reports the Markdown body's first line", () => {
    const { profiles } = validateTexts({ "content/profiles/example-python-works.md": profileText(validProfile(), "Hello\n") });
    expect(profiles[0]!.body).toBe("Hello\n");
    expect(profiles[0]!.bodyLine).toBeGreaterThan(10);
  });
});
