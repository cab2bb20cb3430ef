/** The profile page model: everything the profile template shows, already labelled. */
import type { Evidence1 as EvidenceItem, Profile, Reference } from "../../generated/profile.js";
import { labelOf, type VocabularyTables } from "../../reference/vocabularies.js";
import type { ValidProfile } from "../../validate/validate-profiles.js";
import { daysBetween } from "../../util/dates.js";
import { STALE_AFTER_DAYS } from "../../validate/validate-profiles.js";
import { absoluteUrl, editUrl } from "../config.js";
import type { Reason, Scorecard } from "../data/scorecards.js";
import type { SafeHtml } from "../html.js";
import { renderMarkdown } from "../markdown.js";
import { formatMoney, formatPercent, KIND_LABEL } from "./format.js";
import type { ModelSummary, ProfileSummary, Term } from "./summary.js";

export interface Fact {
  label: string;
  text: string;
}

export interface SignalView {
  id: string;
  label: string;
  weight: number;
  score: number;
  max: number;
  reasons: Reason[];
  statement?: string;
  facts: Fact[];
  evidenceCount: number;
}

export interface EvidenceView {
  signal: string;
  kind: string;
  title: string;
  url?: string;
  date: string;
  level: "claimed" | "sourced" | "verified";
  verifiedOn?: string;
}

export interface EngagementView extends ModelSummary {
  reasons: Reason[];
}

export interface ProfilePageModel {
  slug: string;
  summary: ProfileSummary;
  scorecard: Scorecard;
  profile: Profile;
  bodyHtml: SafeHtml;
  facts: Fact[];
  stack: Term[];
  signals: SignalView[];
  trackRecord: { label: string; weight: number; score: number; max: number; reasons: Reason[]; facts: Fact[]; references: Reference[] };
  evidence: EvidenceView[];
  engagement: EngagementView[];
  paidTrial: string;
  dueDiligence: Array<{ label: string; offered: boolean }>;
  disclosure: Fact[];
  lastReviewed: string;
  stale: boolean;
  editUrl: string;
  apiPath: string;
  jsonLd: Record<string, unknown>;
}

const SIGNAL_KEYS = ["business_discovery", "maintained_systems", "testing", "tradeoffs", "modern_python", "ai_integration"] as const;
type SignalKey = (typeof SIGNAL_KEYS)[number];

const SUBMITTED_BY: Record<Profile["disclosure"]["submitted_by"], string> = {
  self: "The firm or freelancer themselves",
  "third-party": "A third party (a client or someone else)",
  maintainer: "A Shortlist maintainer",
};

const CLIENT_SIZE: Record<string, string> = { startup: "Start-ups", smb: "Small and medium businesses", "mid-market": "Mid-market", enterprise: "Enterprise" };

function terms(tables: VocabularyTables, vocabulary: string, ids: readonly string[] | undefined): string {
  return (ids ?? []).map((id) => labelOf(tables, vocabulary, id)).join(", ");
}

function pushFact(facts: Fact[], label: string, text: string | undefined): void {
  if (text !== undefined && text !== "") facts.push({ label, text });
}

function signalFacts(key: SignalKey, p: Profile, tables: VocabularyTables): Fact[] {
  const facts: Fact[] = [];
  switch (key) {
    case "business_discovery": {
      const s = p.signals.business_discovery;
      pushFact(facts, "Practices", terms(tables, "discovery_practices", s?.practices));
      break;
    }
    case "maintained_systems": {
      const s = p.signals.maintained_systems;
      if (s?.longest_maintained_years !== undefined) pushFact(facts, "Longest-maintained system", `${s.longest_maintained_years} years`);
      if (s?.systems_in_maintenance !== undefined) pushFact(facts, "Systems in maintenance today", String(s.systems_in_maintenance));
      pushFact(facts, "Practices", terms(tables, "maintenance_practices", s?.practices));
      break;
    }
    case "testing": {
      const s = p.signals.testing;
      pushFact(facts, "Test tools", terms(tables, "stack", s?.frameworks));
      pushFact(facts, "Kinds of test", terms(tables, "testing_levels", s?.levels));
      if (s?.coverage_target !== undefined) pushFact(facts, "Coverage target", `${s.coverage_target}%`);
      pushFact(facts, "Practices", terms(tables, "testing_practices", s?.practices));
      break;
    }
    case "tradeoffs": {
      pushFact(facts, "Practices", terms(tables, "tradeoff_practices", p.signals.tradeoffs?.practices));
      break;
    }
    case "modern_python": {
      const s = p.signals.modern_python;
      pushFact(facts, "Practices", terms(tables, "modern_python_practices", s?.practices));
      pushFact(facts, "Python versions in production", (s?.python_versions ?? []).join(", "));
      break;
    }
    case "ai_integration": {
      const s = p.signals.ai_integration;
      pushFact(facts, "Capabilities", terms(tables, "ai_capabilities", s?.capabilities));
      pushFact(facts, "Frameworks", terms(tables, "stack", s?.frameworks));
      break;
    }
  }
  return facts;
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
/** "de" → "German" (the id itself when unknown). */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function isSignalKey(id: string): id is SignalKey {
  return (SIGNAL_KEYS as readonly string[]).includes(id);
}

export function buildProfilePage(source: ValidProfile, card: Scorecard, summary: ProfileSummary, tables: VocabularyTables, today: string): ProfilePageModel {
  const p = source.data;
  const facts: Fact[] = [];
  pushFact(facts, "Kind", KIND_LABEL[p.kind]);
  pushFact(facts, "Headquarters", [p.headquarters.city, summary.country.label].filter(Boolean).join(", "));
  pushFact(facts, "Regions served", terms(tables, "regions", p.regions));
  pushFact(facts, "Time zones", (p.timezones ?? []).join(", "));
  if (p.founded !== undefined) pushFact(facts, p.kind === "firm" ? "Founded" : "Independent since", String(p.founded));
  if (p.team_size !== undefined) pushFact(facts, "Delivery team", p.team_size === 1 ? "1 person" : `${p.team_size} people`);
  pushFact(facts, "Working languages", (p.languages ?? []).map(languageName).join(", "));
  pushFact(facts, "Services", summary.services.map((s) => s.label).join(", "));
  pushFact(facts, "Industries", terms(tables, "industries", p.industries));
  pushFact(facts, "Client sizes", (p.client_sizes ?? []).map((c) => CLIENT_SIZE[c] ?? c).join(", "));
  if (p.minimum_project_usd !== undefined) pushFact(facts, "Minimum project", p.minimum_project_usd === 0 ? "None" : formatMoney(p.minimum_project_usd, "USD"));
  pushFact(facts, "Certifications", (p.certifications ?? []).join(", "));

  const signals: SignalView[] = card.signals.map((s) => {
    const key = isSignalKey(s.id) ? s.id : undefined;
    const data = key ? p.signals[key] : undefined;
    return {
      id: s.id,
      label: s.label,
      weight: s.weight,
      score: s.score,
      max: s.max,
      reasons: s.reasons,
      ...(data?.statement ? { statement: data.statement } : {}),
      facts: key ? signalFacts(key, p, tables) : [],
      evidenceCount: data?.evidence.length ?? 0,
    };
  });

  const evidence: EvidenceView[] = [];
  const addEvidence = (signal: string, items: readonly EvidenceItem[] | undefined) => {
    for (const e of items ?? []) {
      evidence.push({
        signal,
        kind: labelOf(tables, "evidence_kinds", e.kind),
        title: e.title,
        ...(e.url ? { url: e.url } : {}),
        date: e.date,
        level: e.level,
        ...(e.verified_on ? { verifiedOn: e.verified_on } : {}),
      });
    }
  };
  for (const s of card.signals) if (isSignalKey(s.id)) addEvidence(s.label, p.signals[s.id]?.evidence);
  addEvidence("Track record", p.track_record.evidence);
  evidence.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

  const tr = p.track_record;
  const trFacts: Fact[] = [];
  if (tr.projects_delivered !== undefined) pushFact(trFacts, "Projects delivered to production", String(tr.projects_delivered));
  if (tr.on_time_rate !== undefined) pushFact(trFacts, "Delivered on the agreed date", formatPercent(tr.on_time_rate));
  if (tr.repeat_client_rate !== undefined) pushFact(trFacts, "Clients who hired them again", formatPercent(tr.repeat_client_rate));

  const engagement: EngagementView[] = summary.models.map((m) => ({ ...m, reasons: card.engagement.find((e) => e.model === m.model)?.reasons ?? [] }));

  const dd = p.due_diligence ?? {};
  const dueDiligence = [
    { label: "Buyers may interview the engineers who would do the work", offered: dd.technical_screen === true },
    { label: "Engineers take part in a realistic exercise set by the buyer", offered: dd.exercise === true },
    { label: "References put in touch on request", offered: dd.contactable_references === true },
    { label: "Code samples shared on request", offered: dd.code_samples === true },
  ];

  const disclosure: Fact[] = [];
  pushFact(disclosure, "Submitted by", SUBMITTED_BY[p.disclosure.submitted_by]);
  pushFact(disclosure, "Paid relationship", p.disclosure.paid_relationship ? "Yes — money changes hands between the subject and the submitter or Shortlist maintainers" : "None");
  pushFact(disclosure, "Notes", p.disclosure.notes);

  return {
    slug: source.slug,
    summary,
    scorecard: card,
    profile: p,
    bodyHtml: renderMarkdown(source.body),
    facts,
    stack: p.stack.map((id) => ({ id, label: labelOf(tables, "stack", id) })),
    signals,
    trackRecord: { label: card.delivery.track_record.label, weight: card.delivery.track_record.weight, score: card.delivery.track_record.score, max: card.delivery.track_record.max, reasons: card.delivery.track_record.reasons, facts: trFacts, references: tr.references ?? [] },
    evidence,
    engagement,
    paidTrial: p.paid_trial.offered ? `Paid trial offered${p.paid_trial.weeks ? ` (about ${p.paid_trial.weeks} week${p.paid_trial.weeks === 1 ? "" : "s"})` : ""}` : "No paid trial offered",
    dueDiligence,
    disclosure,
    lastReviewed: p.last_reviewed,
    stale: daysBetween(p.last_reviewed, today) > STALE_AFTER_DAYS,
    editUrl: editUrl(source.slug),
    apiPath: `/api/profiles/${source.slug}.json`,
    jsonLd: profileJsonLd(source.slug, p, summary),
  };
}

/** schema.org ProfilePage about an Organization (firm) or Person (freelancer). */
export function profileJsonLd(slug: string, p: Profile, summary: ProfileSummary): Record<string, unknown> {
  const url = absoluteUrl(`/profiles/${slug}/`);
  const address = { "@type": "PostalAddress", addressCountry: p.headquarters.country, ...(p.headquarters.city ? { addressLocality: p.headquarters.city } : {}) };
  const offers = summary.models.map((m) => ({
    "@type": "Offer",
    name: m.label,
    ...(m.rate
      ? {
          priceSpecification: {
            "@type": "UnitPriceSpecification",
            priceCurrency: m.rate.currency,
            minPrice: m.rate.min,
            maxPrice: m.rate.max,
            unitText: m.rate.per === "month" ? "developer-month" : m.rate.per,
          },
        }
      : {}),
  }));
  const subject: Record<string, unknown> =
    p.kind === "firm"
      ? {
          "@type": "Organization",
          name: p.name,
          url: p.website,
          description: p.summary,
          address,
          ...(p.founded !== undefined ? { foundingDate: String(p.founded) } : {}),
          ...(p.team_size !== undefined ? { numberOfEmployees: { "@type": "QuantitativeValue", value: p.team_size } } : {}),
          knowsAbout: summary.services.map((s) => s.label),
          makesOffer: offers,
        }
      : {
          "@type": "Person",
          name: p.name,
          url: p.website,
          description: p.summary,
          address,
          jobTitle: "Python developer",
          knowsAbout: summary.services.map((s) => s.label),
          makesOffer: offers,
        };
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    "@id": url,
    url,
    name: `${p.name} — Shortlist profile`,
    dateModified: p.last_reviewed,
    mainEntity: subject,
  };
}
