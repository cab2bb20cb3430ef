import { describe, expect, it } from "vitest";
import { controlCharactersLint } from "../../../src/validate/lints/control-characters.js";
import { lineOf, lintContext, profileText, subject, validateTexts, validProfile } from "../../helpers.js";

describe("control-characters", () => {
  it.each([["\u0000", "U+0000"], ["\u001b[31m", "U+001B"], ["\u202e", "U+202E"], ["\u0085", "U+0085"]])("reports %j hidden in a nested value as %s", (ch, code) => {
    const p = validProfile({ track_record: { references: [{ role: "CTO", organisation: `Acme${ch}Corp`, contactable: true }] } });
    expect(controlCharactersLint.check(subject(p), lintContext())).toEqual([expect.objectContaining({ pointer: "/track_record/references/0/organisation", message: `text contains the invisible control character ${code}` })]);
  });

  it("reports each line of the Markdown body that hides one, by its line in the body", () => {
    const body = "## About\n\nWe build \u202eAPIs\u202c.\nPlain line.\nBell \u0007 here.\n";
    expect(controlCharactersLint.check(subject(validProfile(), "example-python-works", body), lintContext())).toEqual([
      expect.objectContaining({ pointer: "", bodyLine: 3, severity: "error", message: "the Markdown body contains the invisible control character U+202E" }),
      expect.objectContaining({ pointer: "", bodyLine: 5, message: "the Markdown body contains the invisible control character U+0007" }),
    ]);
  });

  it("positions a body finding on its line of the file", () => {
    const text = profileText(validProfile(), "Intro.\n\nSneaky \u202e text.\n");
    const { diagnostics } = validateTexts({ "content/profiles/example-python-works.md": text });
    const found = diagnostics.filter((d) => d.rule === "control-characters");
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(lineOf(text, "Sneaky"));
  });

  it("accepts tabs, newlines and ordinary unicode", () => {
    expect(controlCharactersLint.check(subject(validProfile({ summary: "Zoë's team\tbuilds\nAPIs — 日本語 🐍 for logistics firms." })), lintContext())).toEqual([]);
  });
});
