/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/scorecard.schema.json. Regenerate with `npm run types`.
 */

/**
 * The profile's file name without .md.
 */
export type Slug = string;
/**
 * The profile's name.
 */
export type Name = string;
/**
 * firm or freelancer.
 */
export type Kind = "firm" | "freelancer";
/**
 * Version of the rubric the scorecard was computed with.
 */
export type RubricVersion = string;
/**
 * The date (YYYY-MM-DD) the scorecard was computed for; evidence age and staleness are measured to it.
 */
export type Today = string;
/**
 * 0 to 100, one decimal: Σ weight × score / 10 over the six signals and the track record (weights add up to 100).
 */
export type Score = number;
/**
 * high, medium or low, from backed_share and the rubric thresholds.
 */
export type Confidence = "high" | "medium" | "low";
/**
 * Share (0 to 1, two decimals) of the delivery points that rest on sourced or verified evidence.
 */
export type BackedShare = number;
/**
 * Name shown to buyers.
 */
export type Label = string;
/**
 * Delivery points the track record carries at its full score.
 */
export type Weight = number;
/**
 * 0 to 10, one decimal.
 */
export type Score1 = number;
/**
 * Always 10.
 */
export type Maximum = 10;
/**
 * Points of the score that rest on sourced or verified evidence, one decimal.
 */
export type BackedPoints = number;
/**
 * The rubric rule id, e.g. testing.coverage-target or limit.claims-cap.
 */
export type Rule = string;
/**
 * Points earned (negative for a cap), two decimals.
 */
export type Points = number;
/**
 * The reason in plain words.
 */
export type Text = string;
/**
 * The item's title.
 */
export type Title = string;
/**
 * Where a buyer can check it.
 */
export type URL = string;
/**
 * claimed, sourced or verified.
 */
export type Level = "claimed" | "sourced" | "verified";
/**
 * The item's date.
 */
export type Date = string;
/**
 * Its worth (0 to 1) after level and age, two decimals.
 */
export type Worth = number;
/**
 * The evidence items the rule used, most valuable first.
 */
export type Evidence = EvidenceUsed[];
/**
 * Why the score is what it is: one entry per rule that earned points, plus negative entries where a cap took points away. Before rounding they add up to the score.
 */
export type Reasons = Reason[];
/**
 * Signal id as in the profile schema, e.g. testing.
 */
export type Id = string;
/**
 * Name shown to buyers.
 */
export type Label1 = string;
/**
 * Delivery points the signal carries at its full score.
 */
export type Weight1 = number;
/**
 * 0 to 10, one decimal.
 */
export type Score2 = number;
/**
 * Always 10.
 */
export type Maximum1 = 10;
/**
 * Points of the score that rest on sourced or verified evidence, one decimal.
 */
export type BackedPoints1 = number;
/**
 * The six delivery signals in rubric order.
 */
export type Signals = SignalScore[];
/**
 * dedicated, project-based or staff-augmentation.
 */
export type Model = "dedicated" | "project-based" | "staff-augmentation";
/**
 * 0 to 100, one decimal.
 */
export type Score3 = number;
/**
 * offshore or onshore: the location whose band the rate was compared with (stated by the profile, or from its headquarters country).
 */
export type DeliveryLocation = "offshore" | "onshore";
/**
 * Bottom of the range in US dollars, rounded to whole dollars.
 */
export type Minimum = number;
/**
 * Top of the range in US dollars, rounded to whole dollars.
 */
export type Maximum2 = number;
/**
 * hour, month or project.
 */
export type Per = "hour" | "month" | "project";
/**
 * Bottom of the band in US dollars.
 */
export type Minimum1 = number;
/**
 * Top of the band in US dollars.
 */
export type Maximum3 = number;
/**
 * hour, month or project.
 */
export type Per1 = "hour" | "month" | "project";
/**
 * What the band covers, e.g. staff augmentation, offshore.
 */
export type Label2 = string;
/**
 * Where the midpoint of rate_usd sits against the band: below, within or above. Absent without rate_usd.
 */
export type Position = "below" | "within" | "above";
/**
 * One entry per engagement model the profile offers, in profile order.
 */
export type Engagement = EngagementScore[];
/**
 * The rubric warning id, e.g. warning.stale-profile.
 */
export type Rule1 = string;
/**
 * The warning in plain words.
 */
export type Message = string;
/**
 * Things a buyer should know that do not change the score.
 */
export type Warnings = Warning[];
/**
 * The signal id, or track_record.
 */
export type Signal = string;
/**
 * The rubric rule the step serves (improvements.source-claim or improvements.verify for evidence-level steps).
 */
export type Rule2 = string;
/**
 * The step in plain words.
 */
export type Text1 = string;
/**
 * Delivery points (out of 100) the step would add, one decimal.
 */
export type Points1 = number;
/**
 * What would raise the delivery score most, computed by trying each step on a copy of the profile; largest gain first.
 */
export type Improvements = Improvement[];

/**
 * The explained score of one profile, as published by `npm run score -- --json`, the site and the JSON/CSV API. Every point can be traced to a rubric rule (reasons[].rule) and the evidence it used.
 */
export interface Scorecard {
  slug: Slug;
  name: Name;
  kind: Kind;
  rubric_version: RubricVersion;
  today: Today;
  delivery: Delivery;
  signals: Signals;
  engagement: Engagement;
  warnings: Warnings;
  improvements: Improvements;
}
/**
 * The one comparable number: the weighted sum of the six signal scores and the track record.
 */
export interface Delivery {
  score: Score;
  confidence: Confidence;
  backed_share: BackedShare;
  track_record: TrackRecord;
}
/**
 * The track-record part of the delivery score, scored like a signal.
 */
export interface TrackRecord {
  label: Label;
  weight: Weight;
  score: Score1;
  max: Maximum;
  backed: BackedPoints;
  reasons: Reasons;
}
/**
 * Points one rubric rule earned (or a cap took away), why, and the evidence used.
 */
export interface Reason {
  rule: Rule;
  points: Points;
  text: Text;
  evidence?: Evidence;
}
/**
 * One evidence item as a rule used it.
 */
export interface EvidenceUsed {
  title: Title;
  url?: URL;
  level: Level;
  date: Date;
  worth: Worth;
}
/**
 * One delivery signal's score and the reasons for it.
 */
export interface SignalScore {
  id: Id;
  label: Label1;
  weight: Weight1;
  score: Score2;
  max: Maximum1;
  backed: BackedPoints1;
  reasons: Reasons;
}
/**
 * How clear and comparable the terms of one offered engagement model are (0 to 100), and where its rate sits against the market band.
 */
export interface EngagementScore {
  model: Model;
  score: Score3;
  delivery?: DeliveryLocation;
  rate_usd?: RateInUSD;
  band?: MarketBand;
  position?: Position;
  reasons: Reasons;
}
/**
 * The published rate converted with the currency table. Absent when no rate is published or it cannot be converted.
 */
export interface RateInUSD {
  min: Minimum;
  max: Maximum2;
  per: Per;
}
/**
 * The 2026 market band for the model in US dollars, with its label.
 */
export interface MarketBand {
  min: Minimum1;
  max: Maximum3;
  per: Per1;
  label: Label2;
}
/**
 * One warning.
 */
export interface Warning {
  rule: Rule1;
  message: Message;
}
/**
 * One step and what it would add.
 */
export interface Improvement {
  signal: Signal;
  rule: Rule2;
  text: Text1;
  points: Points1;
}
