/** The scorer's public surface: score() and the pieces other tools reuse. */
export { score, scoreCore, rubricWeights, type ScoreInput, type CoreResult } from "./score.js";
export { weightedDelivery } from "./weighted-delivery.js";
export { rubricRuleIds, TRACK_RECORD } from "./rule-ids.js";
export type { MarketContext } from "./market-context.js";
export type { Scorecard } from "../generated/scorecard.js";
