/**
 * Rubric rules name the profile field they read as a path ("coverage_target",
 * "track_record/references"), relative to the section: signals.<id> for a signal, the
 * profile root for the track record.
 */
import type { EvidenceItem, Profile } from "../generated/profile.js";
import { SIGNAL_IDS } from "../profile/evidence-entries.js";
import { TRACK_RECORD } from "./rule-ids.js";

export type SectionId = string;

/** Path segments from the profile root to a section's base. */
export function sectionBase(section: SectionId): string[] {
  return section === TRACK_RECORD ? [] : ["signals", section];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const factPaths = new Map<string, readonly string[]>();

/** The path of a rule's fact from the profile root (shared and frozen: do not change it). */
export function factPath(section: SectionId, fact: string): readonly string[] {
  const key = `${section}\u0000${fact}`;
  let path = factPaths.get(key);
  if (!path) {
    path = Object.freeze([...sectionBase(section), ...fact.split("/")]);
    if (factPaths.size >= 10_000) factPaths.clear();
    factPaths.set(key, path);
  }
  return path;
}

export function valueAt(root: unknown, path: readonly string[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (!isRecord(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

export function factValue(profile: Profile, section: SectionId, fact: string): unknown {
  return valueAt(profile, factPath(section, fact));
}

/** Sets a value on a (cloned) profile, creating the section on the way: for "what if" scoring. */
export function setAt(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = root;
  for (const part of path.slice(0, -1)) {
    if (!isRecord(node[part])) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}

/** The evidence list of a section: signals.<id>.evidence or track_record.evidence. */
export function sectionEvidence(profile: Profile, section: SectionId): EvidenceItem[] {
  const list = section === TRACK_RECORD ? valueAt(profile, ["track_record", "evidence"]) : valueAt(profile, ["signals", section, "evidence"]);
  return Array.isArray(list) ? (list as EvidenceItem[]) : [];
}

export function evidencePath(section: SectionId): string[] {
  return section === TRACK_RECORD ? ["track_record", "evidence"] : ["signals", section, "evidence"];
}

/** True for a fact that is given: a non-blank string, true, a number, a non-empty list or mapping. */
export function isGiven(value: unknown): boolean {
  if (typeof value === "string") return value.trim().length > 0;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return false;
}

export { isRecord };

/**
 * Every evidence item of the profile in evidenceEntries order (the signals in SIGNAL_IDS
 * order, then the track record), without making the entries' pointers.
 */
export function profileEvidenceItems(profile: Profile): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  for (const id of SIGNAL_IDS) for (const item of profile.signals?.[id]?.evidence ?? []) items.push(item);
  for (const item of profile.track_record?.evidence ?? []) items.push(item);
  return items;
}
