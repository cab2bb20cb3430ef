/**
 * Scores one section (a signal, or the track record) from its rubric rules:
 *
 *   backed  = points from sourced or verified evidence
 *   claimed = points from facts, statements and claimed evidence
 *   limit   = cap + (10 − cap) × min(1, worth of backed evidence / unlock_worth)
 *   score   = min(10, backed + min(claimed, limit))
 *
 * Adding evidence or raising its level never lowers backed, backed + claimed or the limit,
 * so it never lowers the score.
 */
import type { EvidenceItem, Profile } from "../generated/profile.js";
import type { Rubric, Section } from "../generated/rubric.js";
import type { Reason } from "../generated/scorecard.js";
import { evidenceEntries } from "../profile/evidence-entries.js";
import { compareWeighed, weighAll, type WeighedEvidence } from "./evidence-worth.js";
import { sectionEvidence, type SectionId } from "./facts.js";
import { clamp, formatNumber, quantise, round1, round2, sum } from "./numbers.js";
import { CLAIMS_CAP_RULE, SIGNAL_MAX_RULE } from "./rule-ids.js";
import { evaluateRule, evidenceInScope, type RuleOutcome } from "./signal-rules.js";
import { fillTemplate } from "./templates.js";

export const SECTION_MAX = 10;

export interface SectionScore {
  id: SectionId;
  label: string;
  weight: number;
  /** 0–10 before rounding. */
  raw: number;
  /** 0–10, one decimal. */
  score: number;
  /** Points resting on sourced or verified evidence, before rounding (≤ raw). */
  backedRaw: number;
  backed: number;
  reasons: Reason[];
  outcomes: RuleOutcome[];
  /** The evidence the section's evidence rules count (its own, plus profile-wide items for scope: profile), canonical order. */
  evidence: WeighedEvidence[];
  /** Total worth of the sourced and verified items in `evidence`. */
  backedWorth: number;
  /** Self-described points before and after the claims cap. */
  claimed: number;
  claimedCounted: number;
  limit: number;
}

export function claimsLimit(backedWorth: number, rubric: Rubric): number {
  const { cap, unlock_worth: unlock } = rubric.claims_cap;
  const unlocked = clamp(backedWorth / unlock, 0, 1);
  return quantise(cap + (SECTION_MAX - cap) * unlocked);
}

export interface SectionOptions {
  /** false: the numbers only, no reasons. The score is the same; for "what if" scoring. */
  explain?: boolean;
  /** Items already weighed (same rubric and today), reused across "what if" copies of one profile. */
  weighed?: Map<EvidenceItem, WeighedEvidence>;
}

export function scoreSection(id: SectionId, section: Section, profile: Profile, rubric: Rubric, today: string, options: SectionOptions = {}): SectionScore {
  const explain = options.explain !== false;
  const own = weighAll(sectionEvidence(profile, id), rubric, today, options.weighed);
  const profileEvidence = section.rules.some((r) => r.type === "evidence" && r.scope === "profile")
    ? weighAll(evidenceEntries(profile).map((e) => e.item), rubric, today, options.weighed)
    : [];
  const context = { profile, section: id, evidence: own, profileEvidence, rubric, explain };
  const outcomes = section.rules.map((rule) => evaluateRule(rule, context));
  // The items the evidence rules count, each once: they unlock the claims cap.
  const used = new Map<unknown, WeighedEvidence>();
  for (const rule of section.rules) if (rule.type === "evidence") for (const e of evidenceInScope(rule, context)) used.set(e.item, e);
  const evidence = [...used.values()].sort(compareWeighed);
  const backed = sum(outcomes.map((o) => o.backed));
  const claimed = sum(outcomes.map((o) => o.claimed));
  const backedWorth = sum(evidence.filter((e) => e.backed).map((e) => e.worth));
  const limit = claimsLimit(backedWorth, rubric);
  const claimedCounted = Math.min(claimed, limit);
  const total = quantise(backed + claimedCounted);
  const raw = Math.min(SECTION_MAX, total);
  const backedRaw = Math.min(SECTION_MAX, backed);

  const reasons: Reason[] = explain
    ? outcomes
        .filter((o) => o.backed + o.claimed > 0)
        .map((o) => ({ rule: o.rule.id, points: round2(o.backed + o.claimed), text: o.text, ...(o.evidence ? { evidence: o.evidence } : {}) }))
    : [];
  if (explain && claimedCounted < claimed) {
    reasons.push({
      rule: CLAIMS_CAP_RULE,
      points: -round2(claimed - claimedCounted),
      text: fillTemplate(rubric.claims_cap.text, { cap: formatNumber(limit, 1), claimed: formatNumber(claimed, 1) }),
    });
  }
  if (explain && total > SECTION_MAX) {
    reasons.push({ rule: SIGNAL_MAX_RULE, points: -round2(total - SECTION_MAX), text: fillTemplate(rubric.signal_max.text, { total: formatNumber(total, 1) }) });
  }
  return {
    id,
    label: section.label,
    weight: section.weight,
    raw,
    score: round1(raw),
    backedRaw,
    backed: round1(backedRaw),
    reasons,
    outcomes,
    evidence,
    backedWorth,
    claimed,
    claimedCounted,
    limit,
  };
}
