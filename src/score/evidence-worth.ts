/**
 * What one evidence item is worth (0 to 1): its level's worth times an age factor that is
 * 1 up to the rubric's full-worth horizon and falls linearly to the floor after it.
 * Evidence lists are put in one canonical order before anything is summed, so the order
 * in which a profile lists its evidence cannot change a score.
 */
import type { EvidenceItem } from "../generated/profile.js";
import type { Rubric } from "../generated/rubric.js";
import { daysBetween } from "../util/dates.js";
import { clamp, quantise } from "./numbers.js";

export type Level = EvidenceItem["level"];

export const DAYS_PER_MONTH = 365.25 / 12;

export interface WeighedEvidence {
  item: EvidenceItem;
  /** Worth after level and age, 0 to 1, quantised. */
  worth: number;
  /** sourced or verified: a buyer (or a maintainer) can check it. */
  backed: boolean;
  /** Age in months at `today` (0 for dates in the future). */
  ageMonths: number;
  /** kindBit(item.kind): what evidence rules filter on (see counts in signal-rules.ts). */
  kindBit: number;
}

/** The bit of each evidence kind seen, for the first 31 kinds. */
const kindBits = new Map<string, number>();

/**
 * A bit of its own for an evidence kind (a string; one of the first 31 kinds asked about),
 * else 0. A rule's kinds become a mask of these bits, and an item counts for a rule when
 * its bit is in the mask: one AND, where a look-up in the rule's set of kinds was one of
 * the most frequent operations of scoring (every rule, every item, every improvement step).
 */
export function kindBit(kind: unknown): number {
  if (typeof kind !== "string") return 0;
  let bit = kindBits.get(kind);
  if (bit === undefined) {
    bit = kindBits.size < 31 ? 1 << kindBits.size : 0;
    if (bit !== 0) kindBits.set(kind, bit);
  }
  return bit;
}

export function isBacked(level: Level): boolean {
  return level === "sourced" || level === "verified";
}

export function ageMonths(date: string, today: string): number {
  const days = daysBetween(date, today);
  return Number.isFinite(days) ? Math.max(0, days) / DAYS_PER_MONTH : 0;
}

/** Age factor: 1 up to full_worth_months, linear to floor at floor_months, floor after. */
export function ageFactor(months: number, decay: Rubric["evidence"]["decay"]): number {
  const { full_worth_months: full, floor_months: floorAt, floor } = decay;
  if (months <= full) return 1;
  if (months >= floorAt || floorAt <= full) return floor;
  return 1 - (1 - floor) * ((months - full) / (floorAt - full));
}

export function levelWorth(level: Level, rubric: Rubric): number {
  return rubric.evidence.levels[level]?.worth ?? 0;
}

export function weigh(item: EvidenceItem, rubric: Rubric, today: string): WeighedEvidence {
  // A date after today (refused by validation) is treated as today: never worth more than fresh.
  return weighAged(item, ageMonths(item.date, today), rubric);
}

/** An item whose age in months is known (e.g. a copy of a weighed item at another level), weighed. */
export function weighAged(item: EvidenceItem, months: number, rubric: Rubric): WeighedEvidence {
  const worth = quantise(clamp(levelWorth(item.level, rubric) * ageFactor(months, rubric.evidence.decay), 0, 1));
  return { item, worth, backed: isBacked(item.level), ageMonths: months, kindBit: kindBit(item.kind) };
}

const LEVEL_RANK: Record<Level, number> = { verified: 0, sourced: 1, claimed: 2 };

function compareText(a: string | undefined, b: string | undefined): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Canonical order: most worth first, then level, newest, and the item's text fields. */
export function compareWeighed(a: WeighedEvidence, b: WeighedEvidence): number {
  // -1 or 1 rather than the difference of worths: sort boxes a fractional result on every call.
  const worth = b.worth - a.worth;
  if (worth > 0) return 1;
  if (worth < 0) return -1;
  return (
    LEVEL_RANK[a.item.level] - LEVEL_RANK[b.item.level] ||
    compareText(b.item.date, a.item.date) ||
    compareText(a.item.title, b.item.title) ||
    compareText(a.item.url, b.item.url) ||
    compareText(a.item.kind, b.item.kind) ||
    compareText(a.item.verified_on, b.item.verified_on) ||
    compareText(a.item.verified_by, b.item.verified_by)
  );
}

/** `cache` (optional) remembers items weighed before with the same rubric and today. */
export function weighAll(items: readonly EvidenceItem[] | undefined, rubric: Rubric, today: string, cache?: Map<EvidenceItem, WeighedEvidence>): WeighedEvidence[] {
  const weighed: WeighedEvidence[] = [];
  for (const item of items ?? []) {
    let w = cache?.get(item);
    if (!w) {
      w = weigh(item, rubric, today);
      cache?.set(item, w);
    }
    weighed.push(w);
  }
  return sortWeighed(weighed);
}

/**
 * Puts a list in canonical order, in place and stable, as list.sort(compareWeighed) does.
 * Short lists (nearly all) by insertion, which spares the copy sort makes of its input.
 */
export function sortWeighed(list: WeighedEvidence[]): WeighedEvidence[] {
  if (list.length > 16) return list.sort(compareWeighed);
  for (let i = 1; i < list.length; i++) {
    const e = list[i]!;
    let j = i - 1;
    for (; j >= 0 && compareWeighed(list[j]!, e) > 0; j--) list[j + 1] = list[j]!;
    list[j + 1] = e;
  }
  return list;
}
