/**
 * The gain of one improvement step, worked out from the profile's scored sections without
 * copying the profile. A step changes one fact value, or adds one evidence item, or raises
 * the level of one; only the rules that read what changed are evaluated again (on the one
 * new value, or on the weighed evidence lists with the one item added or swapped in at its
 * canonical place), and the section and delivery scores are summed again in the same order
 * and with the same arithmetic as scoreSection and weightedDelivery. So the result is the
 * one scoring the whole modified profile gives; the property tests hold it to that.
 *
 * Steps whose effect does not have this simple shape (a rule reading a path around the
 * changed one, or around an evidence list; one item object listed twice) get `undefined`
 * here and are scored by copying the profile instead.
 */
import type { EvidenceItem, Profile } from "../generated/profile.js";
import type { Rubric } from "../generated/rubric.js";
import { SIGNAL_IDS } from "../profile/evidence-entries.js";
import { compareWeighed, type WeighedEvidence } from "./evidence-worth.js";
import { isRecord, valueAt } from "./facts.js";
import { round1 } from "./numbers.js";
import { deliveryOf, type RubricPlan, type RulePlan } from "./rubric-plan.js";
import { TRACK_RECORD } from "./rule-ids.js";
import { sectionScoreOf, type SectionScore } from "./section-score.js";
import { counts, evidenceBackedPoints, evidenceClaimedPoints, factPoints } from "./signal-rules.js";

/** True when one path is a prefix of the other: a write at one can change a read at the other. */
export function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** True when a write at `path` can change some section's evidence list or an item in one. */
export function touchesEvidence(path: readonly string[]): boolean {
  if (path.length === 0) return true;
  if (path[0] === "track_record") return path.length < 2 || path[1] === "evidence";
  if (path[0] === "signals") return path.length < 3 || path[2] === "evidence";
  return false;
}

/** A fact rule that reads the written path itself, or (parentKey) the record holding it. */
interface Reader {
  section: number;
  rule: number;
  parentKey: string | undefined;
}

/** Per rubric plan: who reads each written path (null: not a simple write), and which evidence lists a fact rule reads around. */
interface WriteTables {
  readers: Map<readonly string[], Reader[] | null>;
  /** By section index: some fact rule reads a path overlapping the section's evidence list. */
  factsNearEvidence: boolean[];
}

const tables = new WeakMap<RubricPlan, WriteTables>();

function writeTables(plan: RubricPlan): WriteTables {
  let t = tables.get(plan);
  if (!t) {
    const factRules = plan.sections.flatMap((s) => s.rules.filter((r) => r.type !== "evidence"));
    t = { readers: new Map(), factsNearEvidence: plan.sections.map((s) => factRules.some((r) => overlaps(r.path, s.evidencePath))) };
    tables.set(plan, t);
  }
  return t;
}

function findReaders(plan: RubricPlan, path: readonly string[]): Reader[] | null {
  if (touchesEvidence(path)) return null;
  const readers: Reader[] = [];
  for (let k = 0; k < plan.sections.length; k++) {
    for (const r of plan.sections[k]!.rules) {
      if (r.type === "evidence" || !overlaps(r.path, path)) continue;
      if (r.path.length === path.length) readers.push({ section: k, rule: r.index, parentKey: undefined });
      else if (r.path.length === path.length - 1) readers.push({ section: k, rule: r.index, parentKey: path[path.length - 1] });
      else return null;
    }
  }
  return readers;
}

/** Paths are the plan's own shared arrays, so they key the cache by identity. */
function readersOf(plan: RubricPlan, path: readonly string[]): Reader[] | null {
  const t = writeTables(plan);
  let readers = t.readers.get(path);
  if (readers === undefined) {
    readers = findReaders(plan, path);
    t.readers.set(path, readers);
  }
  return readers;
}

/** What one profile's improvement steps are measured against: its scored sections and delivery score. */
export interface DeltaState {
  plan: RubricPlan;
  rubric: Rubric;
  profile: Profile;
  /** CoreResult.sections: one per plan section, same order. */
  sections: readonly SectionScore[];
  before: number;
  /** Section scores for one step: the profile's own, with the changed sections' put in. */
  scores: number[];
  /** Whether every evidence item object of the profile is listed once (worked out when first needed). */
  distinctItems: boolean | undefined;
}

export function deltaState(plan: RubricPlan, rubric: Rubric, profile: Profile, sections: readonly SectionScore[], before: number): DeltaState | undefined {
  if (!plan.distinctIds || sections.length !== plan.sections.length) return undefined;
  for (let k = 0; k < sections.length; k++) if (sections[k]!.id !== plan.sections[k]!.id) return undefined;
  return { plan, rubric, profile, sections, before, scores: sections.map((s) => s.score), distinctItems: undefined };
}

function resetScores(state: DeltaState): void {
  for (let k = 0; k < state.sections.length; k++) state.scores[k] = state.sections[k]!.score;
}

function gain(state: DeltaState): number {
  return round1(deliveryOf(state.plan, state.scores) - state.before);
}

function readerAt(readers: readonly Reader[], section: number, rule: number): Reader | undefined {
  for (const r of readers) if (r.section === section && r.rule === rule) return r;
  return undefined;
}

/** The value a reader sees once `next` is written at the path (a parent reader sees its record with that key set). */
function seenValue(state: DeltaState, rule: RulePlan, reader: Reader, next: unknown): unknown {
  if (reader.parentKey === undefined) return next;
  const parent = valueAt(state.profile, rule.path);
  return isRecord(parent) ? { ...parent, [reader.parentKey]: next } : { [reader.parentKey]: next };
}

/**
 * Gain of writing a fact: `value` appended to `current`, the list at `path` (a new list if
 * it is none), or set there.
 */
export function factGain(state: DeltaState, path: readonly string[], write: "append" | "set", value: unknown, current: unknown): number | undefined {
  const readers = readersOf(state.plan, path);
  if (readers === null) return undefined;
  const next = write === "set" ? value : Array.isArray(current) ? [...current, value] : [value];
  resetScores(state);
  let last = -1;
  for (const reader of readers) {
    const k = reader.section;
    if (k === last) continue; // readers come in section order: each section once
    last = k;
    const section = state.sections[k]!;
    const rules = state.plan.sections[k]!.rules;
    let backed = 0;
    let claimed = 0;
    for (let i = 0; i < rules.length; i++) {
      const o = section.outcomes[i]!;
      const r = readerAt(readers, k, i);
      backed += o.backed;
      claimed += r ? factPoints(rules[i]!, seenValue(state, rules[i]!, r, next)) : o.claimed;
    }
    state.scores[k] = sectionScoreOf(backed, claimed, section.backedWorth, state.rubric);
  }
  return gain(state);
}

/** Per-item sums of one evidence rule over its pool with one item swapped in (reused: no allocation per step). */
const sums = { backed: 0, claimed: 0 };

/**
 * per_item × worth over the items the rule counts, backed and claimed apart, in canonical
 * order, over `pool` without `removed` and with `added` at its canonical place. Items that
 * compare equal are equal in every field that counts, so where among them `added` goes
 * cannot change a sum.
 */
function foldPool(r: RulePlan, pool: readonly WeighedEvidence[], added: WeighedEvidence, removed: EvidenceItem | undefined): void {
  let backed = 0;
  let claimed = 0;
  let pending = counts(r, added);
  for (const e of pool) {
    if (pending && compareWeighed(added, e) < 0) {
      pending = false;
      if (added.backed) backed += r.perItem * added.worth;
      else claimed += r.perItem * added.worth;
    }
    if (e.item === removed || !counts(r, e)) continue;
    if (e.backed) backed += r.perItem * e.worth;
    else claimed += r.perItem * e.worth;
  }
  if (pending) {
    if (added.backed) backed += r.perItem * added.worth;
    else claimed += r.perItem * added.worth;
  }
  sums.backed = backed;
  sums.claimed = claimed;
}

/** Worth of the backed items in `used` (canonical order) without `removed` and with `added` in its place. */
function foldWorth(used: readonly WeighedEvidence[], added: WeighedEvidence, removed: EvidenceItem | undefined): number {
  let worth = 0;
  let pending = true;
  for (const e of used) {
    if (pending && compareWeighed(added, e) < 0) {
      pending = false;
      if (added.backed) worth += added.worth;
    }
    if (e.item !== removed && e.backed) worth += e.worth;
  }
  if (pending && added.backed) worth += added.worth;
  return worth;
}

/** Evidence lists that make up the profile-wide evidence (evidenceEntries): the signals' and the track record's. */
function inProfileEvidence(id: string): boolean {
  return id === TRACK_RECORD || (SIGNAL_IDS as readonly string[]).includes(id);
}

function everyItemOnce(state: DeltaState): boolean {
  if (state.distinctItems === undefined) {
    // Every list a section or the profile-wide evidence reads: the sections' own, and signals the rubric does not score.
    const items: EvidenceItem[] = [];
    for (const s of state.sections) for (const e of s.own) items.push(e.item);
    for (const id of SIGNAL_IDS) {
      if (state.sections.some((s) => s.id === id)) continue;
      for (const item of state.profile.signals?.[id]?.evidence ?? []) items.push(item);
    }
    state.distinctItems = new Set(items).size === items.length;
  }
  return state.distinctItems;
}

/**
 * Gain of putting `added` into the evidence list of section `s`: a new item, or (with
 * `removed`) a raised copy of an item of that list.
 */
export function evidenceGain(state: DeltaState, s: number, added: WeighedEvidence, removed?: EvidenceItem): number | undefined {
  if (writeTables(state.plan).factsNearEvidence[s]) return undefined;
  if (removed && !everyItemOnce(state)) return undefined;
  const inPool = inProfileEvidence(state.plan.sections[s]!.id);
  resetScores(state);
  for (let k = 0; k < state.sections.length; k++) {
    const plan = state.plan.sections[k]!;
    if (k !== s && !(inPool && plan.profileScope)) continue;
    const section = state.sections[k]!;
    let backed = 0;
    let claimed = 0;
    let used = false;
    for (let i = 0; i < plan.rules.length; i++) {
      const r = plan.rules[i]!;
      const o = section.outcomes[i]!;
      if (r.type === "evidence" && (r.profileScope ? inPool : k === s) && counts(r, added)) {
        foldPool(r, r.profileScope ? section.profileEvidence : section.own, added, removed);
        backed += evidenceBackedPoints(r, sums.backed);
        claimed += evidenceClaimedPoints(r, sums.backed, sums.claimed);
        used = true;
      } else {
        backed += o.backed;
        claimed += o.claimed;
      }
    }
    // No rule counts the item: nothing in this section changes (a raised item was not counted before either).
    if (!used) continue;
    state.scores[k] = sectionScoreOf(backed, claimed, foldWorth(section.evidence, added, removed), state.rubric);
  }
  return gain(state);
}
