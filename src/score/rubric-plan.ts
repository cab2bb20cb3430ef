/**
 * A rubric compiled once for scoring many profiles: each section's rules with their fact
 * paths, term and flag tables and suggestion order worked out in advance, and the delivery
 * weights in the order weightedDelivery adds them up. Scoring a profile, and trying its
 * improvement steps, then does no string building, sorting or look-ups by name per profile.
 *
 * Plans are cached per rubric (and per section) object, so a rubric must not be changed in
 * place once it has been used for scoring. The loaders never do; tests copy before changing.
 */
import type { Rubric, Rule, Section, Step } from "../generated/rubric.js";
import { kindBit } from "./evidence-worth.js";
import { evidencePath, factPath, type SectionId } from "./facts.js";
import { TRACK_RECORD } from "./rule-ids.js";

export type RuleType = Rule["type"];

/** A term or flag and the points it earns (objects, not [name, points] pairs: destructuring pairs in hot loops allocates). */
export interface Earner {
  name: string;
  points: number;
  /** How a reason names it: flags with spaces for underscores. */
  words: string;
}

export interface RulePlan {
  rule: Rule;
  type: RuleType;
  /** Position in the section's rules; a rule's outcome sits at the same index. */
  index: number;
  /** Index of the first rule that is this very object (what `outcomes.find(o => o.rule === rule)` finds). */
  outcomeIndex: number;
  fact: string;
  /** Where the rule reads, from the profile root (fact rules; evidence rules read evidence lists). */
  path: readonly string[];
  max: number;
  perItem: number;
  points: number;
  kinds: ReadonlySet<string> | undefined;
  /** The kindBit of each of `kinds`, or'ed; 0 when some kind has no bit (counts then looks in `kinds`). */
  kindMask: number;
  /** Evidence rule over every evidence item of the profile (scope: profile). */
  profileScope: boolean;
  /** Terms and flags with their points, in rubric order (the order reasons list them). */
  terms: readonly Earner[];
  /** Index in `terms` of each term name (the first, if a name were listed twice). */
  termIndex: ReadonlyMap<unknown, number>;
  flags: readonly Earner[];
  steps: readonly Step[];
  /** count: the fields a counted item must have, with their values. */
  where: ReadonlyArray<{ key: string; value: unknown }>;
  /** Terms and flags by most points first (rubric order among equals): an improvement suggests the first one missing. */
  termsBySuggestion: readonly string[];
  flagsBySuggestion: readonly string[];
  /** threshold: the lowest step, which an improvement suggests reaching. */
  firstStep: Step | undefined;
  /** evidence: the kind of item an improvement suggests adding. */
  suggestKind: string;
}

export interface SectionPlan {
  id: SectionId;
  section: Section;
  rules: readonly RulePlan[];
  evidenceRules: readonly RulePlan[];
  evidencePath: readonly string[];
  /** Some evidence rule counts evidence from the whole profile. */
  profileScope: boolean;
}

export interface WeightSlot {
  weight: number;
  /** Index in RubricPlan.sections of the section with this id, or -1. */
  section: number;
}

export interface RubricPlan {
  /** The six signals in rubric order (those present), then the track record: the order of CoreResult.sections. */
  sections: readonly SectionPlan[];
  /** The positive, finite weights in the order weightedDelivery adds them up. */
  weights: readonly WeightSlot[];
  totalWeight: number;
  /** False when two sections share an id (a signal called track_record): scores by id would be ambiguous. */
  distinctIds: boolean;
}

/** Weights of the six signals and the track record, keyed by section id. */
export function rubricWeights(rubric: Rubric): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const [id, section] of Object.entries(rubric.signals)) if (section) weights[id] = section.weight;
  weights[TRACK_RECORD] = rubric.track_record.weight;
  return weights;
}

function byPointsFirst(earners: readonly Earner[]): string[] {
  // Array.prototype.sort is stable: rubric order among equal points, as ruleCandidate always had.
  return [...earners].sort((a, b) => b.points - a.points).map((e) => e.name);
}

function earners(table: Readonly<Record<string, number | undefined>> | undefined, words: (name: string) => string): Earner[] {
  return Object.entries(table ?? {}).map(([name, points]) => ({ name, points: points ?? 0, words: words(name) }));
}

function indexByName(earners: readonly Earner[]): Map<unknown, number> {
  const index = new Map<unknown, number>();
  earners.forEach((e, i) => {
    if (!index.has(e.name)) index.set(e.name, i);
  });
  return index;
}

function kindMask(kinds: readonly string[] | undefined): number {
  let mask = 0;
  for (const kind of kinds ?? []) {
    const bit = kindBit(kind);
    if (bit === 0) return 0;
    mask |= bit;
  }
  return mask;
}

function compileRule(id: SectionId, rule: Rule, index: number, rules: readonly Rule[]): RulePlan {
  const fact = rule.fact ?? "";
  const terms = earners(rule.terms, (term) => term);
  const flags = earners(rule.flags, (flag) => flag.replace(/_/g, " "));
  const steps = rule.steps ?? [];
  return {
    rule,
    type: rule.type,
    index,
    outcomeIndex: rules.indexOf(rule),
    fact,
    path: rule.type === "evidence" ? [] : factPath(id, fact),
    max: rule.max ?? 0,
    perItem: rule.per_item ?? 0,
    points: rule.points ?? 0,
    kinds: rule.kinds ? new Set(rule.kinds) : undefined,
    kindMask: kindMask(rule.kinds),
    profileScope: rule.type === "evidence" && rule.scope === "profile",
    terms,
    termIndex: indexByName(terms),
    flags,
    steps,
    where: Object.entries(rule.where ?? {}).map(([key, value]) => ({ key, value })),
    termsBySuggestion: byPointsFirst(terms),
    flagsBySuggestion: byPointsFirst(flags),
    firstStep: [...steps].sort((a, b) => a.at_least - b.at_least)[0],
    suggestKind: rule.suggest_kind ?? rule.kinds?.[0] ?? "case-study",
  };
}

function compileSection(id: SectionId, section: Section): SectionPlan {
  const rules = section.rules.map((rule, i) => compileRule(id, rule, i, section.rules));
  return {
    id,
    section,
    rules,
    evidenceRules: rules.filter((r) => r.type === "evidence"),
    evidencePath: evidencePath(id),
    profileScope: rules.some((r) => r.profileScope),
  };
}

const sectionPlans = new WeakMap<Section, SectionPlan>();

/** The compiled section (cached per section object and id). */
export function sectionPlan(id: SectionId, section: Section): SectionPlan {
  let plan = sectionPlans.get(section);
  if (!plan || plan.id !== id) {
    plan = compileSection(id, section);
    sectionPlans.set(section, plan);
  }
  return plan;
}

function compileRubric(rubric: Rubric): RubricPlan {
  const sections: SectionPlan[] = [];
  for (const [id, section] of Object.entries(rubric.signals)) if (section) sections.push(sectionPlan(id, section));
  sections.push(sectionPlan(TRACK_RECORD, rubric.track_record));
  const ids = sections.map((s) => s.id);
  const weights: WeightSlot[] = [];
  let totalWeight = 0;
  for (const [id, weight] of Object.entries(rubricWeights(rubric))) {
    if (!(weight > 0) || !Number.isFinite(weight)) continue;
    // Scores by id: with distinct ids, the one section of that id.
    weights.push({ weight, section: ids.indexOf(id) });
    totalWeight += weight;
  }
  return { sections, weights, totalWeight, distinctIds: new Set(ids).size === ids.length };
}

const rubricPlans = new WeakMap<Rubric, RubricPlan>();

export function rubricPlan(rubric: Rubric): RubricPlan {
  let plan = rubricPlans.get(rubric);
  if (!plan) {
    plan = compileRubric(rubric);
    rubricPlans.set(rubric, plan);
  }
  return plan;
}

/**
 * weightedDelivery(scores, rubricWeights(rubric)) for section scores given by section index,
 * with the same arithmetic in the same order (see weighted-delivery.ts).
 */
export function deliveryOf(plan: RubricPlan, scores: ArrayLike<number>, max = 10): number {
  let weighted = 0;
  for (const slot of plan.weights) {
    const score = slot.section >= 0 ? scores[slot.section]! : undefined;
    const tenths = typeof score === "number" && Number.isFinite(score) ? Math.round(Math.min(max, Math.max(0, score)) * 10) : 0;
    weighted += slot.weight * tenths;
  }
  if (plan.totalWeight === 0) return 0;
  return Math.round((100 * weighted) / (max * plan.totalWeight)) / 10;
}
