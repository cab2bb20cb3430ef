/**
 * The market bands as the site shows them: grouped by engagement model, in US dollars,
 * with the site's own description of each model.
 */
import type { ReferenceData } from "../../reference/index.js";
import type { Market, ModelId, Per } from "../data/scorecards.js";
import { MODEL_ORDER } from "./format.js";

export interface MarketBand {
  label: string;
  min: number;
  max: number;
  per: Per;
  delivery?: "offshore" | "onshore";
}

export interface MarketModel {
  model: ModelId;
  label: string;
  description: string;
  per: Per;
  bands: MarketBand[];
  notes: string[];
}

export interface MarketView {
  year: number;
  as_of: string;
  source: string;
  explanation: string;
  models: MarketModel[];
  onshoreCountries: string[];
}

/** What each model is, in buyers' words (site copy, not scoring data). */
export const MODEL_INFO: Record<ModelId, { label: string; description: string; notes: string[] }> = {
  dedicated: {
    label: "Dedicated developers",
    description: "Continuous product work: developers embedded in your context and your team's rhythm, priced per developer per month by seniority and location.",
    notes: ["Suits ongoing product development where context compounds. Look for a short minimum term, a notice period you can live with, and a paid trial before committing."],
  },
  "project-based": {
    label: "Project-based",
    description: "A defined deliverable for an agreed scope and timeline, priced per project by complexity.",
    notes: ["Suits work you can specify up front. Ask how discovery is done before the price is fixed and how scope changes are priced."],
  },
  "staff-augmentation": {
    label: "Staff augmentation",
    description: "Extra depth for an existing team, billed by the hour. Offshore and US or European rates form two separate bands.",
    notes: ["Suits a team that already has its own process and needs more hands or a specialist. Your team carries the delivery risk, so the engineers' own signals matter most."],
  },
};

export function buildMarketView(market: Market, reference: ReferenceData): MarketView {
  const usd = (amount: number, currency: string) => Math.round(amount * (currency === "USD" ? 1 : (reference.currencies.currencies[currency]?.usd_per_unit ?? 1)));
  const models = MODEL_ORDER.flatMap((model): MarketModel[] => {
    const bands = market.bands.filter((b) => b.model === model);
    if (bands.length === 0) return [];
    const info = MODEL_INFO[model];
    return [
      {
        model,
        label: info.label,
        description: info.description,
        per: bands[0]!.per,
        notes: info.notes,
        bands: bands
          .map((b) => ({ label: b.label, min: usd(b.min, b.currency), max: usd(b.max, b.currency), per: b.per, ...(b.delivery ? { delivery: b.delivery } : {}) }))
          .sort((a, b) => a.min - b.min),
      },
    ];
  });
  return { year: market.year, as_of: market.as_of, source: market.source, explanation: market.explanation, models, onshoreCountries: [...market.onshore_countries] };
}
