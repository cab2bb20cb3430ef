/**
 * Confidence: how much of the delivery score rests on sourced or verified evidence.
 * backed_share = Σ weight × backed points / Σ weight × score, over the six signals and the
 * track record, from the published (one-decimal) figures so that anyone can recompute it.
 */
import type { Rubric } from "../generated/rubric.js";
import type { Scorecard } from "../generated/scorecard.js";
import { round2 } from "./numbers.js";

export type Confidence = Scorecard["delivery"]["confidence"];

export interface WeightedPart {
  weight: number;
  score: number;
  backed: number;
}

export function backedShare(parts: readonly WeightedPart[]): number {
  let backed = 0;
  let total = 0;
  for (const p of parts) {
    backed += p.weight * Math.min(p.backed, p.score);
    total += p.weight * p.score;
  }
  return total > 0 ? round2(backed / total) : 0;
}

export function confidenceLevel(share: number, delivery: number, rubric: Rubric): Confidence {
  if (delivery <= 0) return "low";
  if (share >= rubric.confidence.high) return "high";
  if (share >= rubric.confidence.medium) return "medium";
  return "low";
}
