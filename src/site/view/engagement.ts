/**
 * One page per engagement model: what it is, the market band, how the published rates spread
 * against it, and the offers that score best. The page stays the same size however many
 * profiles there are: the spread is a histogram, the offers are the top TOP_OFFERS, and the
 * directory (filtered by the model) lists the rest.
 */
import type { ModelId } from "../data/scorecards.js";
import type { MarketModel } from "./market.js";
import { compareNames } from "./format.js";
import type { ModelSummary, ProfileSummary } from "./summary.js";

/** Offers listed on the page; the directory has them all. */
export const TOP_OFFERS = 20;

/** About this many brackets in the rate histogram (fewer when the rates are close together). */
const TARGET_BINS = 12;

export interface Offer {
  profile: ProfileSummary;
  model: ModelSummary;
}

/** One bracket of the histogram: published rates whose USD midpoint is in [from, to). */
export interface RateBin {
  from: number;
  to: number;
  count: number;
  below: number;
  within: number;
  above: number;
}

export interface EngagementPageModel {
  model: ModelId;
  path: string;
  market: MarketModel;
  /** Profiles that offer the model. */
  offerCount: number;
  /** The TOP_OFFERS offers with the highest engagement score; ties by delivery score, then name. */
  top: Offer[];
  published: number;
  onRequest: number;
  positions: { below: number; within: number; above: number };
  /** Median of the USD midpoints of published rates. */
  medianUsd?: number;
  minUsd?: number;
  maxUsd?: number;
  /** Published rates counted by USD midpoint, in equal brackets with round edges; empty without rates. */
  histogram: RateBin[];
  /** The scale for the charts, covering every rate and band. */
  scale: { min: number; max: number };
}

export function engagementPath(model: ModelId): string {
  return `/engagement/${model}/`;
}

// Loops rather than Math.min(...values): a spread of 100,000 arguments overflows the stack.
const minOf = (values: readonly number[]) => values.reduce((a, b) => (b < a ? b : a), Infinity);
const maxOf = (values: readonly number[]) => values.reduce((a, b) => (b > a ? b : a), -Infinity);

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A round-ish scale from 0 (or a bit below the smallest value) to a bit above the largest. */
export function niceScale(values: readonly number[]): { min: number; max: number } {
  if (values.length === 0) return { min: 0, max: 1 };
  const lo = minOf(values);
  const hi = maxOf(values);
  const span = Math.max(hi - lo, hi * 0.1, 1);
  const step = 10 ** Math.floor(Math.log10(span / 4));
  const min = Math.max(0, Math.floor((lo - span * 0.08) / step) * step);
  const max = Math.ceil((hi + span * 0.08) / step) * step;
  return { min, max: max > min ? max : min + 1 };
}

/** The smallest of 1, 2, 2.5 and 5 × 10^k (k ≥ 0) that is at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
}

/**
 * Counts values in equal brackets with round edges, from the bracket holding the smallest to
 * the one holding the largest: [from, from + step), …; the last bracket also takes its upper edge.
 */
export function histogram(values: ReadonlyArray<{ value: number; position?: "below" | "within" | "above" }>, targetBins = TARGET_BINS): RateBin[] {
  if (values.length === 0) return [];
  const lo = minOf(values.map((v) => v.value));
  const hi = maxOf(values.map((v) => v.value));
  const step = niceStep((hi - lo) / targetBins);
  const from = Math.floor(lo / step) * step;
  const count = Math.max(1, Math.ceil((hi - from) / step));
  const bins: RateBin[] = Array.from({ length: count }, (_, i) => ({ from: from + i * step, to: from + (i + 1) * step, count: 0, below: 0, within: 0, above: 0 }));
  for (const v of values) {
    const bin = bins[Math.min(count - 1, Math.floor((v.value - from) / step))]!;
    bin.count++;
    if (v.position) bin[v.position]++;
  }
  return bins;
}

const midpoint = (o: Offer): number | undefined => (o.model.usd ? (o.model.usd.min + o.model.usd.max) / 2 : undefined);

/** Highest engagement score first; ties by delivery score, then name. */
function byEngagementScore(a: Offer, b: Offer): number {
  return b.model.score - a.model.score || b.profile.score - a.profile.score || compareNames(a.profile.name, b.profile.name) || (a.profile.slug < b.profile.slug ? -1 : 1);
}

export function buildEngagementPage(market: MarketModel, profiles: readonly ProfileSummary[]): EngagementPageModel {
  const offers: Offer[] = profiles.flatMap((p) => p.models.filter((m) => m.model === market.model).map((model) => ({ profile: p, model })));
  const priced = offers.filter((o) => o.model.usd);
  const positions = { below: 0, within: 0, above: 0 };
  for (const o of priced) if (o.model.position) positions[o.model.position]++;
  const values = [...priced.flatMap((o) => [o.model.usd!.min, o.model.usd!.max]), ...market.bands.flatMap((b) => [b.min, b.max])];
  const medianUsd = median(priced.map((o) => midpoint(o)!));
  return {
    model: market.model,
    path: engagementPath(market.model),
    market,
    offerCount: offers.length,
    top: [...offers].sort(byEngagementScore).slice(0, TOP_OFFERS),
    published: priced.length,
    onRequest: offers.length - priced.length,
    positions,
    ...(medianUsd !== undefined ? { medianUsd } : {}),
    ...(priced.length ? { minUsd: minOf(priced.map((o) => o.model.usd!.min)), maxUsd: maxOf(priced.map((o) => o.model.usd!.max)) } : {}),
    histogram: histogram(priced.map((o) => ({ value: midpoint(o)!, ...(o.model.position ? { position: o.model.position } : {}) }))),
    scale: niceScale(values),
  };
}
