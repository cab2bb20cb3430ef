/**
 * "What would raise the score": every step the rubric suggests (a rule's `improve` text,
 * linking a source for a claimed item, having a sourced item verified) is tried on a copy
 * of the profile and scored; the steps that add most to the delivery score are listed with
 * their exact gain. Nothing here is hand-written per profile.
 */
import type { EvidenceItem, Profile } from "../generated/profile.js";
import type { Rule, Rubric, Section } from "../generated/rubric.js";
import type { Improvement } from "../generated/scorecard.js";
import { evidencePath, factPath, factValue, isGiven, isRecord, setAt, valueAt, type SectionId } from "./facts.js";
import type { MarketContext } from "./market-context.js";
import { formatNumber, round1 } from "./numbers.js";
import { SOURCE_CLAIM_RULE, TRACK_RECORD, VERIFY_RULE } from "./rule-ids.js";
import { scoreCore, type CoreResult, type ScoreInput } from "./core.js";
import type { SectionScore } from "./section-score.js";
import { fillTemplate } from "./templates.js";

type Draft = Record<string, unknown>;

interface Candidate {
  signal: SectionId;
  rule: string;
  text: string;
  /** What the step changes: two rules suggesting the same change are one step. */
  key: string;
  apply(draft: Draft): void;
}

/** The evidence item a suggestion imagines: sourced, dated today. */
function imaginedItem(kind: string, today: string): EvidenceItem {
  return { kind, title: "Imagined item for the improvement estimate", url: "https://imagined.invalid/", date: today, level: "sourced" };
}

function listAt(draft: Draft, path: readonly string[]): unknown[] {
  const value = valueAt(draft, path);
  if (Array.isArray(value)) return value;
  const list: unknown[] = [];
  setAt(draft, path, list);
  return list;
}

function ruleCandidate(rule: Rule, section: SectionScore, profile: Profile, today: string): Candidate | undefined {
  if (!rule.improve) return undefined;
  const outcome = section.outcomes.find((o) => o.rule === rule);
  const earned = outcome ? outcome.backed + outcome.claimed : 0;
  const base = { signal: section.id, rule: rule.id };
  const values = { section: section.label };
  const fact = rule.fact ?? "";
  const current = rule.type === "evidence" ? undefined : factValue(profile, section.id, fact);
  switch (rule.type) {
    case "evidence": {
      if (earned >= (rule.max ?? 0)) return undefined;
      const kind = rule.suggest_kind ?? rule.kinds?.[0] ?? "case-study";
      return { ...base, key: `evidence:${section.id}:${kind}`, text: fillTemplate(rule.improve, { ...values, kind: kind.replace(/-/g, " ") }), apply: (d) => void listAt(d, evidencePath(section.id)).push(imaginedItem(kind, today)) };
    }
    case "terms": {
      if (earned >= (rule.max ?? 0)) return undefined;
      const listed = new Set(Array.isArray(current) ? current : []);
      const missing = Object.entries(rule.terms ?? {})
        .filter(([term]) => !listed.has(term))
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
      const term = missing[0]?.[0];
      if (term === undefined) return undefined;
      return { ...base, key: `term:${section.id}:${fact}:${term}`, text: fillTemplate(rule.improve, { ...values, term }), apply: (d) => void listAt(d, factPath(section.id, fact)).push(term) };
    }
    case "flags": {
      if (earned >= (rule.max ?? 0)) return undefined;
      const object = isRecord(current) ? current : {};
      const missing = Object.entries(rule.flags ?? {})
        .filter(([flag]) => object[flag] !== true)
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
      const flag = missing[0]?.[0];
      if (flag === undefined) return undefined;
      return { ...base, key: `flag:${section.id}:${fact}:${flag}`, text: fillTemplate(rule.improve, { ...values, flag }), apply: (d) => setAt(d, [...factPath(section.id, fact), flag], true) };
    }
    case "threshold": {
      if (typeof current === "number") return undefined; // a fact, not a to-do: only missing facts are suggested
      const first = [...(rule.steps ?? [])].sort((a, b) => a.at_least - b.at_least)[0];
      if (!first) return undefined;
      return { ...base, key: `fact:${section.id}:${fact}`, text: fillTemplate(rule.improve, { ...values, step: formatNumber(first.at_least) }), apply: (d) => setAt(d, factPath(section.id, fact), first.at_least) };
    }
    case "present": {
      if (isGiven(current)) return undefined;
      return { ...base, key: `fact:${section.id}:${fact}`, text: fillTemplate(rule.improve, values), apply: (d) => setAt(d, factPath(section.id, fact), "Imagined statement for the improvement estimate.") };
    }
    case "count": {
      if (earned >= (rule.max ?? 0)) return undefined;
      return { ...base, key: `count:${section.id}:${fact}`, text: fillTemplate(rule.improve, values), apply: (d) => void listAt(d, factPath(section.id, fact)).push({ ...(rule.where ?? {}) }) };
    }
  }
}

function levelCandidates(section: SectionScore, profile: Profile, rubric: Rubric): Candidate[] {
  const list = valueAt(profile, evidencePath(section.id));
  if (!Array.isArray(list)) return [];
  return section.evidence.flatMap((e): Candidate[] => {
    const index = list.indexOf(e.item);
    if (index < 0 || e.item.level === "verified") return [];
    const raise = e.item.level === "claimed" ? ({ to: "sourced", rule: SOURCE_CLAIM_RULE, template: rubric.improvements["source-claim"] } as const) : ({ to: "verified", rule: VERIFY_RULE, template: rubric.improvements.verify } as const);
    return [
      {
        signal: section.id,
        rule: raise.rule,
        key: `level:${section.id}:${index}`,
        text: fillTemplate(raise.template, { title: e.item.title, section: section.label }),
        apply: (d) => {
          const item = (valueAt(d, evidencePath(section.id)) as Draft[])[index]!;
          item.level = raise.to;
          item.url ??= "https://imagined.invalid/";
          if (raise.to === "verified") item.verified_on ??= e.item.date;
        },
      },
    ];
  });
}

function sectionRubric(rubric: Rubric, id: SectionId): Section | undefined {
  return id === TRACK_RECORD ? rubric.track_record : rubric.signals[id];
}

export function suggestImprovements(input: ScoreInput, core: CoreResult, rubric: Rubric, market: MarketContext, today: string): Improvement[] {
  const max = rubric.improvements.max;
  if (max <= 0) return [];
  const profile = input.data;
  const candidates: Candidate[] = core.sections.flatMap((section) => [
    ...(sectionRubric(rubric, section.id)?.rules ?? []).flatMap((rule) => ruleCandidate(rule, section, profile, today) ?? []),
    ...levelCandidates(section, profile, rubric),
  ]);
  const before = core.scorecard.delivery.score;
  const seen = new Set<string>();
  const scored: Array<Improvement & { order: number }> = [];
  candidates.forEach((c, order) => {
    if (seen.has(c.key)) return;
    seen.add(c.key);
    const draft = structuredClone(profile) as unknown as Draft;
    c.apply(draft);
    const after = scoreCore({ slug: input.slug, data: draft as unknown as Profile }, rubric, market, today).scorecard.delivery.score;
    const points = round1(after - before);
    if (points > 0) scored.push({ signal: c.signal, rule: c.rule, text: c.text, points, order });
  });
  return scored
    .sort((a, b) => b.points - a.points || a.order - b.order)
    .slice(0, max)
    .map(({ signal, rule, text, points }) => ({ signal, rule, text, points }));
}
