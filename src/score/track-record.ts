/**
 * The track record is scored like a signal, from the profile root: delivered projects,
 * on-time and repeat-client rates, contactable references, support for due diligence and
 * track-record evidence. Its facts are claims until evidence backs them.
 */
import type { Profile } from "../generated/profile.js";
import type { Rubric } from "../generated/rubric.js";
import { TRACK_RECORD } from "./rule-ids.js";
import { scoreSection, type SectionScore } from "./section-score.js";

export function scoreTrackRecord(profile: Profile, rubric: Rubric, today: string): SectionScore {
  return scoreSection(TRACK_RECORD, rubric.track_record, profile, rubric, today);
}
