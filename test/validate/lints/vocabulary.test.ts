import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vocabularyLint } from "../../../src/validate/lints/vocabulary.js";
import { getSchema } from "../../../src/validate/ajv.js";
import { valuesAt, vocabularyBindings } from "../../../src/validate/vocabulary-bindings.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("known-vocabulary", () => {
  it("accepts terms that exist", () => {
    expect(vocabularyLint.check(subject(validProfile()), lintContext())).toEqual([]);
  });

  it("suggests the closest term for a typo in a list", () => {
    const [finding] = vocabularyLint.check(subject(validProfile({ services: ["web-api", "data-pipeline"] })), lintContext());
    expect(finding).toMatchObject({ pointer: "/services/1", message: "`data-pipeline` is not in the services vocabulary", hint: "did you mean `data-pipelines` (Data pipelines)?" });
  });

  it("checks nested fields: evidence kinds, practices, currencies and countries", () => {
    const p = validProfile({
      headquarters: { country: "XX" },
      engagement_models: [{ model: "dedicated", rate: { currency: "EUX", min: 1, max: 2, per: "month" } }],
      signals: { modern_python: { practices: ["typehints"], evidence: [{ kind: "blogpost", title: "Typing at scale", date: "2026-01-01", level: "claimed" }] } },
    });
    const pointers = vocabularyLint.check(subject(p), lintContext()).map((f) => [f.pointer, f.hint]);
    expect(pointers).toEqual([
      ["/headquarters/country", expect.any(String)],
      ["/engagement_models/0/rate/currency", "did you mean `EUR` (Euro)?"],
      ["/signals/modern_python/practices/0", "did you mean `type-hints` (Type hints throughout)?"],
      ["/signals/modern_python/evidence/0/kind", expect.any(String)],
    ]);
  });

  it("finds every vocabulary-bound field from the schema's x-vocabulary annotations", () => {
    const bound = vocabularyBindings(getSchema("profile.schema.json")).map((b) => `${b.path.join("/")}=${b.vocabulary}`);
    expect(bound).toEqual(expect.arrayContaining(["services/*=services", "stack/*=stack", "engagement_models/*/rate/currency=currencies", "signals/testing/evidence/*/kind=evidence_kinds", "track_record/evidence/*/kind=evidence_kinds", "headquarters/country=countries"]));
    const vocabularies = new Set(vocabularyBindings(getSchema("profile.schema.json")).map((b) => b.vocabulary));
    for (const name of vocabularies) expect(lintContext().tables.has(name), name).toBe(true);
  });
});

describe("known-vocabulary on a flood of unknown terms", () => {
  it("lists the first 25 and sums up the rest in one message", () => {
    const findings = vocabularyLint.check(subject(validProfile({ industries: Array.from({ length: 40 }, (_, i) => `made-up-${i}`) })), lintContext());
    expect(findings).toHaveLength(26);
    expect(findings[25]).toMatchObject({ message: "15 more unknown vocabulary terms not listed" });
  });
});

describe("known-vocabulary walks the bindings as valuesAt() lists them", () => {
  /** The lint as it was written first: valuesAt() for each binding in turn. */
  function reference(data: unknown): Array<[string, string]> {
    const { tables } = lintContext();
    const out: Array<[string, string]> = [];
    for (const binding of vocabularyBindings(getSchema("profile.schema.json"))) {
      const table = tables.get(binding.vocabulary);
      if (!table) continue;
      for (const { pointer, value } of valuesAt(data, binding.path)) if (typeof value === "string" && !table.has(value)) out.push([pointer, value]);
    }
    return out;
  }

  it("reports the same terms at the same pointers in the same order", () => {
    const term = fc.oneof(fc.constantFrom("django", "web-api", "fintech", "EUR", "DE", "case-study", "tdd", "rag"), fc.constantFrom("djang", "xx", "EUX", "", "Not a term"), fc.integer(), fc.constant(null));
    const terms = fc.oneof(fc.array(term, { maxLength: 4 }), term);
    const evidence = fc.array(fc.record({ kind: term, title: fc.constant("t") }), { maxLength: 3 });
    const profile = fc.record({
      services: terms,
      stack: terms,
      industries: terms,
      headquarters: fc.oneof(fc.record({ country: term }), term),
      engagement_models: fc.array(fc.record({ rate: fc.oneof(fc.record({ currency: term }), term) }), { maxLength: 3 }),
      signals: fc.record({ testing: fc.record({ frameworks: terms, practices: terms, evidence }), modern_python: fc.record({ practices: terms, evidence }) }),
      track_record: fc.record({ evidence }),
    });
    fc.assert(
      fc.property(profile, (data) => {
        const findings = vocabularyLint.check(subject(data as never), lintContext());
        const expected = reference(data).slice(0, 25);
        expect(findings.filter((f) => f.pointer !== "" || !f.message.includes("more unknown")).map((f) => f.pointer)).toEqual(expected.map(([p]) => p));
      }),
      { numRuns: 1000 },
    );
  });
});
