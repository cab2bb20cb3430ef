/** One page per engagement model: what it is, the market band, who offers it, and how their rates spread. */
import type { ModelId } from "../data/scorecards.js";
import type { MarketModel } from "./market.js";
import { compareNames } from "./format.js";
import type { ModelSummary, ProfileSummary } from "./summary.js";

export interface Offer {
  profile: ProfileSummary;
  model: ModelSummary;
}

export interface EngagementPageModel {
  model: ModelId;
  path: string;
  market: MarketModel;
  /** Offers with a published rate first (by USD midpoint), then rates on request (by name). */
  offers: Offer[];
  published: number;
  onRequest: number;
  positions: { below: number; within: number; above: number };
  /** Median of the USD midpoints of published rates. */
  medianUsd?: number;
  minUsd?: number;
  maxUsd?: number;
  /** The scale for the distribution chart, covering every rate and band. */
  scale: { min: number; max: number };
}

export function engagementPath(model: ModelId): string {
  return `/engagement/${model}/`;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A round-ish scale from 0 (or a bit below the smallest value) to a bit above the largest. */
export function niceScale(values: readonly number[]): { min: number; max: number } {
  if (values.length === 0) return { min: 0, max: 1 };
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = Math.max(hi - lo, hi * 0.1, 1);
  const step = 10 ** Math.floor(Math.log10(span / 4));
  const min = Math.max(0, Math.floor((lo - span * 0.08) / step) * step);
  const max = Math.ceil((hi + span * 0.08) / step) * step;
  return { min, max: max > min ? max : min + 1 };
}

export function buildEngagementPage(market: MarketModel, profiles: readonly ProfileSummary[]): EngagementPageModel {
  const offers: Offer[] = profiles.flatMap((p) => p.models.filter((m) => m.model === market.model).map((model) => ({ profile: p, model })));
  const mid = (o: Offer) => (o.model.usd ? (o.model.usd.min + o.model.usd.max) / 2 : undefined);
  offers.sort((a, b) => {
    const ma = mid(a);
    const mb = mid(b);
    if (ma !== undefined && mb !== undefined) return ma - mb || compareNames(a.profile.name, b.profile.name);
    if (ma !== undefined) return -1;
    if (mb !== undefined) return 1;
    return compareNames(a.profile.name, b.profile.name);
  });
  const priced = offers.filter((o) => o.model.usd);
  const positions = { below: 0, within: 0, above: 0 };
  for (const o of priced) if (o.model.position) positions[o.model.position]++;
  const values = [...priced.flatMap((o) => [o.model.usd!.min, o.model.usd!.max]), ...market.bands.flatMap((b) => [b.min, b.max])];
  const medianUsd = median(priced.map((o) => mid(o)!));
  return {
    model: market.model,
    path: engagementPath(market.model),
    market,
    offers,
    published: priced.length,
    onRequest: offers.length - priced.length,
    positions,
    ...(medianUsd !== undefined ? { medianUsd } : {}),
    ...(priced.length ? { minUsd: Math.min(...priced.map((o) => o.model.usd!.min)), maxUsd: Math.max(...priced.map((o) => o.model.usd!.max)) } : {}),
    scale: niceScale(values),
  };
}
