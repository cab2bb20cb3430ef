/**
 * The scorecard without its improvements: signals, track record, delivery score,
 * confidence, engagement and warnings. Improvements score modified copies of the profile
 * with this same function.
 */
import type { Profile } from "../generated/profile.js";
import type { Rubric } from "../generated/rubric.js";
import type { Scorecard, SignalScore, Warning } from "../generated/scorecard.js";
import { backedShare, confidenceLevel } from "./confidence.js";
import { scoreEngagement } from "./engagement.js";
import type { MarketContext } from "./market-context.js";
import { TRACK_RECORD } from "./rule-ids.js";
import type { SectionScore } from "./section-score.js";
import { scoreSignals } from "./signals.js";
import { scoreTrackRecord } from "./track-record.js";
import { profileWarnings } from "./warnings.js";
import { weightedDelivery } from "./weighted-delivery.js";

export interface ScoreInput {
  slug: string;
  data: Profile;
}

export interface CoreResult {
  scorecard: Scorecard;
  /** Signals then the track record, with the details improvements and tests look at. */
  sections: SectionScore[];
}

/** Weights of the six signals and the track record, keyed by section id. */
export function rubricWeights(rubric: Rubric): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const [id, section] of Object.entries(rubric.signals)) if (section) weights[id] = section.weight;
  weights[TRACK_RECORD] = rubric.track_record.weight;
  return weights;
}

/** Everything but the improvements (which score modified copies of the profile). */
export function scoreCore(input: ScoreInput, rubric: Rubric, market: MarketContext, today: string): CoreResult {
  const profile = input.data;
  const signals = scoreSignals(profile, rubric, today);
  const track = scoreTrackRecord(profile, rubric, today);
  const sections = [...signals, track];

  const scores = Object.fromEntries(sections.map((s) => [s.id, s.score]));
  const delivery = weightedDelivery(scores, rubricWeights(rubric));
  const share = backedShare(sections);

  const engagement = (profile.engagement_models ?? []).map((m) => scoreEngagement(m, profile, rubric, market));
  const warnings: Warning[] = [...profileWarnings(profile, sections, rubric, today), ...engagement.flatMap((e) => e.warnings)];

  const signalScores: SignalScore[] = signals.map((s) => ({ id: s.id, label: s.label, weight: s.weight, score: s.score, max: 10, backed: s.backed, reasons: s.reasons }));
  const scorecard: Scorecard = {
    slug: input.slug,
    name: profile.name,
    kind: profile.kind,
    rubric_version: rubric.version,
    today,
    delivery: {
      score: delivery,
      confidence: confidenceLevel(share, delivery, rubric),
      backed_share: share,
      track_record: { label: track.label, weight: track.weight, score: track.score, max: 10, backed: track.backed, reasons: track.reasons },
    },
    signals: signalScores,
    engagement: engagement.map((e) => e.entry),
    warnings,
    improvements: [],
  };
  return { scorecard, sections };
}
