/**
 * ADAPTER between the scorer (src/score) and the site. The view layer imports scorecard,
 * rubric and market shapes only from here, so a change to the scorer's surface is a change
 * to this one file.
 */
import type { Market } from "../../generated/market.js";
import type { Rubric } from "../../generated/rubric.js";
import type { EngagementScore, Reason, Scorecard, SignalScore } from "../../generated/scorecard.js";
import type { ReferenceData } from "../../reference/index.js";
import { score } from "../../score/index.js";
import type { ValidProfile } from "../../validate/validate-profiles.js";

export type { EngagementScore, Market, Reason, Rubric, Scorecard, SignalScore };
export type Confidence = Scorecard["delivery"]["confidence"];
export type EvidenceLevel = "claimed" | "sourced" | "verified";
export type ModelId = EngagementScore["model"];
export type Per = "hour" | "month" | "project";

export interface UsdRange {
  min: number;
  max: number;
  per: Per;
}

export interface SiteScoring {
  scorecards: Map<string, Scorecard>;
  rubric: Rubric;
  market: Market;
}

/**
 * Scorecards already made from these very profile objects, for one reference and date (the
 * dev server keeps one across rebuilds; it is dropped when the reference or date changes).
 */
export interface ScoreCache {
  reference?: ReferenceData;
  today?: string;
  cards: WeakMap<ValidProfile["data"], Scorecard>;
}

/** Scores every valid profile with the real scorer against the reference rubric and market bands. */
export function scoreSite(profiles: readonly ValidProfile[], reference: ReferenceData, today: string, cache?: ScoreCache): SiteScoring {
  const { rubric, market, currencies } = reference;
  const context = { market, currencies };
  if (cache && (cache.reference !== reference || cache.today !== today)) {
    cache.reference = reference;
    cache.today = today;
    cache.cards = new WeakMap();
  }
  const scoreOne = (p: ValidProfile): Scorecard => {
    let card = cache?.cards.get(p.data);
    if (!card || card.slug !== p.slug) {
      card = score({ slug: p.slug, data: p.data }, rubric, context, today);
      cache?.cards.set(p.data, card);
    }
    return card;
  };
  return { scorecards: new Map(profiles.map((p) => [p.slug, scoreOne(p)])), rubric, market };
}
