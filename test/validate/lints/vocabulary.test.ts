import { describe, expect, it } from "vitest";
import { vocabularyLint } from "../../../src/validate/lints/vocabulary.js";
import { getSchema } from "../../../src/validate/ajv.js";
import { vocabularyBindings } from "../../../src/validate/vocabulary-bindings.js";
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
