/** Records published under /api/: the list (JSON and CSV rows) and one full record per profile. */
import type { Profile } from "../../generated/profile.js";
import type { ValidProfile } from "../../validate/validate-profiles.js";
import { absoluteUrl, editUrl } from "../config.js";
import type { Scorecard } from "../data/scorecards.js";
import type { ProfileSummary } from "./summary.js";

export interface ApiListRecord {
  slug: string;
  name: string;
  kind: "firm" | "freelancer";
  fictional: boolean;
  summary: string;
  url: string;
  data_url: string;
  website: string;
  headquarters: { country: string; city?: string };
  regions: string[];
  services: string[];
  delivery_score: number;
  confidence: string;
  backed_share: number;
  signals: Record<string, number>;
  engagement_models: Array<{
    model: string;
    score: number;
    rate?: { currency: string; min: number; max: number; per: string };
    rate_usd?: { min: number; max: number; per: string };
    band?: { label: string; min: number; max: number; per: string };
    position?: string;
  }>;
  paid_trial_weeks: number | null;
  last_reviewed: string;
}

export interface ApiList {
  rubric_version: string;
  scored_on: string;
  count: number;
  profiles: ApiListRecord[];
}

export interface ApiProfileRecord {
  slug: string;
  url: string;
  edit_url: string;
  profile: Profile;
  body_markdown: string;
  scorecard: Scorecard;
}

export function apiProfilePath(slug: string): string {
  return `/api/profiles/${slug}.json`;
}

export function apiListRecord(s: ProfileSummary, card: Scorecard): ApiListRecord {
  return {
    slug: s.slug,
    name: s.name,
    kind: s.kind,
    fictional: s.fictional,
    summary: s.summary,
    url: absoluteUrl(s.path),
    data_url: absoluteUrl(apiProfilePath(s.slug)),
    website: s.website,
    headquarters: { country: s.country.id, ...(s.city ? { city: s.city } : {}) },
    regions: s.regions.map((r) => r.id),
    services: s.services.map((x) => x.id),
    delivery_score: s.score,
    confidence: s.confidence,
    backed_share: Math.round(s.backedShare * 1000) / 1000,
    signals: Object.fromEntries(card.signals.map((x) => [x.id, x.score])),
    engagement_models: s.models.map((m) => ({
      model: m.model,
      score: m.score,
      ...(m.rate ? { rate: m.rate } : {}),
      ...(m.usd ? { rate_usd: m.usd } : {}),
      ...(m.band ? { band: m.band } : {}),
      ...(m.position ? { position: m.position } : {}),
    })),
    paid_trial_weeks: s.paidTrialWeeks ?? null,
    last_reviewed: s.lastReviewed,
  };
}

export function apiList(rows: readonly ProfileSummary[], cards: ReadonlyMap<string, Scorecard>, today: string, rubricVersion: string): ApiList {
  return { rubric_version: rubricVersion, scored_on: today, count: rows.length, profiles: rows.map((r) => apiListRecord(r, cards.get(r.slug)!)) };
}

export function apiProfileRecord(source: ValidProfile, card: Scorecard): ApiProfileRecord {
  return { slug: source.slug, url: absoluteUrl(`/profiles/${source.slug}/`), edit_url: editUrl(source.slug), profile: source.data, body_markdown: source.body, scorecard: card };
}
