/**
 * Warnings a scorecard carries for the buyer: they never change a score. Engagement
 * warnings (unknown currency, rate unit) come from the engagement scorer.
 */
import type { Profile } from "../generated/profile.js";
import type { Rubric } from "../generated/rubric.js";
import type { Warning } from "../generated/scorecard.js";
import { daysBetween } from "../util/dates.js";
import { warningRuleId, type WarningKey } from "./rule-ids.js";
import type { SectionScore } from "./section-score.js";
import { fillTemplate } from "./templates.js";

function warning(rubric: Rubric, key: WarningKey, values: Record<string, string> = {}): Warning {
  return { rule: warningRuleId(key), message: fillTemplate(rubric.warnings[key].text, values) };
}

export function profileWarnings(profile: Profile, sections: readonly SectionScore[], rubric: Rubric, today: string): Warning[] {
  const out: Warning[] = [];
  const stale = rubric.warnings["stale-profile"];
  if (typeof profile.last_reviewed === "string") {
    const days = daysBetween(profile.last_reviewed, today);
    if (Number.isFinite(days) && days > stale.after_days) out.push(warning(rubric, "stale-profile", { days: String(days), after_days: String(stale.after_days) }));
  }
  if (profile.disclosure?.paid_relationship === true) out.push(warning(rubric, "paid-relationship"));
  const claimsOnly = sections.filter((s) => s.score > 0 && s.backedWorth === 0);
  if (claimsOnly.length > 0) out.push(warning(rubric, "claims-only", { sections: claimsOnly.map((s) => `${s.label} (${s.score.toFixed(1)})`).join(", ") }));
  const horizon = rubric.evidence.decay.full_worth_months;
  const old = sections.filter((s) => s.evidence.length > 0 && s.evidence.every((e) => e.ageMonths > horizon));
  if (old.length > 0) out.push(warning(rubric, "old-evidence", { sections: old.map((s) => s.label).join(", "), months: String(horizon) }));
  return out;
}
