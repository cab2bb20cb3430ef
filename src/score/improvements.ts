/**
 * "What would raise the score": every step the rubric suggests (a rule's `improve` text,
 * linking a source for a claimed item, having a sourced item verified) is tried on the
 * profile and scored; the steps that add most to the delivery score are listed with their
 * exact gain. Nothing here is hand-written per profile.
 *
 * Three ways to score a step give the same numbers (the golden and property tests hold
 * them to it):
 *  - "delta" (the default) works the gain out from the scored sections, evaluating again
 *    only the rules that read what the step changes (improvement-deltas.ts); a step it
 *    cannot take that way is scored as with "affected";
 *  - "affected" scores again, on a copy of the profile that shares every untouched part
 *    with it, the sections that read at the path the step writes at: a fact path that is a
 *    prefix of it or lies under it, the section's own evidence, or any evidence for a
 *    section with a profile-wide evidence rule;
 *  - "all", the slow reference, scores a deep copy of the whole modified profile.
 */
import type { EvidenceItem, Profile } from "../generated/profile.js";
import type { Rubric, Section } from "../generated/rubric.js";
import type { Improvement } from "../generated/scorecard.js";
import { rubricWeights, scoreCore, type CoreResult, type ScoreInput } from "./core.js";
import { weigh, weighAged, type WeighedEvidence } from "./evidence-worth.js";
import { evidencePath, isGiven, isRecord, setAt, valueAt, type SectionId } from "./facts.js";
import { deltaState, evidenceGain, factGain, overlaps, touchesEvidence, type DeltaState } from "./improvement-deltas.js";
import type { MarketContext } from "./market-context.js";
import { formatNumber, round1 } from "./numbers.js";
import { sectionPlan, rubricPlan, type RulePlan, type SectionPlan } from "./rubric-plan.js";
import { SOURCE_CLAIM_RULE, TRACK_RECORD, VERIFY_RULE } from "./rule-ids.js";
import { scoreSection, type SectionScore } from "./section-score.js";
import { fillTemplate } from "./templates.js";
import { weightedDelivery } from "./weighted-delivery.js";

type Draft = Record<string, unknown>;

/** What a step does to the profile. */
type Change =
  /** Append `value` to the list at `path` (a new list if there is none). */
  | "append"
  /** Set `value` at `path`. */
  | "set"
  /** Add an imagined sourced item of kind `value` to the evidence list at `path`. */
  | "add-evidence"
  /** Raise the item `raised`, at `index` of the evidence list at `path`, to level `value`. */
  | "raise";

/** One step, as data: made for every profile, so no closures and no strings beyond the shared ones. */
interface Candidate {
  signal: SectionId;
  rule: string;
  /** Index of the section in CoreResult.sections. */
  section: number;
  change: Change;
  /** Where in the profile the step writes (the evidence list, for a raise). */
  path: readonly string[];
  value: unknown;
  /** append: the list there now (what the value is appended to, if it is a list). */
  current: unknown;
  /** raise: the item, weighed, at `index` of the list. */
  index: number;
  raised: WeighedEvidence | undefined;
  /** The wording: a template, and the placeholder it fills besides {section}, with `detail` (see candidateText). */
  template: string;
  says: Says;
  detail: string;
}

/** The placeholder a step's wording fills besides {section}: what the rubric allows for its rule type. */
type Says = "kind" | "term" | "flag" | "step" | "section" | "title";

/** The evidence item a suggestion imagines: sourced, dated today. */
function imaginedItem(kind: string, today: string): EvidenceItem {
  return { kind, title: "Imagined item for the improvement estimate", url: "https://imagined.invalid/", date: today, level: "sourced" };
}

const IMAGINED_STATEMENT = "Imagined statement for the improvement estimate.";
const IMAGINED_URL = "https://imagined.invalid/";

/** The strings a rule's steps are told apart by, made once per rule (and term or flag). */
interface RuleKeys {
  key: string;
  byDetail: Map<string, { key: string; path: readonly string[] }>;
}

const ruleKeys = new WeakMap<RulePlan, RuleKeys>();

function keysOf(r: RulePlan, section: SectionId): RuleKeys {
  let keys = ruleKeys.get(r);
  if (!keys) {
    const key = r.type === "evidence" ? `evidence:${section}:${r.suggestKind}` : r.type === "count" ? `count:${section}:${r.fact}` : `fact:${section}:${r.fact}`;
    keys = { key, byDetail: new Map() };
    ruleKeys.set(r, keys);
  }
  return keys;
}

/** Key and path of the step that lists `term` or sets `flag`: two rules suggesting the same change are one step. */
function detailKey(r: RulePlan, section: SectionId, detail: string): { key: string; path: readonly string[] } {
  const keys = keysOf(r, section);
  let entry = keys.byDetail.get(detail);
  if (!entry) {
    entry = r.type === "flags" ? { key: `flag:${section}:${r.fact}:${detail}`, path: Object.freeze([...r.path, detail]) } : { key: `term:${section}:${r.fact}:${detail}`, path: r.path };
    keys.byDetail.set(detail, entry);
  }
  return entry;
}

function firstMissingTerm(r: RulePlan, current: unknown): string | undefined {
  for (const term of r.termsBySuggestion) if (!(Array.isArray(current) && current.includes(term))) return term;
  return undefined;
}

function firstMissingFlag(r: RulePlan, current: unknown): string | undefined {
  const object = isRecord(current) ? current : {};
  for (const flag of r.flagsBySuggestion) if (object[flag] !== true) return flag;
  return undefined;
}

/**
 * The steps tried so far: each step is scored as soon as it is made, and only the best
 * `max` (largest gain first, then the order they were made in) are kept.
 */
interface Search {
  ctx: StepContext;
  gainOf: (c: Candidate, ctx: StepContext) => number;
  max: number;
  best: Scored[];
  /** Keys of the steps tried: two rules suggesting the same change are one step (the first). */
  seen: string[];
  /** How many steps have been tried: a step's place in the order of the rubric. */
  tried: number;
}

interface Scored {
  c: Candidate;
  points: number;
  order: number;
}

/** Scores a step unless one with the same key came first, and keeps it if it is among the best. */
function offer(search: Search, key: string | undefined, c: Candidate): void {
  if (key !== undefined) {
    if (search.seen.includes(key)) return;
    search.seen.push(key);
  }
  const order = search.tried++;
  const points = search.gainOf(c, search.ctx);
  if (points > 0) keepIfBest(search.best, search.max, { c, points, order });
}

/** Inserts by gain, after the steps with as much gain (they came first); drops what falls past `max`. */
function keepIfBest(best: Scored[], max: number, s: Scored): void {
  let at = best.length;
  while (at > 0 && best[at - 1]!.points < s.points) at--;
  if (at >= max) return;
  best.splice(at, 0, s);
  if (best.length > max) best.length = max;
}

function step(section: SectionScore, k: number, rule: string, change: Change, path: readonly string[], value: unknown, template: string, says: Says, detail = "", current?: unknown): Candidate {
  return { signal: section.id, rule, section: k, change, path, value, current, index: -1, raised: undefined, template, says, detail };
}

function ruleCandidate(into: Search, r: RulePlan, section: SectionScore, k: number, profile: Profile): void {
  const improve = r.rule.improve;
  if (!improve) return;
  const outcome = section.outcomes[r.outcomeIndex];
  const earned = outcome ? outcome.backed + outcome.claimed : 0;
  const id = section.id;
  // The fact as the rule read it when the section was scored.
  const current = r.type === "evidence" ? undefined : outcome && "value" in outcome ? outcome.value : valueAt(profile, r.path);
  const ruleId = r.rule.id;
  switch (r.type) {
    case "evidence":
      if (earned >= r.max) return;
      return offer(into, keysOf(r, id).key, step(section, k, ruleId, "add-evidence", evidencePath(id), r.suggestKind, improve, "kind", r.suggestKind));
    case "terms": {
      if (earned >= r.max) return;
      const term = firstMissingTerm(r, current);
      if (term === undefined) return;
      const { key, path } = detailKey(r, id, term);
      return offer(into, key, step(section, k, ruleId, "append", path, term, improve, "term", term, current));
    }
    case "flags": {
      if (earned >= r.max) return;
      const flag = firstMissingFlag(r, current);
      if (flag === undefined) return;
      const { key, path } = detailKey(r, id, flag);
      return offer(into, key, step(section, k, ruleId, "set", path, true, improve, "flag", flag));
    }
    case "threshold": {
      if (typeof current === "number" || !r.firstStep) return; // a fact, not a to-do: only missing facts are suggested
      return offer(into, keysOf(r, id).key, step(section, k, ruleId, "set", r.path, r.firstStep.at_least, improve, "step"));
    }
    case "present":
      if (isGiven(current)) return;
      return offer(into, keysOf(r, id).key, step(section, k, ruleId, "set", r.path, IMAGINED_STATEMENT, improve, "section"));
    case "count":
      if (earned >= r.max) return;
      return offer(into, keysOf(r, id).key, step(section, k, ruleId, "append", r.path, r.rule.where ?? {}, improve, "section", "", current));
  }
}

/** Linking a source for each claimed item the section counts, and having each sourced one verified. */
function levelCandidates(into: Search, section: SectionScore, k: number, profile: Profile, rubric: Rubric, distinctIds: boolean): void {
  const path = evidencePath(section.id);
  const list = valueAt(profile, path);
  if (!Array.isArray(list)) return;
  for (const e of section.evidence) {
    const index = list.indexOf(e.item);
    if (index < 0 || e.item.level === "verified") continue;
    const claimed = e.item.level === "claimed";
    const c: Candidate = {
      signal: section.id,
      rule: claimed ? SOURCE_CLAIM_RULE : VERIFY_RULE,
      section: k,
      change: "raise",
      path,
      value: claimed ? "sourced" : "verified",
      current: undefined,
      index,
      raised: e,
      template: claimed ? rubric.improvements["source-claim"] : rubric.improvements.verify,
      says: "title",
      detail: e.item.title,
    };
    // A raise is told apart by its section and index, which no other step shares unless two sections share an id.
    offer(into, distinctIds ? undefined : `level:${section.id}:${index}`, c);
  }
}

function sectionRubric(rubric: Rubric, id: SectionId): Section | undefined {
  return id === TRACK_RECORD ? rubric.track_record : rubric.signals[id];
}

/** Every step for every section, in section order, rule steps before raises. */
function searchSteps(search: Search, core: CoreResult, profile: Profile, rubric: Rubric, distinctIds: boolean): void {
  for (let k = 0; k < core.sections.length; k++) {
    const section = core.sections[k]!;
    const rules = sectionRubric(rubric, section.id);
    if (rules) for (const r of sectionPlan(section.id, rules).rules) ruleCandidate(search, r, section, k, profile);
    levelCandidates(search, section, k, profile, rubric, distinctIds);
  }
}

function candidateText(c: Candidate, section: SectionScore): string {
  const label = section.label;
  switch (c.says) {
    case "title":
      return fillTemplate(c.template, { title: c.detail, section: label });
    case "kind":
      return fillTemplate(c.template, { section: label, kind: c.detail.replace(/-/g, " ") });
    case "term":
      return fillTemplate(c.template, { section: label, term: c.detail });
    case "flag":
      return fillTemplate(c.template, { section: label, flag: c.detail });
    case "step":
      return fillTemplate(c.template, { section: label, step: formatNumber(c.value as number) });
    case "section":
      return fillTemplate(c.template, { section: label });
  }
}

/** Writes the step into a draft (a copy of the profile along the step's path, or a deep copy). */
function apply(c: Candidate, draft: Draft, today: string): void {
  switch (c.change) {
    case "append":
      // A fresh record per copy (a count rule's `where`), never one shared with the rubric.
      listAt(draft, c.path).push(isRecord(c.value) ? { ...c.value } : c.value);
      return;
    case "set":
      setAt(draft, c.path, c.value);
      return;
    case "add-evidence":
      listAt(draft, c.path).push(imaginedItem(c.value as string, today));
      return;
    case "raise": {
      const item = (valueAt(draft, c.path) as Draft[])[c.index]!;
      item.level = c.value;
      item.url ??= IMAGINED_URL;
      if (c.value === "verified") item.verified_on ??= c.raised!.item.date;
      return;
    }
  }
}

function listAt(draft: Draft, path: readonly string[]): unknown[] {
  const value = valueAt(draft, path);
  if (Array.isArray(value)) return value;
  const list: unknown[] = [];
  setAt(draft, path, list);
  return list;
}

/** Where the step writes: the list itself for a new item, the one item for a raise. */
function writePath(c: Candidate): readonly string[] {
  return c.change === "raise" ? [...c.path, String(c.index)] : c.path;
}

/** What a section's score reads: its rules' fact paths, its own evidence, and all evidence for scope: profile. */
interface SectionReads {
  paths: Array<readonly string[]>;
  allEvidence: boolean;
}

function sectionReads(plan: SectionPlan): SectionReads {
  const paths: Array<readonly string[]> = [plan.evidencePath];
  for (const r of plan.rules) if (r.type !== "evidence") paths.push(r.path);
  return { paths, allEvidence: plan.profileScope };
}

function reads(r: SectionReads, path: readonly string[]): boolean {
  return (r.allEvidence && touchesEvidence(path)) || r.paths.some((p) => overlaps(p, path));
}

/** A shallow copy of the profile with fresh copies of every container along `path`, so that writing there leaves the profile as it was. */
function copyAlong(profile: Profile, path: readonly string[]): Draft {
  const root: Draft = { ...(profile as unknown as Draft) };
  let node: Draft = root;
  for (const part of path) {
    const child = Object.hasOwn(node, part) ? node[part] : undefined;
    if (Array.isArray(child)) node[part] = [...child];
    else if (isRecord(child)) node[part] = { ...child };
    else break;
    node = node[part] as Draft;
  }
  return root;
}

export interface ImprovementOptions {
  /**
   * "delta" (the default) works each step's gain out from the scored sections; "affected"
   * scores again the sections a step can change, on a copy; "all" scores a deep copy of
   * the whole modified profile with scoreCore. All three give the same result (tests hold
   * them to it); "all" is the slow reference.
   */
  rescore?: "delta" | "affected" | "all";
}

/** Everything scoring one step needs, made once per profile. */
interface StepContext {
  input: ScoreInput;
  core: CoreResult;
  rubric: Rubric;
  market: MarketContext;
  today: string;
  before: number;
  /** For "affected", made when first needed ("delta" rarely falls back to it). */
  copying: CopyContext | undefined;
  /** For "delta": undefined when the sections do not line up with the rubric plan. */
  delta: DeltaState | undefined;
}

/** What "affected" needs: the delivery weights, the profile's section scores and what each section reads. */
interface CopyContext {
  weights: Record<string, number>;
  scores: Record<string, number>;
  sections: Array<{ id: SectionId; rules: Section; reads: SectionReads }>;
  weighed: Map<EvidenceItem, WeighedEvidence>;
}

function copyContext(ctx: StepContext): CopyContext {
  ctx.copying ??= {
    weights: rubricWeights(ctx.rubric),
    scores: Object.fromEntries(ctx.core.sections.map((s) => [s.id, s.score])),
    sections: ctx.core.sections.flatMap((s) => {
      const rules = sectionRubric(ctx.rubric, s.id);
      return rules ? [{ id: s.id, rules, reads: sectionReads(sectionPlan(s.id, rules)) }] : [];
    }),
    weighed: new Map(),
  };
  return ctx.copying;
}

function allGain(c: Candidate, ctx: StepContext): number {
  const draft = structuredClone(ctx.input.data) as unknown as Draft;
  apply(c, draft, ctx.today);
  const after = scoreCore({ slug: ctx.input.slug, data: draft as unknown as Profile }, ctx.rubric, ctx.market, ctx.today).scorecard.delivery.score;
  return round1(after - ctx.before);
}

function affectedGain(c: Candidate, ctx: StepContext): number {
  const { weights, scores, sections, weighed } = copyContext(ctx);
  const path = writePath(c);
  const draft = copyAlong(ctx.input.data, path);
  apply(c, draft, ctx.today);
  const changed = { ...scores };
  for (const s of sections) {
    if (reads(s.reads, path)) changed[s.id] = scoreSection(s.id, s.rules, draft as unknown as Profile, ctx.rubric, ctx.today, { explain: false, weighed }).score;
  }
  return round1(weightedDelivery(changed, weights) - ctx.before);
}

/** The imagined item weighed, per rubric, today and kind: the same for every profile. */
const imaginedWeighed = new WeakMap<Rubric, { today: string; byKind: Map<string, WeighedEvidence> }>();

function weighedImagined(kind: string, rubric: Rubric, today: string): WeighedEvidence {
  let cache = imaginedWeighed.get(rubric);
  if (!cache || cache.today !== today) imaginedWeighed.set(rubric, (cache = { today, byKind: new Map() }));
  let weighed = cache.byKind.get(kind);
  if (!weighed) cache.byKind.set(kind, (weighed = weigh(imaginedItem(kind, today), rubric, today)));
  return weighed;
}

/**
 * A listed item raised as the step raises it (see apply), weighed: its date, so its age, is
 * unchanged. Only the fields weighing and the canonical order read are copied.
 */
function weighedRaise(c: Candidate, rubric: Rubric): WeighedEvidence {
  const { item: listed, ageMonths } = c.raised!;
  const level = c.value as EvidenceItem["level"];
  const item: EvidenceItem = {
    kind: listed.kind,
    title: listed.title,
    url: listed.url ?? IMAGINED_URL,
    date: listed.date,
    level,
    verified_on: level === "verified" ? (listed.verified_on ?? listed.date) : listed.verified_on,
    verified_by: listed.verified_by,
  };
  return weighAged(item, ageMonths, rubric);
}

function deltaGain(c: Candidate, ctx: StepContext): number {
  const state = ctx.delta;
  let points: number | undefined;
  if (state) {
    if (c.change === "append" || c.change === "set") points = factGain(state, c.path, c.change, c.value, c.current);
    else if (c.change === "add-evidence") points = evidenceGain(state, c.section, weighedImagined(c.value as string, ctx.rubric, ctx.today));
    else points = evidenceGain(state, c.section, weighedRaise(c, ctx.rubric), c.raised!.item);
  }
  return points ?? affectedGain(c, ctx);
}

function stepContext(input: ScoreInput, core: CoreResult, rubric: Rubric, market: MarketContext, today: string, delta: boolean): StepContext {
  const before = core.scorecard.delivery.score;
  return {
    input,
    core,
    rubric,
    market,
    today,
    before,
    copying: undefined,
    delta: delta ? deltaState(rubricPlan(rubric), rubric, input.data, core.sections, before) : undefined,
  };
}

export function suggestImprovements(input: ScoreInput, core: CoreResult, rubric: Rubric, market: MarketContext, today: string, options: ImprovementOptions = {}): Improvement[] {
  const max = rubric.improvements.max;
  if (max <= 0) return [];
  const rescore = options.rescore ?? "delta";
  const search: Search = {
    ctx: stepContext(input, core, rubric, market, today, rescore === "delta"),
    gainOf: rescore === "all" ? allGain : rescore === "affected" ? affectedGain : deltaGain,
    max,
    best: [],
    seen: [],
    tried: 0,
  };
  searchSteps(search, core, input.data, rubric, rubricPlan(rubric).distinctIds);
  return search.best.map(({ c, points }) => ({ signal: c.signal, rule: c.rule, text: candidateText(c, core.sections[c.section]!), points }));
}
