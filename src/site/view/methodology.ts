/**
 * The methodology page model, generated from the rubric and market data the scorer reads,
 * so page and score never disagree. Each rule's "how it earns points" sentence is derived
 * from the rule's type and numbers, with vocabulary labels for the terms it rewards.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemasDir } from "../../paths.js";
import type { ReferenceData } from "../../reference/index.js";
import { labelOf } from "../../reference/vocabularies.js";
import { vocabularyBindings, type VocabularyBinding } from "../../validate/vocabulary-bindings.js";
import type { Rubric } from "../data/scorecards.js";
import { formatPoints } from "./numbers.js";
import type { MarketView } from "./market.js";

type RubricRule = Rubric["track_record"]["rules"][number];

export interface RuleRow {
  id: string;
  /** How the rule earns points, in words, with its numbers. */
  how: string;
  /** The most the rule can add. */
  upTo: number;
  /** The reason template a scorecard shows when it fires. */
  reason: string;
  explanation?: string;
}

export interface SectionRow {
  id: string;
  label: string;
  weight: number;
  explanation: string;
  rules: RuleRow[];
  /** Sum of every rule's maximum (a section is capped at 10 regardless). */
  available: number;
}

export interface MethodologyModel {
  version: string;
  effective: string;
  summary: string;
  sections: SectionRow[];
  totalWeight: number;
  evidence: {
    levels: Array<{ level: "claimed" | "sourced" | "verified"; worth: number; explanation: string }>;
    fullWorthMonths: number;
    floorMonths: number;
    floor: number;
    explanation: string;
  };
  claimsCap: { cap: number; unlockWorth: number; explanation: string };
  confidence: { high: number; medium: number; explanation: string };
  engagement: { explanation: string; rules: Array<{ id: string; label: string; points: number; when: string }> };
  warnings: Array<{ id: string; label: string; text: string }>;
  market: MarketView;
  currencies: { asOf: string; rows: Array<{ code: string; name: string; usdPerUnit: number }> };
}

let bindings: VocabularyBinding[] | undefined;
function vocabularyFor(path: readonly string[]): string | undefined {
  bindings ??= vocabularyBindings(JSON.parse(readFileSync(join(schemasDir, "profile.schema.json"), "utf8")) as Record<string, unknown>);
  const key = [...path, "*"].join("/");
  return bindings.find((b) => b.path.join("/") === key || b.path.join("/") === path.join("/"))?.vocabulary;
}

function humanise(name: string): string {
  return name.replace(/_/g, " ");
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function describeRule(rule: RubricRule, base: readonly string[], reference: ReferenceData): { how: string; upTo: number } {
  const factPath = rule.fact ? [...base, ...rule.fact.split("/")] : base;
  switch (rule.type) {
    case "evidence": {
      const kinds = rule.kinds ? `of kind ${list(rule.kinds.map((k) => labelOf(reference.tables, "evidence_kinds", k).toLowerCase()))}` : "";
      return { how: `Each evidence item ${kinds ? kinds + " " : ""}earns ${formatPoints(rule.per_item ?? 0)} × its worth (level and age), up to ${formatPoints(rule.max ?? 0)}.`, upTo: rule.max ?? 0 };
    }
    case "terms": {
      const vocabulary = vocabularyFor(factPath);
      const terms = Object.entries(rule.terms ?? {}).map(([id, pts]) => `${vocabulary ? labelOf(reference.tables, vocabulary, id) : id} (${formatPoints(pts ?? 0)})`);
      return { how: `Each listed ${humanise(rule.fact ?? "term").replace(/s$/, "")} earns its points: ${terms.join(", ")}; up to ${formatPoints(rule.max ?? 0)}.`, upTo: rule.max ?? 0 };
    }
    case "flags": {
      const flags = Object.entries(rule.flags ?? {}).map(([flag, pts]) => `${humanise(flag)} (${formatPoints(pts ?? 0)})`);
      return { how: `Each of these offered earns its points: ${flags.join(", ")}; up to ${formatPoints(rule.max ?? 0)}.`, upTo: rule.max ?? 0 };
    }
    case "threshold": {
      const isShare = /_rate$/.test(rule.fact ?? "");
      const isCoverage = /coverage/.test(rule.fact ?? "");
      const value = (v: number) => (isShare ? `${Math.round(v * 100)}%` : isCoverage ? `${v}%` : String(v));
      const steps = (rule.steps ?? []).map((s) => `at least ${value(s.at_least)}: ${formatPoints(s.points)}`);
      return { how: `${humanise(rule.fact?.split("/").pop() ?? "value")[0]!.toUpperCase()}${humanise(rule.fact?.split("/").pop() ?? "value").slice(1)} — the highest step reached counts: ${steps.join("; ")}.`, upTo: Math.max(0, ...(rule.steps ?? []).map((s) => s.points)) };
    }
    case "present":
      return { how: `${humanise(rule.fact ?? "fact")[0]!.toUpperCase()}${humanise(rule.fact ?? "fact").slice(1)} given: ${formatPoints(rule.points ?? 0)} (self-description, within the claims cap).`, upTo: rule.points ?? 0 };
    case "count": {
      const where = Object.entries(rule.where ?? {}).map(([k, v]) => `${v ? "" : "not "}${humanise(k)}`);
      return { how: `Each ${where.length ? `${list(where)} ` : ""}item of ${humanise(rule.fact?.split("/").pop() ?? "the list")} earns ${formatPoints(rule.per_item ?? 0)}, up to ${formatPoints(rule.max ?? 0)}.`, upTo: rule.max ?? 0 };
    }
  }
}

function section(id: string, s: Rubric["track_record"], base: readonly string[], reference: ReferenceData): SectionRow {
  const rules = s.rules.map((rule) => {
    const { how, upTo } = describeRule(rule, base, reference);
    return { id: rule.id, how, upTo, reason: rule.text, ...(rule.explanation ? { explanation: rule.explanation } : {}) };
  });
  return { id, label: s.label, weight: s.weight, explanation: s.explanation, rules, available: Math.round(rules.reduce((n, r) => n + r.upTo, 0) * 100) / 100 };
}

const ENGAGEMENT_LABELS: Record<keyof Rubric["engagement"]["rules"], string> = {
  "rate-published": "A price range is published",
  "band-within": "The rate's midpoint (in USD) is within the market band",
  "band-below": "The rate's midpoint is below the market band",
  "band-above": "The rate's midpoint is above the market band",
  "narrow-range": "The range is narrow enough to budget with",
  "paid-trial": "A paid trial is offered",
  "minimum-term-stated": "The minimum term is stated",
  "short-minimum-term": "The minimum term is short",
  "terms-notes": "Notes explain what is included, notice and changes",
};

export function buildMethodology(rubric: Rubric, market: MarketView, reference: ReferenceData): MethodologyModel {
  const sections = [
    ...Object.entries(rubric.signals).flatMap(([id, s]) => (s ? [section(id, s, ["signals", id], reference)] : [])),
    section("track_record", rubric.track_record, [], reference),
  ];
  const er = rubric.engagement.rules;
  const engagementRules = (Object.keys(ENGAGEMENT_LABELS) as Array<keyof typeof ENGAGEMENT_LABELS>).map((id) => {
    let when = ENGAGEMENT_LABELS[id];
    if (id === "narrow-range") when += ` (max at most ${er["narrow-range"].max_ratio} × min)`;
    if (id === "short-minimum-term") when += ` (${er["short-minimum-term"].max_months} months or less)`;
    return { id, label: ENGAGEMENT_LABELS[id], points: er[id].points, when };
  });
  const c = reference.currencies;
  return {
    version: rubric.version,
    effective: rubric.effective,
    summary: rubric.summary,
    sections,
    totalWeight: sections.reduce((n, s) => n + s.weight, 0),
    evidence: {
      levels: (["claimed", "sourced", "verified"] as const).map((level) => ({ level, worth: rubric.evidence.levels[level].worth, explanation: rubric.evidence.levels[level].explanation })),
      fullWorthMonths: rubric.evidence.decay.full_worth_months,
      floorMonths: rubric.evidence.decay.floor_months,
      floor: rubric.evidence.decay.floor,
      explanation: rubric.evidence.explanation,
    },
    claimsCap: { cap: rubric.claims_cap.cap, unlockWorth: rubric.claims_cap.unlock_worth, explanation: rubric.claims_cap.explanation },
    confidence: { high: rubric.confidence.high, medium: rubric.confidence.medium, explanation: rubric.confidence.explanation },
    engagement: { explanation: rubric.engagement.explanation, rules: engagementRules },
    warnings: Object.entries(rubric.warnings).map(([id, w]) => ({ id, label: id[0]!.toUpperCase() + id.slice(1).replace(/-/g, " "), text: w.text.replace(/\{[a-z_]+\}/g, "…") })),
    market,
    currencies: {
      asOf: c.as_of,
      rows: Object.entries(c.currencies).flatMap(([code, v]) => (v ? [{ code, name: v.name, usdPerUnit: v.usd_per_unit }] : [])),
    },
  };
}
