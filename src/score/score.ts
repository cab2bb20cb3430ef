/**
 * score(profile, rubric, market, today) → Scorecard. Pure and deterministic: the same
 * inputs give the same scorecard, whatever order the profile lists its evidence in.
 */
import type { Rubric } from "../generated/rubric.js";
import type { Scorecard } from "../generated/scorecard.js";
import { scoreCore, type ScoreInput } from "./core.js";
import { suggestImprovements } from "./improvements.js";
import type { MarketContext } from "./market-context.js";

export { rubricWeights, scoreCore, type CoreResult, type ScoreInput } from "./core.js";

export function score(input: ScoreInput, rubric: Rubric, market: MarketContext, today: string): Scorecard {
  const core = scoreCore(input, rubric, market, today);
  // The scorecard is made for this call alone: fill in its improvements rather than copy it.
  core.scorecard.improvements = suggestImprovements(input, core, rubric, market, today);
  return core.scorecard;
}
