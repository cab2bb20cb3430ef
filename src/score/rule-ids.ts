/**
 * Every point in a scorecard names the rubric rule it came from. Section rules carry their
 * own ids in the rubric (testing.coverage-target); the fixed parts of the rubric get ids
 * from where they sit, as listed here.
 */
import type { Rubric } from "../generated/rubric.js";

export const CLAIMS_CAP_RULE = "limit.claims-cap";
export const SIGNAL_MAX_RULE = "limit.signal-max";
export const SOURCE_CLAIM_RULE = "improvements.source-claim";
export const VERIFY_RULE = "improvements.verify";

export type EngagementRuleKey = keyof Rubric["engagement"]["rules"];
export type WarningKey = keyof Rubric["warnings"];

export const engagementRuleId = (key: EngagementRuleKey): string => `engagement.${key}`;
export const warningRuleId = (key: WarningKey): string => `warning.${key}`;

/** The id of the section a scorecard calls the track record (also its rule-id prefix). */
export const TRACK_RECORD = "track_record";

/** Every rule id the rubric defines, in rubric order: the ids a scorecard can cite. */
export function rubricRuleIds(rubric: Rubric): string[] {
  return [
    ...Object.values(rubric.signals).flatMap((section) => (section?.rules ?? []).map((r) => r.id)),
    ...rubric.track_record.rules.map((r) => r.id),
    CLAIMS_CAP_RULE,
    SIGNAL_MAX_RULE,
    ...(Object.keys(rubric.engagement.rules) as EngagementRuleKey[]).map(engagementRuleId),
    ...(Object.keys(rubric.warnings) as WarningKey[]).map(warningRuleId),
    SOURCE_CLAIM_RULE,
    VERIFY_RULE,
  ];
}
