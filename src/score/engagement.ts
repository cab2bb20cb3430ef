/**
 * Scores one offered engagement model (0 to 100) from the rubric's engagement rules: a
 * published rate, its position against the market band after conversion to US dollars, a
 * narrow range, a paid trial, a stated and short minimum term, and notes on the terms.
 * A rate in a currency the table does not list, or in the wrong unit, is shown but not
 * compared with the band, and the scorecard gets a warning: never a NaN.
 */
import type { EngagementModel, Profile } from "../generated/profile.js";
import type { Rubric } from "../generated/rubric.js";
import type { EngagementScore, Reason, Warning } from "../generated/scorecard.js";
import { deliveryLocation, findBand, usdPerUnit, type MarketContext } from "./market-context.js";
import { clamp, formatMoney, formatNumber, quantise, round1 } from "./numbers.js";
import { engagementRuleId, warningRuleId, type EngagementRuleKey } from "./rule-ids.js";
import { fillTemplate } from "./templates.js";

export interface EngagementResult {
  entry: EngagementScore;
  warnings: Warning[];
}

const MODEL_WORDS: Record<EngagementModel["model"], string> = {
  dedicated: "dedicated developers",
  "project-based": "project-based",
  "staff-augmentation": "staff augmentation",
};

export function modelLabel(model: EngagementModel["model"]): string {
  return MODEL_WORDS[model] ?? model;
}

function range(min: number, max: number, currency: string, per: string): string {
  const figures = min === max ? formatMoney(min) : `${formatMoney(min)}–${formatMoney(max)}`;
  return `${figures} ${currency} per ${per}`;
}

function months(n: number): string {
  return n === 0 ? "none" : `${formatNumber(n)} month${n === 1 ? "" : "s"}`;
}

const NO_VALUES: Record<string, string> = Object.freeze({});

/** The reason for an engagement rule that applies (made outside scoreEngagement: no closures per model). */
function addReason(reasons: Reason[], rubric: Rubric, key: EngagementRuleKey, values: Record<string, string> = NO_VALUES): void {
  const rule = rubric.engagement.rules[key];
  reasons.push({ rule: engagementRuleId(key), points: rule.points, text: fillTemplate(rule.text, values) });
}

function addWarning(warnings: Warning[], rubric: Rubric, key: "unknown-currency" | "rate-unit-mismatch", values: Record<string, string>): void {
  warnings.push({ rule: warningRuleId(key), message: fillTemplate(rubric.warnings[key].text, values) });
}

export function scoreEngagement(model: EngagementModel, profile: Profile, rubric: Rubric, context: MarketContext): EngagementResult {
  const rules = rubric.engagement.rules;
  const reasons: Reason[] = [];
  const warnings: Warning[] = [];

  const delivery = deliveryLocation(model.delivery, profile.headquarters?.country, context.market);
  const band = findBand(context.market, model.model, delivery);
  const bandRate = band ? usdPerUnit(context.currencies, band.currency) : undefined;
  const bandUsd = band && bandRate !== undefined ? { min: Math.round(band.min * bandRate), max: Math.round(band.max * bandRate), per: band.per, label: band.label } : undefined;

  let rateUsd: EngagementScore["rate_usd"];
  let position: EngagementScore["position"];
  const rate = model.rate;
  if (rate) {
    const lo = Math.min(rate.min, rate.max);
    const hi = Math.max(rate.min, rate.max);
    addReason(reasons, rubric, "rate-published", { rate: range(lo, hi, rate.currency, rate.per) });
    if (lo > 0 && hi / lo <= rules["narrow-range"].max_ratio) addReason(reasons, rubric, "narrow-range", { ratio: formatNumber(hi / lo, 1) });
    const perUnit = usdPerUnit(context.currencies, rate.currency);
    if (perUnit === undefined) {
      addWarning(warnings, rubric, "unknown-currency", { model: model.model, currency: rate.currency });
    } else if (bandUsd && rate.per !== bandUsd.per) {
      addWarning(warnings, rubric, "rate-unit-mismatch", { model: model.model, per: rate.per, expected: bandUsd.per });
    } else {
      rateUsd = { min: Math.round(lo * perUnit), max: Math.round(hi * perUnit), per: rate.per };
      if (bandUsd && band && bandRate !== undefined) {
        const mid = quantise(((lo + hi) / 2) * perUnit);
        position = mid < quantise(band.min * bandRate) ? "below" : mid > quantise(band.max * bandRate) ? "above" : "within";
        addReason(reasons, rubric, `band-${position}`, {
          rate_usd: range(rateUsd.min, rateUsd.max, "USD", rateUsd.per),
          band: `${range(bandUsd.min, bandUsd.max, "USD", bandUsd.per)}, ${bandUsd.label}`,
        });
      }
    }
  }
  if (profile.paid_trial?.offered) {
    const weeks = profile.paid_trial.weeks;
    addReason(reasons, rubric, "paid-trial", { weeks: weeks !== undefined ? `${weeks} week${weeks === 1 ? "" : "s"}` : "unstated length" });
  }
  const term = model.minimum_term_months;
  if (typeof term === "number" && Number.isFinite(term)) {
    addReason(reasons, rubric, "minimum-term-stated", { months: months(term) });
    if (term <= rules["short-minimum-term"].max_months) addReason(reasons, rubric, "short-minimum-term", { months: months(term) });
  }
  if (typeof model.notes === "string" && model.notes.trim().length > 0) addReason(reasons, rubric, "terms-notes");

  const score = round1(clamp(reasons.reduce((a, r) => a + r.points, 0), 0, 100));
  const entry: EngagementScore = {
    model: model.model,
    score,
    ...(band?.delivery ? { delivery } : {}),
    ...(rateUsd ? { rate_usd: rateUsd } : {}),
    ...(bandUsd ? { band: bandUsd } : {}),
    ...(position ? { position } : {}),
    reasons: reasons.slice(), // exactly its length: pushing leaves spare room, which every scorecard would keep
  };
  return { entry, warnings };
}
