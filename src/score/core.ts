/**
 * The scorecard without its improvements: signals, track record, delivery score,
 * confidence, engagement and warnings. Improvements are worked out from the sections it
 * scores (and, as a reference, by scoring modified copies of the profile with it).
 */
import type { EvidenceItem, Profile } from "../generated/profile.js";
import type { Rubric } from "../generated/rubric.js";
import type { Scorecard, SignalScore, Warning } from "../generated/scorecard.js";
import { backedShare, confidenceLevel } from "./confidence.js";
import { scoreEngagement } from "./engagement.js";
import type { WeighedEvidence } from "./evidence-worth.js";
import type { MarketContext } from "./market-context.js";
import { deliveryOf, rubricPlan, rubricWeights, type RubricPlan } from "./rubric-plan.js";
import { scorePlannedSection, type SectionScore } from "./section-score.js";
import { profileWarnings } from "./warnings.js";
import { weightedDelivery } from "./weighted-delivery.js";

export { rubricWeights };

export interface ScoreInput {
  slug: string;
  data: Profile;
}

export interface CoreResult {
  scorecard: Scorecard;
  /** Signals then the track record, with the details improvements and tests look at. */
  sections: SectionScore[];
}

/** The delivery score of the sections (in plan order): by index when ids are distinct, else by id as published. */
function deliveryScore(plan: RubricPlan, sections: readonly SectionScore[], rubric: Rubric): number {
  if (!plan.distinctIds) return weightedDelivery(Object.fromEntries(sections.map((s) => [s.id, s.score])), rubricWeights(rubric));
  const scores: number[] = [];
  for (const s of sections) scores.push(s.score);
  return deliveryOf(plan, scores);
}

/** Everything but the improvements (which start from the sections scored here). */
export function scoreCore(input: ScoreInput, rubric: Rubric, market: MarketContext, today: string): CoreResult {
  const profile = input.data;
  const plan = rubricPlan(rubric);
  // Each evidence item weighed once, though a profile-wide rule weighs every item again.
  const options = { weighed: new Map<EvidenceItem, WeighedEvidence>() };
  // The six signals in rubric order, then the track record. The track record is scored like
  // a signal, from the profile root; its facts are claims until evidence backs them.
  const sections: SectionScore[] = [];
  for (const p of plan.sections) sections.push(scorePlannedSection(p, profile, rubric, today, options));
  const signals = sections.slice(0, -1);
  const track = sections[sections.length - 1]!;
  const delivery = deliveryScore(plan, sections, rubric);
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
