import { describe, expect, it } from "vitest";
import { controlCharactersLint } from "../../../src/validate/lints/control-characters.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("control-characters", () => {
  it.each([["\u0000", "U+0000"], ["\u001b[31m", "U+001B"], ["\u202e", "U+202E"], ["\u0085", "U+0085"]])("reports %j hidden in a nested value as %s", (ch, code) => {
    const p = validProfile({ track_record: { references: [{ role: "CTO", organisation: `Acme${ch}Corp`, contactable: true }] } });
    expect(controlCharactersLint.check(subject(p), lintContext())).toEqual([expect.objectContaining({ pointer: "/track_record/references/0/organisation", message: `text contains the invisible control character ${code}` })]);
  });

  it("accepts tabs, newlines and ordinary unicode", () => {
    expect(controlCharactersLint.check(subject(validProfile({ summary: "Zoë's team\tbuilds\nAPIs — 日本語 🐍 for logistics firms." })), lintContext())).toEqual([]);
  });
});
