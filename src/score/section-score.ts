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
import { sortWeighed, weighAll, type WeighedEvidence } from "./evidence-worth.js";
import { profileEvidenceItems, sectionEvidence, type SectionId } from "./facts.js";
import { clamp, formatNumber, quantise, round1, round2 } from "./numbers.js";
import { sectionPlan, type RulePlan, type SectionPlan } from "./rubric-plan.js";
import { CLAIMS_CAP_RULE, SIGNAL_MAX_RULE } from "./rule-ids.js";
import { counts, evaluateRule, type RuleOutcome, type SectionContext } from "./signal-rules.js";
import { fillTemplate } from "./templates.js";

export const SECTION_MAX = 10;

const NO_EVIDENCE: readonly WeighedEvidence[] = Object.freeze([]);

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
  /** The section's own evidence list, weighed, canonical order. */
  own: readonly WeighedEvidence[];
  /** Every evidence item of the profile, weighed, canonical order: only for a section with a scope: profile rule, else empty. */
  profileEvidence: readonly WeighedEvidence[];
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

/**
 * A section's score from its rules' backed and claimed points and the worth of its backed
 * evidence, each summed in order: the arithmetic of scorePlannedSection, for "what if"
 * scoring that has only these three sums.
 */
export function sectionScoreOf(backedSum: number, claimedSum: number, backedWorth: number, rubric: Rubric): number {
  const backed = quantise(backedSum);
  const limit = claimsLimit(quantise(backedWorth), rubric);
  return round1(Math.min(SECTION_MAX, quantise(backed + Math.min(quantise(claimedSum), limit))));
}

function listsItem(used: readonly WeighedEvidence[], item: unknown): boolean {
  for (const e of used) if (e.item === item) return true;
  return false;
}

/** The items the evidence rules count, each once (first seen), in canonical order: they unlock the claims cap. */
function usedEvidence(rules: readonly RulePlan[], ctx: SectionContext): WeighedEvidence[] {
  const used: WeighedEvidence[] = [];
  for (const r of rules) {
    for (const e of r.profileScope ? ctx.profileEvidence : ctx.evidence) if (counts(r, e) && !listsItem(used, e.item)) used.push(e);
  }
  // One rule's items come from one pool, already in canonical order; items of several rules are merged by sorting (stable).
  return rules.length > 1 ? sortWeighed(used) : used;
}

export function scoreSection(id: SectionId, section: Section, profile: Profile, rubric: Rubric, today: string, options: SectionOptions = {}): SectionScore {
  return scorePlannedSection(sectionPlan(id, section), profile, rubric, today, options);
}

/** scoreSection for a section already compiled (scoreCore has the rubric's plan at hand). */
export function scorePlannedSection(plan: SectionPlan, profile: Profile, rubric: Rubric, today: string, options: SectionOptions = {}): SectionScore {
  const { id, section } = plan;
  const explain = options.explain !== false;
  const own = weighAll(sectionEvidence(profile, id), rubric, today, options.weighed);
  const profileEvidence = plan.profileScope ? weighAll(profileEvidenceItems(profile), rubric, today, options.weighed) : NO_EVIDENCE;
  const context: SectionContext = { profile, section: id, evidence: own, profileEvidence, rubric, explain };
  const outcomes: RuleOutcome[] = [];
  let backedSum = 0;
  let claimedSum = 0;
  for (const rule of plan.rules) {
    const o = evaluateRule(rule, context);
    outcomes.push(o);
    backedSum += o.backed;
    claimedSum += o.claimed;
  }
  const evidence = usedEvidence(plan.evidenceRules, context);
  let worth = 0;
  for (const e of evidence) if (e.backed) worth += e.worth;
  const backedWorth = quantise(worth);
  const backed = quantise(backedSum);
  const claimed = quantise(claimedSum);
  const limit = claimsLimit(backedWorth, rubric);
  const claimedCounted = Math.min(claimed, limit);
  const total = quantise(backed + claimedCounted);
  const raw = Math.min(SECTION_MAX, total);
  const backedRaw = Math.min(SECTION_MAX, backed);
  return {
    id,
    label: section.label,
    weight: section.weight,
    raw,
    score: round1(raw),
    backedRaw,
    backed: round1(backedRaw),
    reasons: explain ? sectionReasons(outcomes, claimed, claimedCounted, limit, total, rubric) : [],
    outcomes,
    evidence,
    own,
    profileEvidence,
    backedWorth,
    claimed,
    claimedCounted,
    limit,
  };
}

function sectionReasons(outcomes: readonly RuleOutcome[], claimed: number, claimedCounted: number, limit: number, total: number, rubric: Rubric): Reason[] {
  const reasons: Reason[] = [];
  for (const o of outcomes) {
    if (!(o.backed + o.claimed > 0)) continue;
    const points = round2(o.backed + o.claimed);
    reasons.push(o.evidence ? { rule: o.rule.id, points, text: o.text, evidence: o.evidence } : { rule: o.rule.id, points, text: o.text });
  }
  if (claimedCounted < claimed) {
    reasons.push({
      rule: CLAIMS_CAP_RULE,
      points: -round2(claimed - claimedCounted),
      text: fillTemplate(rubric.claims_cap.text, { cap: formatNumber(limit, 1), claimed: formatNumber(claimed, 1) }),
    });
  }
  if (total > SECTION_MAX) {
    reasons.push({ rule: SIGNAL_MAX_RULE, points: -round2(total - SECTION_MAX), text: fillTemplate(rubric.signal_max.text, { total: formatNumber(total, 1) }) });
  }
  // A copy of exactly its length: pushing leaves spare room, which every scorecard would keep.
  return reasons.slice();
}
