/** The six delivery signals, in rubric order, each scored by its rubric section. */
import type { Profile } from "../generated/profile.js";
import type { Rubric } from "../generated/rubric.js";
import { scoreSection, type SectionScore } from "./section-score.js";

export function scoreSignals(profile: Profile, rubric: Rubric, today: string): SectionScore[] {
  return Object.entries(rubric.signals).flatMap(([id, section]) => (section ? [scoreSection(id, section, profile, rubric, today)] : []));
}
