/**
 * One rubric rule applied to one section of a profile. Each rule type is a small,
 * non-decreasing function of the profile: more evidence, a higher evidence level, more
 * listed practices or a higher fact never earn fewer points. Points are split into
 * `backed` (from sourced or verified evidence) and `claimed` (everything the profile says
 * about itself), because the claims cap applies to the second part only.
 *
 * The points of a fact rule are a function of the one value at its fact path (factPoints),
 * so that "what if" scoring can try a changed value without copying the profile; the texts
 * are made only when the context asks for explanations.
 */
import type { Profile } from "../generated/profile.js";
import type { Rule, Rubric, Step } from "../generated/rubric.js";
import type { EvidenceUsed } from "../generated/scorecard.js";
import type { WeighedEvidence } from "./evidence-worth.js";
import { isGiven, isRecord, valueAt, type SectionId } from "./facts.js";
import { formatNumber, quantise, round2 } from "./numbers.js";
import type { RulePlan } from "./rubric-plan.js";
import { fillTemplate, type TemplateValues } from "./templates.js";

export interface SectionContext {
  profile: Profile;
  section: SectionId;
  /** The section's evidence, weighed and in canonical order. */
  evidence: readonly WeighedEvidence[];
  /** Every evidence item of the profile, weighed and in canonical order (for scope: profile). */
  profileEvidence: readonly WeighedEvidence[];
  rubric: Rubric;
  /** false: points only, no texts or evidence lists (for "what if" scoring). Default true. */
  explain?: boolean;
}

export interface RuleOutcome {
  rule: Rule;
  backed: number;
  claimed: number;
  /** The reason's text: made only when explaining, for a rule that earns points ("" otherwise). */
  text: string;
  evidence?: EvidenceUsed[];
  /** Fact rules: the value the rule read at its fact path (improvements start from it). */
  value?: unknown;
}

/** The item as a reason lists it (a url only when it has one; key order as published). */
export function evidenceUse(e: WeighedEvidence): EvidenceUsed {
  const { title, url, level, date } = e.item;
  const worth = round2(e.worth);
  return url !== undefined ? { title, url, level, date, worth } : { title, level, date, worth };
}

/** "1 verified and 2 sourced items (worth 2.10)", from the counts by level and the summed worth. */
function describeCounts(verified: number, sourced: number, claimed: number, items: number, worth: number): string {
  const parts: string[] = [];
  if (verified > 0) parts.push(`${verified} verified`);
  if (sourced > 0) parts.push(`${sourced} sourced`);
  if (claimed > 0) parts.push(`${claimed} claimed`);
  const joined = parts.length <= 1 ? (parts[0] ?? "no") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `${joined} item${items === 1 ? "" : "s"} (worth ${worth.toFixed(2)})`;
}

/** True when an evidence rule counts this item (its kind filter; the pool decides the scope). */
export function counts(r: RulePlan, e: WeighedEvidence): boolean {
  if (!r.kinds) return true;
  // Both bits known: the mask answers (see kindBit); else the set does.
  return e.kindBit !== 0 && r.kindMask !== 0 ? (r.kindMask & e.kindBit) !== 0 : r.kinds.has(e.item.kind);
}

/**
 * An evidence rule's points from the sums, in canonical order, of per_item × worth over its
 * backed and its claimed items. Backed items fill the rule first; claimed items only fill
 * the room that is left.
 */
export function evidenceBackedPoints(r: RulePlan, backedSum: number): number {
  return quantise(Math.min(r.max, quantise(backedSum)));
}

export function evidenceClaimedPoints(r: RulePlan, backedSum: number, claimedSum: number): number {
  const backed = Math.min(r.max, quantise(backedSum));
  return quantise(Math.min(quantise(r.max - backed), quantise(claimedSum)));
}

/**
 * Which of the rule's terms the list holds: bit i for r.terms[i] (value.includes(name) for
 * each term, from one look-up per listed item), or -1 when the rule has more terms than bits.
 */
function listedTerms(r: RulePlan, value: unknown): number {
  if (!Array.isArray(value)) return 0;
  if (r.terms.length > 31) return -1;
  let listed = 0;
  for (let i = 0; i < value.length; i++) {
    const at = r.termIndex.get(value[i]);
    if (at !== undefined) listed |= 1 << at;
  }
  return listed;
}

function isListed(listed: number, value: unknown, r: RulePlan, i: number): boolean {
  return listed === -1 ? (value as unknown[]).includes(r.terms[i]!.name) : (listed & (1 << i)) !== 0;
}

function termsSum(r: RulePlan, value: unknown): number {
  const listed = listedTerms(r, value);
  let total = 0;
  // Summed in the rubric's order, whatever the order of the list.
  for (let i = 0; i < r.terms.length; i++) if (isListed(listed, value, r, i)) total += r.terms[i]!.points;
  return quantise(total);
}

function flagsSum(r: RulePlan, value: unknown): number {
  const object = isRecord(value) ? value : {};
  let total = 0;
  for (const flag of r.flags) if (object[flag.name] === true) total += flag.points;
  return quantise(total);
}

/** The best step reached (not the last one listed), so the rule stays monotone whatever the order. */
function bestStep(r: RulePlan, value: unknown): Step | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  let best: Step | undefined;
  for (const s of r.steps) {
    if (!(value >= s.at_least)) continue;
    if (!best || s.points > best.points || (s.points === best.points && s.at_least > best.at_least)) best = s;
  }
  return best;
}

function countMatching(r: RulePlan, value: unknown): number {
  if (!Array.isArray(value)) return 0;
  let count = 0;
  for (const item of value) {
    if (!isRecord(item)) continue;
    let all = true;
    for (const { key, value: required } of r.where) if (item[key] !== required) all = false;
    if (all) count++;
  }
  return count;
}

/** The (claimed, quantised) points of a fact rule whose fact has this value. */
export function factPoints(r: RulePlan, value: unknown): number {
  switch (r.type) {
    case "terms":
      return quantise(Math.min(r.max, termsSum(r, value)));
    case "flags":
      return quantise(Math.min(r.max, flagsSum(r, value)));
    case "threshold":
      return quantise(bestStep(r, value)?.points ?? 0);
    case "present":
      return quantise(isGiven(value) ? r.points : 0);
    case "count":
      return quantise(Math.min(r.max, quantise(r.perItem * countMatching(r, value))));
    case "evidence":
      throw new Error(`factPoints: ${r.rule.id} is an evidence rule`);
  }
}

/** The reason's placeholders for a fact rule (only made when explaining). */
function factValues(r: RulePlan, value: unknown): TemplateValues {
  switch (r.type) {
    case "terms": {
      const matched: string[] = [];
      const listed = listedTerms(r, value);
      for (let i = 0; i < r.terms.length; i++) if (isListed(listed, value, r, i)) matched.push(r.terms[i]!.words);
      return { terms: matched.join(", "), count: String(matched.length), max: formatNumber(r.max) };
    }
    case "flags": {
      const object = isRecord(value) ? value : {};
      const matched: string[] = [];
      for (const flag of r.flags) if (object[flag.name] === true) matched.push(flag.words);
      return { flags: matched.join(", "), count: String(matched.length), max: formatNumber(r.max) };
    }
    case "threshold": {
      const v = typeof value === "number" ? value : 0;
      return { value: formatNumber(v), percent: `${formatNumber(v * 100, 0)}%`, step: formatNumber(bestStep(r, value)?.at_least ?? 0) };
    }
    case "count":
      return { count: String(countMatching(r, value)), max: formatNumber(r.max) };
    default:
      return {};
  }
}

/** The reason's text and evidence list for an evidence rule's items (only made for a rule that earns points). */
function explainEvidence(r: RulePlan, pool: readonly WeighedEvidence[]): { text: string; evidence: EvidenceUsed[] | undefined } {
  const used: EvidenceUsed[] = [];
  let verified = 0;
  let sourced = 0;
  let claimed = 0;
  let worth = 0;
  for (const e of pool) {
    if (!counts(r, e)) continue;
    const level = e.item.level;
    if (level === "verified") verified++;
    else if (level === "sourced") sourced++;
    else if (level === "claimed") claimed++;
    worth += e.worth;
    used.push(evidenceUse(e));
  }
  const total = quantise(worth);
  const values = { items: describeCounts(verified, sourced, claimed, used.length, total), count: String(used.length), worth: total.toFixed(2), max: formatNumber(r.max) };
  // A copy of exactly its length: pushing leaves spare room, which every scorecard would keep.
  return { text: fillTemplate(r.rule.text, values), evidence: used.length > 0 ? used.slice() : undefined };
}

function evidenceOutcome(r: RulePlan, ctx: SectionContext): RuleOutcome {
  const pool = r.profileScope ? ctx.profileEvidence : ctx.evidence;
  let backedSum = 0;
  let claimedSum = 0;
  for (const e of pool) {
    if (!counts(r, e)) continue;
    if (e.backed) backedSum += r.perItem * e.worth;
    else claimedSum += r.perItem * e.worth;
  }
  const backed = evidenceBackedPoints(r, backedSum);
  const claimed = evidenceClaimedPoints(r, backedSum, claimedSum);
  if (!explains(ctx, backed + claimed)) return { rule: r.rule, backed, claimed, text: "" };
  const { text, evidence } = explainEvidence(r, pool);
  return evidence ? { rule: r.rule, backed, claimed, text, evidence } : { rule: r.rule, backed, claimed, text };
}

/**
 * Whether an outcome gets its text (and evidence list): only when explaining, and only for
 * a rule that earns points, as only those become reasons (sectionReasons).
 */
function explains(ctx: SectionContext, points: number): boolean {
  return ctx.explain !== false && points > 0;
}

/** A compiled rule applied to a section; texts and evidence lists only when explaining. */
export function evaluateRule(r: RulePlan, ctx: SectionContext): RuleOutcome {
  if (r.type === "evidence") return evidenceOutcome(r, ctx);
  const value = valueAt(ctx.profile, r.path);
  const claimed = factPoints(r, value);
  const text = explains(ctx, claimed) ? fillTemplate(r.rule.text, factValues(r, value)) : "";
  return { rule: r.rule, backed: 0, claimed, text, value };
}
