/**
 * One rubric rule applied to one section of a profile. Each rule type is a small,
 * non-decreasing function of the profile: more evidence, a higher evidence level, more
 * listed practices or a higher fact never earn fewer points. Points are split into
 * `backed` (from sourced or verified evidence) and `claimed` (everything the profile says
 * about itself), because the claims cap applies to the second part only.
 */
import type { Profile } from "../generated/profile.js";
import type { Rule, Rubric } from "../generated/rubric.js";
import type { EvidenceUsed } from "../generated/scorecard.js";
import type { WeighedEvidence } from "./evidence-worth.js";
import { factValue, isGiven, isRecord, type SectionId } from "./facts.js";
import { formatNumber, quantise, round2, sum } from "./numbers.js";
import { fillTemplate } from "./templates.js";

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
  text: string;
  evidence?: EvidenceUsed[];
}

const LEVEL_ORDER = ["verified", "sourced", "claimed"] as const;

export function evidenceUse(e: WeighedEvidence): EvidenceUsed {
  return {
    title: e.item.title,
    ...(e.item.url !== undefined ? { url: e.item.url } : {}),
    level: e.item.level,
    date: e.item.date,
    worth: round2(e.worth),
  };
}

/** "1 verified and 2 sourced items (worth 2.10)" */
export function describeItems(items: readonly WeighedEvidence[]): string {
  const parts = LEVEL_ORDER.flatMap((level) => {
    const n = items.filter((e) => e.item.level === level).length;
    return n > 0 ? [`${n} ${level}`] : [];
  });
  const joined = parts.length <= 1 ? (parts[0] ?? "no") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  const worth = sum(items.map((e) => e.worth));
  return `${joined} item${items.length === 1 ? "" : "s"} (worth ${worth.toFixed(2)})`;
}

/** Texts and evidence lists are made only when the context asks for explanations. */
function outcome(ctx: SectionContext, rule: Rule, backed: number, claimed: number, values: () => Record<string, string>, evidence?: () => EvidenceUsed[] | undefined): RuleOutcome {
  if (ctx.explain === false) return { rule, backed: quantise(backed), claimed: quantise(claimed), text: "" };
  const used = evidence?.();
  return { rule, backed: quantise(backed), claimed: quantise(claimed), text: fillTemplate(rule.text, values()), ...(used ? { evidence: used } : {}) };
}

/** The items an evidence rule counts: its scope (section or profile), filtered by kind. */
export function evidenceInScope(rule: Rule, ctx: Pick<SectionContext, "evidence" | "profileEvidence">): WeighedEvidence[] {
  const kinds = rule.kinds ? new Set(rule.kinds) : undefined;
  const pool = rule.scope === "profile" ? ctx.profileEvidence : ctx.evidence;
  return pool.filter((e) => !kinds || kinds.has(e.item.kind));
}

function evidenceRule(rule: Rule, ctx: SectionContext): RuleOutcome {
  const max = rule.max ?? 0;
  const perItem = rule.per_item ?? 0;
  const items = evidenceInScope(rule, ctx);
  const backedSum = sum(items.filter((e) => e.backed).map((e) => perItem * e.worth));
  const claimedSum = sum(items.filter((e) => !e.backed).map((e) => perItem * e.worth));
  // Backed items fill the rule first; claimed items only fill the room that is left.
  const backed = Math.min(max, backedSum);
  const claimed = Math.min(quantise(max - backed), claimedSum);
  const values = () => ({
    items: describeItems(items),
    count: String(items.length),
    worth: sum(items.map((e) => e.worth)).toFixed(2),
    max: formatNumber(max),
  });
  return outcome(ctx, rule, backed, claimed, values, () => (items.length > 0 ? items.map(evidenceUse) : undefined));
}

function termsRule(rule: Rule, ctx: SectionContext): RuleOutcome {
  const value = factValue(ctx.profile, ctx.section, rule.fact ?? "");
  const listed = new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
  // Rubric order, so that the order a profile lists its terms in changes nothing.
  const matched = Object.entries(rule.terms ?? {}).filter(([term]) => listed.has(term));
  const points = Math.min(rule.max ?? 0, sum(matched.map(([, p]) => p ?? 0)));
  return outcome(ctx, rule, 0, points, () => ({ terms: matched.map(([t]) => t).join(", "), count: String(matched.length), max: formatNumber(rule.max ?? 0) }));
}

function flagsRule(rule: Rule, ctx: SectionContext): RuleOutcome {
  const value = factValue(ctx.profile, ctx.section, rule.fact ?? "");
  const object = isRecord(value) ? value : {};
  const matched = Object.entries(rule.flags ?? {}).filter(([flag]) => object[flag] === true);
  const points = Math.min(rule.max ?? 0, sum(matched.map(([, p]) => p ?? 0)));
  return outcome(ctx, rule, 0, points, () => ({ flags: matched.map(([f]) => f.replace(/_/g, " ")).join(", "), count: String(matched.length), max: formatNumber(rule.max ?? 0) }));
}

function thresholdRule(rule: Rule, ctx: SectionContext): RuleOutcome {
  const value = factValue(ctx.profile, ctx.section, rule.fact ?? "");
  const reached = typeof value === "number" && Number.isFinite(value) ? (rule.steps ?? []).filter((s) => value >= s.at_least) : [];
  // The best step reached (not the last one listed), so the rule stays monotone whatever the order.
  const best = reached.reduce<(typeof reached)[number] | undefined>((a, s) => (!a || s.points > a.points || (s.points === a.points && s.at_least > a.at_least) ? s : a), undefined);
  const v = typeof value === "number" ? value : 0;
  return outcome(ctx, rule, 0, best?.points ?? 0, () => ({ value: formatNumber(v), percent: `${formatNumber(v * 100, 0)}%`, step: formatNumber(best?.at_least ?? 0) }));
}

function presentRule(rule: Rule, ctx: SectionContext): RuleOutcome {
  const value = factValue(ctx.profile, ctx.section, rule.fact ?? "");
  return outcome(ctx, rule, 0, isGiven(value) ? (rule.points ?? 0) : 0, () => ({}));
}

function countRule(rule: Rule, ctx: SectionContext): RuleOutcome {
  const value = factValue(ctx.profile, ctx.section, rule.fact ?? "");
  const where = Object.entries(rule.where ?? {});
  const count = (Array.isArray(value) ? value : []).filter((item) => isRecord(item) && where.every(([k, v]) => item[k] === v)).length;
  const points = Math.min(rule.max ?? 0, quantise((rule.per_item ?? 0) * count));
  return outcome(ctx, rule, 0, points, () => ({ count: String(count), max: formatNumber(rule.max ?? 0) }));
}

const EVALUATORS: Record<Rule["type"], (rule: Rule, ctx: SectionContext) => RuleOutcome> = {
  evidence: evidenceRule,
  terms: termsRule,
  flags: flagsRule,
  threshold: thresholdRule,
  present: presentRule,
  count: countRule,
};

export function evaluateRule(rule: Rule, ctx: SectionContext): RuleOutcome {
  return EVALUATORS[rule.type](rule, ctx);
}
