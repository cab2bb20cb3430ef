/**
 * Every rule in the rubric must earn its place: it fires (as a reason, a warning or an
 * improvement step) for at least one sample profile, or it is listed here with the reason
 * it cannot, and a unit test elsewhere shows it firing.
 */
import { describe, expect, it } from "vitest";
import type { Rubric } from "../../src/generated/rubric.js";
import { rubricRuleIds, score } from "../../src/score/index.js";
import { market, rubric, sampleProfiles, TODAY } from "./setup.js";

/** Rules that valid sample profiles cannot trigger, with why (and where they are tested). */
export const UNUSED_RULES: Record<string, string> = {
  "warning.unknown-currency": "validation refuses a currency missing from the table, so only invalid profiles reach it (score.test.ts covers it)",
  "warning.rate-unit-mismatch": "the rate-period lint refuses a rate in the wrong unit (score.test.ts covers it)",
};

function firedRules(r: Rubric): Set<string> {
  const fired = new Set<string>();
  for (const profile of sampleProfiles()) {
    const card = score(profile, r, market(), TODAY);
    for (const section of [...card.signals, card.delivery.track_record]) for (const reason of section.reasons) fired.add(reason.rule);
    for (const e of card.engagement) for (const reason of e.reasons) fired.add(reason.rule);
    for (const w of card.warnings) fired.add(w.rule);
    for (const i of card.improvements) fired.add(i.rule);
  }
  return fired;
}

describe("the rubric", () => {
  // Every step the rubric can suggest, not only the five a scorecard shows.
  const all = { ...rubric(), improvements: { ...rubric().improvements, max: 1000 } };
  const fired = firedRules(all);

  it("has every rule fire for at least one sample profile, or listed as unused with a reason", () => {
    const silent = rubricRuleIds(rubric()).filter((id) => !fired.has(id) && !(id in UNUSED_RULES));
    expect(silent).toEqual([]);
  });

  it("lists as unused only rules that exist and really do not fire", () => {
    const ids = rubricRuleIds(rubric());
    for (const id of Object.keys(UNUSED_RULES)) {
      expect(ids, id).toContain(id);
      expect(fired.has(id), id).toBe(false);
    }
  });

  it("cites no rule id in any scorecard that the rubric does not define", () => {
    const ids = new Set(rubricRuleIds(rubric()));
    expect([...fired].filter((id) => !ids.has(id))).toEqual([]);
  });
});
