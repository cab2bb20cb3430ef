/**
 * The delivery score as a weighted sum, in one small function with no imports, so that a
 * page in the browser ("your weights") can re-rank with exactly the arithmetic the
 * scorecards were made with.
 *
 *   delivery = 100 × Σ weight_k × (score_k / max) / Σ weight_k
 *
 * over the sections named in `weights`: the six signals and the track record, each scored
 * 0–`max`. With the rubric's weights (which add up to 100), a section at full score adds
 * exactly its weight. Scores are taken to one decimal, as published, and the result is
 * rounded to one decimal; a missing score counts as 0 and non-positive weights are ignored.
 */
export function weightedDelivery(scores: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>>, max = 10): number {
  let weighted = 0;
  let total = 0;
  for (const [id, weight] of Object.entries(weights)) {
    if (!(weight > 0) || !Number.isFinite(weight)) continue;
    const score = scores[id];
    const tenths = typeof score === "number" && Number.isFinite(score) ? Math.round(Math.min(max, Math.max(0, score)) * 10) : 0;
    weighted += weight * tenths;
    total += weight;
  }
  if (total === 0) return 0;
  // tenths of a point, so: 100 × Σ w·(t/10)/max / Σ w = 10 × Σ w·t / (max × Σ w)
  return Math.round((100 * weighted) / (max * total)) / 10;
}
