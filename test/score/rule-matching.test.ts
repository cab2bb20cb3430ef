import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EvidenceItem } from "../../src/generated/profile.js";
import type { Rule, Section } from "../../src/generated/rubric.js";
import { kindBit, weigh } from "../../src/score/evidence-worth.js";
import { sectionPlan } from "../../src/score/rubric-plan.js";
import { counts, evaluateRule, factPoints } from "../../src/score/signal-rules.js";
import { quantise } from "../../src/score/numbers.js";
import { referenceData, TODAY } from "../helpers.js";

/** More kinds than there are bits, so that some rules and items go without. */
const KINDS = Array.from({ length: 40 }, (_, i) => `kind-${i}`);

function evidenceRule(kinds: string[] | undefined, n: number): Rule {
  return { id: `s.rule-${n}`, type: "evidence", per_item: 1, max: 5, text: "{items}", ...(kinds ? { kinds } : {}) } as Rule;
}

describe("which items an evidence rule counts", () => {
  it("are those whose kind the rule lists, whether or not the kinds have bits", () => {
    const { rubric } = referenceData();
    let n = 0;
    fc.assert(
      fc.property(fc.option(fc.subarray(KINDS), { nil: undefined }), fc.oneof(fc.constantFrom(...KINDS), fc.constant("unlisted")), (kinds, kind) => {
        const section = { label: "S", weight: 1, rules: [evidenceRule(kinds, n++)] } as unknown as Section;
        const rule = sectionPlan(`s${n}`, section).rules[0]!;
        const item: EvidenceItem = { kind, title: "t", date: "2026-01-01", level: "sourced", url: "https://x.example/" };
        expect(counts(rule, weigh(item, rubric, TODAY)), `${kind} in ${JSON.stringify(kinds)}`).toBe(!kinds || kinds.includes(kind));
      }),
      { numRuns: 3000 },
    );
    // By now every kind has been asked about: the first 31 have bits, the others none.
    expect(KINDS.filter((k) => kindBit(k) === 0).length).toBeGreaterThan(0);
    expect(new Set(KINDS.map(kindBit).filter((b) => b !== 0)).size).toBe(KINDS.filter((k) => kindBit(k) !== 0).length);
  });
});

describe("what a terms rule earns", () => {
  it("is the points of the terms the list holds, added in the rubric's order, however many terms the rule has", () => {
    const points = fc.constantFrom(0.25, 0.5, 0.75, 1, 0.1, 0.2, 0.3);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.constantFrom(...KINDS, "x", "y"), points), { selector: ([name]) => name, maxLength: 40 }), fc.array(fc.oneof(fc.constantFrom(...KINDS, "x", "z"), fc.constant(1 as unknown as string)), { maxLength: 12 }), (terms, list) => {
        const rule = { id: "s.terms", type: "terms", fact: "practices", max: 100, terms: Object.fromEntries(terms), text: "{terms} ({count})" } as unknown as Rule;
        const plan = sectionPlan("s", { label: "S", weight: 1, rules: [rule] } as unknown as Section).rules[0]!;
        let total = 0;
        const words: string[] = [];
        for (const [name, p] of terms) if (list.includes(name)) (total += p), words.push(name);
        expect(factPoints(plan, list)).toBe(quantise(Math.min(100, quantise(total))));
        const { rubric } = referenceData();
        const outcome = evaluateRule(plan, { profile: { signals: { s: { practices: list } } } as never, section: "s", evidence: [], profileEvidence: [], rubric });
        expect(outcome.text).toBe(outcome.claimed > 0 ? `${words.join(", ")} (${words.length})` : "");
      }),
      { numRuns: 2000 },
    );
  });
});
