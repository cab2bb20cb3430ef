import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { controlCharactersLint } from "../../../src/validate/lints/control-characters.js";
import { readSource } from "../../../src/load/source-file.js";
import type { Profile } from "../../../src/generated/profile.js";
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

  it("finds what it finds without the reader's word that a file is plain text, however the text is written", () => {
    const special = fc.constantFrom("\u0000", "\u0007", "\t", "\r", "\u0085", "\u202e", "\u2066", "\ufeff", "😀", "—", "\\", "\\u202e", "\"", "'");
    const text = fc.array(fc.oneof(fc.string({ maxLength: 6 }), special), { maxLength: 6 }).map((parts) => parts.join(""));
    const tally = { plain: 0, found: 0, other: 0 };
    fc.assert(
      fc.property(text, text, text, fc.boolean(), (summary, city, body, quoted) => {
        const data = validProfile({ summary, headquarters: { country: "DE", city } });
        // Written by the yaml library (which escapes controls in double quotes) or by hand in single or double quotes.
        const file = quoted ? `---\nname: Example\nsummary: "${summary.replace(/"/g, "")}"\ncity: '${city.replace(/'/g, "''")}'\n---\n${body}` : profileText(data, body);
        const source = readSource("content/profiles/x.md", new TextEncoder().encode(file), { format: "frontmatter" });
        if (source.data === undefined) return;
        const told = controlCharactersLint.check({ ...subject(source.data as Profile, "x", source.body), plainText: source.plainText }, lintContext());
        const found = controlCharactersLint.check(subject(source.data as Profile, "x", source.body), lintContext());
        expect(told, JSON.stringify(file)).toEqual(found);
        tally[source.plainText ? "plain" : found.length > 0 ? "found" : "other"]++;
      }),
      { numRuns: 3000 },
    );
    // Both ways were taken, and escapes and raw characters were found.
    expect(tally.plain).toBeGreaterThan(100);
    expect(tally.found).toBeGreaterThan(100);
  });
});
