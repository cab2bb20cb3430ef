/** Shared inputs for the scoring tests: reference data, the market context and the samples. */
import type { Profile } from "../../src/generated/profile.js";
import type { Rubric } from "../../src/generated/rubric.js";
import type { Scorecard } from "../../src/generated/scorecard.js";
import { score, type MarketContext } from "../../src/score/index.js";
import { validateAll } from "../../src/validate/validate-all.js";
import type { ValidProfile } from "../../src/validate/validate-profiles.js";
import { referenceData, TODAY } from "../helpers.js";

export { TODAY };

export function rubric(): Rubric {
  return referenceData().rubric;
}

export function market(): MarketContext {
  const ref = referenceData();
  return { market: ref.market, currencies: ref.currencies };
}

let samples: ValidProfile[] | undefined;
export function sampleProfiles(): ValidProfile[] {
  samples ??= validateAll({ today: TODAY }).profiles;
  return samples;
}

export function sample(slug: string): ValidProfile {
  const found = sampleProfiles().find((p) => p.slug === slug);
  if (!found) throw new Error(`no valid sample profile ${slug}`);
  return found;
}

export function scoreProfile(data: Profile, slug = "test-profile", today = TODAY, r: Rubric = rubric()): Scorecard {
  return score({ slug, data }, r, market(), today);
}
