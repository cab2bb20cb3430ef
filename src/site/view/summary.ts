/**
 * The compact per-profile record that directory rows, search facets, the engagement pages,
 * the API and the client-side directory index are built from.
 */
import type { Profile } from "../../generated/profile.js";
import { labelOf, type VocabularyTables } from "../../reference/vocabularies.js";
import type { ValidProfile } from "../../validate/validate-profiles.js";
import { HOURS_PER_MONTH } from "../config.js";
import type { Confidence, EngagementScore, ModelId, Scorecard, UsdRange } from "../data/scorecards.js";
import { MODEL_ORDER } from "./format.js";

export interface Term {
  id: string;
  label: string;
}

export interface ModelSummary {
  model: ModelId;
  label: string;
  /** Published rate in its own currency, if any. */
  rate?: { currency: string; min: number; max: number; per: "hour" | "month" | "project" };
  usd?: UsdRange;
  band?: UsdRange & { label: string };
  position?: "below" | "within" | "above";
  score: number;
  minimumTermMonths?: number;
  delivery?: "offshore" | "onshore";
  notes?: string;
}

export interface ProfileSummary {
  slug: string;
  name: string;
  kind: "firm" | "freelancer";
  fictional: boolean;
  summary: string;
  path: string;
  website: string;
  country: Term;
  city?: string;
  regions: Term[];
  services: Term[];
  score: number;
  confidence: Confidence;
  backedShare: number;
  models: ModelSummary[];
  /** Lowest published rate as USD per hour (monthly rates ÷ 160 h); undefined with project pricing only or no rates. */
  hourlyEquivalentUsd?: number;
  paidTrialWeeks?: number;
  lastReviewed: string;
}

export function profilePath(slug: string): string {
  return `/profiles/${slug}/`;
}

export function modelLabel(model: ModelId, labels: ReadonlyMap<ModelId, string>): string {
  return labels.get(model) ?? model;
}

function hourlyEquivalent(engagement: readonly EngagementScore[]): number | undefined {
  const values = engagement.flatMap((e) => {
    if (!e.rate_usd) return [];
    if (e.rate_usd.per === "hour") return [e.rate_usd.min];
    if (e.rate_usd.per === "month") return [e.rate_usd.min / HOURS_PER_MONTH];
    return [];
  });
  return values.length === 0 ? undefined : Math.round(Math.min(...values) * 100) / 100;
}

export function summarise(p: ValidProfile, card: Scorecard, tables: VocabularyTables, modelLabels: ReadonlyMap<ModelId, string>): ProfileSummary {
  const d: Profile = p.data;
  const models: ModelSummary[] = [...d.engagement_models]
    .sort((a, b) => MODEL_ORDER.indexOf(a.model) - MODEL_ORDER.indexOf(b.model))
    .map((m) => {
      const e = card.engagement.find((x) => x.model === m.model);
      return {
        model: m.model,
        label: modelLabel(m.model, modelLabels),
        ...(m.rate ? { rate: { currency: m.rate.currency, min: m.rate.min, max: m.rate.max, per: m.rate.per } } : {}),
        ...(e?.rate_usd ? { usd: e.rate_usd } : {}),
        ...(e?.band ? { band: e.band } : {}),
        ...(e?.position ? { position: e.position } : {}),
        score: e?.score ?? 0,
        ...(m.minimum_term_months !== undefined ? { minimumTermMonths: m.minimum_term_months } : {}),
        ...(m.delivery ? { delivery: m.delivery } : {}),
        ...(m.notes ? { notes: m.notes } : {}),
      };
    });
  const hourly = hourlyEquivalent(card.engagement);
  return {
    slug: p.slug,
    name: d.name,
    kind: d.kind,
    fictional: d.fictional === true,
    summary: d.summary,
    path: profilePath(p.slug),
    website: d.website,
    country: { id: d.headquarters.country, label: labelOf(tables, "countries", d.headquarters.country) },
    ...(d.headquarters.city ? { city: d.headquarters.city } : {}),
    regions: (d.regions ?? []).map((id) => ({ id, label: labelOf(tables, "regions", id) })),
    services: d.services.map((id) => ({ id, label: labelOf(tables, "services", id) })),
    score: card.delivery.score,
    confidence: card.delivery.confidence,
    backedShare: card.delivery.backed_share,
    models,
    ...(hourly !== undefined ? { hourlyEquivalentUsd: hourly } : {}),
    ...(d.paid_trial.offered ? { paidTrialWeeks: d.paid_trial.weeks ?? 0 } : {}),
    lastReviewed: d.last_reviewed,
  };
}
