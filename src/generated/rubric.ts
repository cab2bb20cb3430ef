/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/rubric.schema.json. Regenerate with `npm run types`.
 */

/**
 * Optional pointer to this schema, for editor completion. Ignored by Shortlist.
 */
export type SchemaReference = string;
/**
 * Rubric version, year.month with an optional patch number (e.g. 2026.11 or 2026.11.1). Every scorecard names the version it was scored with; bump it with every change to a number.
 */
export type Version = string;
/**
 * Date (YYYY-MM-DD) from which this version applies.
 */
export type Effective = string;
/**
 * Opening paragraph of the methodology page: how a score is made, in plain words.
 */
export type Summary = string;
/**
 * Worth of a fresh item at this level, from 0 to 1.
 */
export type Worth = number;
/**
 * What the level means, for the methodology page.
 */
export type Explanation = string;
/**
 * Evidence up to this many months old keeps its full worth.
 */
export type FullWorthMonths = number;
/**
 * Age in months at which the decay reaches its floor; must be greater than full_worth_months.
 */
export type FloorReachedMonths = number;
/**
 * Share of its worth that old evidence keeps for good, from 0 to 1.
 */
export type Floor = number;
/**
 * Methodology-page text on evidence levels and age.
 */
export type Explanation1 = string;
/**
 * Most points (out of 10) that self-description earns in a section with no sourced or verified evidence.
 */
export type Cap = number;
/**
 * Total worth of sourced and verified evidence in a section that lifts the cap completely (e.g. 1.4 is two fresh sourced items).
 */
export type UnlockWorth = number;
/**
 * Reason shown when the cap takes points away. Placeholders: {cap} (the limit that applied), {claimed} (points self-description would have earned).
 */
export type ReasonText = string;
/**
 * Methodology-page text on the cap.
 */
export type Explanation2 = string;
/**
 * Reason shown when points above 10 are cut. Placeholders: {total} (points before the cut).
 */
export type ReasonText1 = string;
/**
 * Backed share (0 to 1) from which confidence is high.
 */
export type HighFrom = number;
/**
 * Backed share (0 to 1) from which confidence is medium; below it, low. Must not exceed high.
 */
export type MediumFrom = number;
/**
 * Methodology-page text on confidence.
 */
export type Explanation3 = string;
/**
 * Name shown to buyers.
 */
export type Label = string;
/**
 * Points of the 100-point delivery score this section carries at its full score of 10.
 */
export type Weight = number;
/**
 * Why the section matters and how it is scored, for the methodology page.
 */
export type Explanation4 = string;
/**
 * One way to earn points. type decides which other fields apply: evidence (per_item, max, kinds?, scope?, suggest_kind?), terms (fact, terms, max), flags (fact, flags, max), threshold (fact, steps), present (fact, points), count (fact, per_item, max, where?).
 */
export type Rule = Rule1;
/**
 * Unique rule id, <section id>.<kebab-case name>, e.g. testing.coverage-target. Scorecard reasons name it.
 */
export type Id = string;
/**
 * evidence: the section's evidence items, each earning per_item × its worth, up to max. terms: listed vocabulary terms of a fact, each earning its points, up to max. flags: true booleans of an object fact, each earning its points, up to max. threshold: the highest step a number fact reaches. present: a fact that is given. count: items of a list fact (matching where), each earning per_item, up to max.
 */
export type Type = "evidence" | "terms" | "flags" | "threshold" | "present" | "count";
/**
 * Reason shown when the rule earns points. Placeholders by type: evidence {items} {count} {worth} {max}; terms {terms} {count} {max}; flags {flags} {count} {max}; threshold {value} {percent} {step}; present none; count {count} {max}.
 */
export type ReasonText2 = string;
/**
 * Step offered in "what would raise the score" while the rule is below its maximum (threshold and present rules: while the fact is missing). Placeholders by type: evidence {kind} {section}; terms {term} {section}; flags {flag} {section}; threshold {step} {section}; present and count {section}. Without it the rule offers no step.
 */
export type ImprovementText = string;
/**
 * Optional methodology-page note on this rule.
 */
export type Explanation5 = string;
/**
 * Path of the profile field the rule reads, with / between names, relative to the signal (signals.<id>) or, for the track record, to the profile root. E.g. coverage_target, due_diligence, track_record/references.
 */
export type Fact = string;
/**
 * evidence: points for one fresh verified item (worth 1); an item earns per_item × its worth. count: points per counted item.
 */
export type PointsPerItem = number;
/**
 * Most points the rule can earn.
 */
export type Maximum = number;
/**
 * present: points when the fact is given.
 */
export type Points = number;
/**
 * A term id from a controlled vocabulary.
 */
export type VocabularyTerm = string;
/**
 * evidence: only items of these kinds (evidence_kinds vocabulary) count. Without it, every kind counts.
 *
 * @minItems 1
 */
export type EvidenceKinds = VocabularyTerm[];
/**
 * evidence: section (default) counts the section's own evidence list; profile counts matching items anywhere in the profile, e.g. case studies and references as track record.
 */
export type Scope = "section" | "profile";
/**
 * A term id from a controlled vocabulary.
 */
export type VocabularyTerm1 = string;
/**
 * Points out of 10.
 */
export type Points1 = number;
/**
 * The fact must be at least this value.
 */
export type AtLeast = number;
/**
 * Points out of 10.
 */
export type Points2 = number;
/**
 * threshold: steps in rising order of at_least and of points; the highest step the fact reaches counts.
 *
 * @minItems 1
 * @maxItems 10
 */
export type Steps = Step[];
/**
 * The value the item's field must have.
 */
export type RequiredValue = boolean;
/**
 * The rules that earn points in this section.
 *
 * @minItems 1
 * @maxItems 30
 */
export type Rules = Rule[];
/**
 * Methodology-page text on engagement scores.
 */
export type Explanation6 = string;
/**
 * Points out of 100 when the rule applies.
 */
export type Points3 = number;
/**
 * Reason shown when the rule applies; placeholders as listed for the rule.
 */
export type ReasonText3 = string;
/**
 * Points out of 100 when the rule applies.
 */
export type Points4 = number;
/**
 * Reason shown when the rule applies; placeholders as listed for the rule.
 */
export type ReasonText4 = string;
/**
 * The largest max/min ratio of a published range that still counts as narrow.
 */
export type MaximumRatio = number;
/**
 * Points out of 100 when the rule applies.
 */
export type Points5 = number;
/**
 * Reason shown when the rule applies; placeholders as listed for the rule.
 */
export type ReasonText5 = string;
/**
 * The longest minimum term, in months, that still counts as short.
 */
export type MaximumMonths = number;
/**
 * Message template; placeholders as listed for the warning.
 */
export type Message = string;
/**
 * Days after last_reviewed from which the profile is stale.
 */
export type AfterDays = number;
/**
 * Message template; placeholders as listed for the warning.
 */
export type Message1 = string;
/**
 * How many improvements a scorecard lists.
 */
export type Maximum1 = number;
/**
 * Step: link a public source for a claimed item (claimed → sourced). Placeholders: {title}, {section}.
 */
export type SourceAClaim = string;
/**
 * Step: ask a maintainer to verify a sourced item (sourced → verified). Placeholders: {title}, {section}.
 */
export type HaveItVerified = string;

/**
 * The scoring rubric (content/reference/rubric.yaml): what evidence is worth, how it decays, the cap on self-description, and for each delivery signal, the track record and the engagement terms the rules that earn points. The methodology page is generated from it. Changing a weight or a point value is a data change reviewed like any other.
 */
export interface Rubric {
  $schema?: SchemaReference;
  version: Version;
  effective: Effective;
  summary: Summary;
  evidence: EvidenceWorth;
  claims_cap: ClaimsCap;
  signal_max: SignalMaximum;
  confidence: Confidence;
  signals: Signals;
  track_record: Section1;
  engagement: Engagement;
  warnings: Warnings;
  improvements: Improvements;
}
/**
 * What one evidence item is worth, by level and by age. An item's worth (0 to 1) multiplies the points an evidence rule gives per item.
 */
export interface EvidenceWorth {
  levels: Levels;
  decay: AgeDecay;
  explanation: Explanation1;
}
/**
 * Worth of a fresh item at each evidence level. Must rise from claimed to sourced to verified.
 */
export interface Levels {
  claimed: Claimed;
  sourced: Sourced;
  verified: Verified;
}
/**
 * Worth of an item the profile's subject states without a public source.
 */
export interface Claimed {
  worth: Worth;
  explanation: Explanation;
}
/**
 * Worth of an item backed by a public source a buyer can read.
 */
export interface Sourced {
  worth: Worth;
  explanation: Explanation;
}
/**
 * Worth of an item a maintainer has checked.
 */
export interface Verified {
  worth: Worth;
  explanation: Explanation;
}
/**
 * Old evidence is worth less: full worth up to full_worth_months after its date, then falling linearly to floor at floor_months, and staying there.
 */
export interface AgeDecay {
  full_worth_months: FullWorthMonths;
  floor_months: FloorReachedMonths;
  floor: Floor;
}
/**
 * Limit on the points a signal (or the track record) earns from self-description: facts, statements and claimed evidence. The limit rises linearly from cap to the signal maximum as the sourced and verified evidence the section's evidence rules count adds up to unlock_worth.
 */
export interface ClaimsCap {
  cap: Cap;
  unlock_worth: UnlockWorth;
  text: ReasonText;
  explanation: Explanation2;
}
/**
 * Every signal and the track record score at most 10; rules may together offer more, so that there is more than one way to a full score.
 */
export interface SignalMaximum {
  text: ReasonText1;
}
/**
 * How far the delivery score rests on sourced or verified evidence: the weighted share of points backed by such evidence decides high, medium or low.
 */
export interface Confidence {
  high: HighFrom;
  medium: MediumFrom;
  explanation: Explanation3;
}
/**
 * The six delivery signals, keyed by their id in the profile schema (signals.<id>). Every signal of the profile schema needs an entry; the signal weights plus the track-record weight add up to 100.
 */
export interface Signals {
  [k: string]: Section | undefined;
}
/**
 * A scored section (a signal or the track record): its label, weight in the delivery score, explanation and rules.
 */
export interface Section {
  label: Label;
  weight: Weight;
  explanation: Explanation4;
  rules: Rules;
}
export interface Rule1 {
  id: Id;
  type: Type;
  text: ReasonText2;
  improve?: ImprovementText;
  explanation?: Explanation5;
  fact?: Fact;
  per_item?: PointsPerItem;
  max?: Maximum;
  points?: Points;
  kinds?: EvidenceKinds;
  scope?: Scope;
  suggest_kind?: VocabularyTerm1;
  terms?: Terms;
  flags?: Flags;
  steps?: Steps;
  where?: Where;
}
/**
 * terms: vocabulary term (from the vocabulary the fact draws on) to the points it earns when listed.
 */
export interface Terms {
  [k: string]: Points1 | undefined;
}
/**
 * flags: name of a true/false field inside the fact to the points it earns when true.
 */
export interface Flags {
  [k: string]: Points1 | undefined;
}
/**
 * One threshold step.
 */
export interface Step {
  at_least: AtLeast;
  points: Points2;
}
/**
 * count: only list items whose named true/false fields have these values, e.g. contactable: true.
 */
export interface Where {
  [k: string]: RequiredValue | undefined;
}
/**
 * A scored section (a signal or the track record): its label, weight in the delivery score, explanation and rules.
 */
export interface Section1 {
  label: Label;
  weight: Weight;
  explanation: Explanation4;
  rules: Rules;
}
/**
 * How each offered engagement model scores (0 to 100): points for each rule that applies. Only one of the band rules applies to a model; the largest band rule plus all other rules must add up to 100.
 */
export interface Engagement {
  explanation: Explanation6;
  rules: Rules1;
}
/**
 * The engagement rules, each with its points and reason text.
 */
export interface Rules1 {
  "rate-published": RatePublished;
  "band-within": WithinTheMarketBand;
  "band-below": BelowTheMarketBand;
  "band-above": AboveTheMarketBand;
  "narrow-range": NarrowRange;
  "paid-trial": PaidTrial;
  "minimum-term-stated": MinimumTermStated;
  "short-minimum-term": ShortMinimumTerm;
  "terms-notes": TermsExplained;
}
/**
 * A published price range. Placeholders: {rate} (as published).
 */
export interface RatePublished {
  points: Points3;
  text: ReasonText3;
}
/**
 * The midpoint of the rate, in US dollars, lies within the 2026 band for the model. Placeholders: {rate_usd}, {band}.
 */
export interface WithinTheMarketBand {
  points: Points3;
  text: ReasonText3;
}
/**
 * The midpoint of the rate lies below the band: cheaper, worth a question about seniority and what is included. Placeholders: {rate_usd}, {band}.
 */
export interface BelowTheMarketBand {
  points: Points3;
  text: ReasonText3;
}
/**
 * The midpoint of the rate lies above the band: a premium the delivery evidence should justify. Placeholders: {rate_usd}, {band}.
 */
export interface AboveTheMarketBand {
  points: Points3;
  text: ReasonText3;
}
/**
 * The published range is narrow enough to budget with: max is at most max_ratio times min. Placeholders: {ratio}.
 */
export interface NarrowRange {
  points: Points4;
  text: ReasonText4;
  max_ratio: MaximumRatio;
}
/**
 * A short paid trial on a real backlog item is offered (applies to every model). Placeholders: {weeks} (e.g. "2 weeks", or "unstated length").
 */
export interface PaidTrial {
  points: Points3;
  text: ReasonText3;
}
/**
 * The minimum term of the model is stated. Placeholders: {months}.
 */
export interface MinimumTermStated {
  points: Points3;
  text: ReasonText3;
}
/**
 * The stated minimum term is at most max_months. Placeholders: {months}.
 */
export interface ShortMinimumTerm {
  points: Points5;
  text: ReasonText5;
  max_months: MaximumMonths;
}
/**
 * Notes say what is included, the notice period or how scope changes are priced.
 */
export interface TermsExplained {
  points: Points3;
  text: ReasonText3;
}
/**
 * Messages a scorecard carries for the buyer. They do not change the score.
 */
export interface Warnings {
  "stale-profile": StaleProfile;
  "claims-only": ClaimsWithoutSources;
  "old-evidence": OldEvidence;
  "unknown-currency": UnknownCurrency;
  "rate-unit-mismatch": RateUnitMismatch;
  "paid-relationship": PaidRelationship;
}
/**
 * last_reviewed is more than after_days before today. Placeholders: {days}, {after_days}.
 */
export interface StaleProfile {
  text: Message;
  after_days: AfterDays;
}
/**
 * One or more sections (signals or the track record) earn points but have no sourced or verified evidence. Placeholders: {sections} (each with its points).
 */
export interface ClaimsWithoutSources {
  text: Message1;
}
/**
 * All evidence of one or more sections is older than the full-worth horizon and is decaying. Placeholders: {sections}, {months}.
 */
export interface OldEvidence {
  text: Message1;
}
/**
 * A rate is in a currency missing from the currency table; it is not compared with the band. Placeholders: {model}, {currency}.
 */
export interface UnknownCurrency {
  text: Message1;
}
/**
 * A rate is priced in another unit than its model's band; it is not compared with the band. Placeholders: {model}, {per}, {expected}.
 */
export interface RateUnitMismatch {
  text: Message1;
}
/**
 * The profile discloses a paid relationship with its submitter or the maintainers.
 */
export interface PaidRelationship {
  text: Message1;
}
/**
 * How the "what would raise the score" list is made. Each candidate step (from the rules' improve texts and from the two steps below) is tried on a copy of the profile; the steps that raise the delivery score most are listed with their gain.
 */
export interface Improvements {
  max: Maximum1;
  "source-claim": SourceAClaim;
  verify: HaveItVerified;
}
