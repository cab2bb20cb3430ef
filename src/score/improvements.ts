/**
 * "What would raise the score": every step the rubric suggests (a rule's `improve` text,
 * linking a source for a claimed item, having a sourced item verified) is tried on a copy
 * of the profile and scored; the steps that add most to the delivery score are listed with
 * their exact gain. Nothing here is hand-written per profile.
 *
 * A step writes at one path of the profile. Only the sections that read at that path (a
 * fact path that is a prefix of it or lies under it, the section's own evidence, or any
 * evidence for a section with a profile-wide evidence rule) can change, so only those are
 * scored again, on a copy that shares every untouched part with the profile. The delivery
 * score is the same weighted sum scoreCore takes; the golden and property tests hold this
 * to scoring the whole modified profile.
 */
import type { EvidenceItem, Profile } from "../generated/profile.js";
import type { Rule, Rubric, Section } from "../generated/rubric.js";
import type { Improvement } from "../generated/scorecard.js";
import { evidencePath, factPath, factValue, isGiven, isRecord, setAt, valueAt, type SectionId } from "./facts.js";
import type { MarketContext } from "./market-context.js";
import { formatNumber, round1 } from "./numbers.js";
import { SOURCE_CLAIM_RULE, TRACK_RECORD, VERIFY_RULE } from "./rule-ids.js";
import { rubricWeights, scoreCore, type CoreResult, type ScoreInput } from "./core.js";
import type { WeighedEvidence } from "./evidence-worth.js";
import { scoreSection, type SectionScore } from "./section-score.js";
import { fillTemplate } from "./templates.js";
import { weightedDelivery } from "./weighted-delivery.js";

type Draft = Record<string, unknown>;

interface Candidate {
  signal: SectionId;
  rule: string;
  /** The suggestion's wording, made only for the steps that are listed. */
  text(): string;
  /** What the step changes: two rules suggesting the same change are one step. */
  key: string;
  /** Where in the profile the step writes (apply changes nothing outside it). */
  path: readonly string[];
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
  const improve = rule.improve;
  if (!improve) return undefined;
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
      return { ...base, key: `evidence:${section.id}:${kind}`, path: evidencePath(section.id), text: () => fillTemplate(improve, { ...values, kind: kind.replace(/-/g, " ") }), apply: (d) => void listAt(d, evidencePath(section.id)).push(imaginedItem(kind, today)) };
    }
    case "terms": {
      if (earned >= (rule.max ?? 0)) return undefined;
      const listed = new Set(Array.isArray(current) ? current : []);
      const missing = Object.entries(rule.terms ?? {})
        .filter(([term]) => !listed.has(term))
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
      const term = missing[0]?.[0];
      if (term === undefined) return undefined;
      return { ...base, key: `term:${section.id}:${fact}:${term}`, path: factPath(section.id, fact), text: () => fillTemplate(improve, { ...values, term }), apply: (d) => void listAt(d, factPath(section.id, fact)).push(term) };
    }
    case "flags": {
      if (earned >= (rule.max ?? 0)) return undefined;
      const object = isRecord(current) ? current : {};
      const missing = Object.entries(rule.flags ?? {})
        .filter(([flag]) => object[flag] !== true)
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
      const flag = missing[0]?.[0];
      if (flag === undefined) return undefined;
      return { ...base, key: `flag:${section.id}:${fact}:${flag}`, path: [...factPath(section.id, fact), flag], text: () => fillTemplate(improve, { ...values, flag }), apply: (d) => setAt(d, [...factPath(section.id, fact), flag], true) };
    }
    case "threshold": {
      if (typeof current === "number") return undefined; // a fact, not a to-do: only missing facts are suggested
      const first = [...(rule.steps ?? [])].sort((a, b) => a.at_least - b.at_least)[0];
      if (!first) return undefined;
      return { ...base, key: `fact:${section.id}:${fact}`, path: factPath(section.id, fact), text: () => fillTemplate(improve, { ...values, step: formatNumber(first.at_least) }), apply: (d) => setAt(d, factPath(section.id, fact), first.at_least) };
    }
    case "present": {
      if (isGiven(current)) return undefined;
      return { ...base, key: `fact:${section.id}:${fact}`, path: factPath(section.id, fact), text: () => fillTemplate(improve, values), apply: (d) => setAt(d, factPath(section.id, fact), "Imagined statement for the improvement estimate.") };
    }
    case "count": {
      if (earned >= (rule.max ?? 0)) return undefined;
      return { ...base, key: `count:${section.id}:${fact}`, path: factPath(section.id, fact), text: () => fillTemplate(improve, values), apply: (d) => void listAt(d, factPath(section.id, fact)).push({ ...(rule.where ?? {}) }) };
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
        path: [...evidencePath(section.id), String(index)],
        text: () => fillTemplate(raise.template, { title: e.item.title, section: section.label }),
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

/** True when one path is a prefix of the other: a write at one can change a read at the other. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** True when a write at `path` can change some section's evidence list or an item in one. */
function touchesEvidence(path: readonly string[]): boolean {
  if (path.length === 0) return true;
  if (path[0] === "track_record") return path.length < 2 || path[1] === "evidence";
  if (path[0] === "signals") return path.length < 3 || path[2] === "evidence";
  return false;
}

/** What a section's score reads: its rules' fact paths, its own evidence, and all evidence for scope: profile. */
interface SectionReads {
  paths: Array<readonly string[]>;
  allEvidence: boolean;
}

function sectionReads(id: SectionId, section: Section): SectionReads {
  const paths: Array<readonly string[]> = [evidencePath(id)];
  for (const rule of section.rules) if (rule.type !== "evidence") paths.push(factPath(id, rule.fact ?? ""));
  return { paths, allEvidence: section.rules.some((r) => r.type === "evidence" && r.scope === "profile") };
}

function reads(r: SectionReads, path: readonly string[]): boolean {
  return (r.allEvidence && touchesEvidence(path)) || r.paths.some((p) => overlaps(p, path));
}

/** A shallow copy of the profile with fresh copies of every container along `path`, so that writing there leaves the profile as it was. */
function copyAlong(profile: Profile, path: readonly string[]): Draft {
  const root: Draft = { ...(profile as unknown as Draft) };
  let node: Draft = root;
  for (const part of path) {
    const child = Object.hasOwn(node, part) ? node[part] : undefined;
    if (Array.isArray(child)) node[part] = [...child];
    else if (isRecord(child)) node[part] = { ...child };
    else break;
    node = node[part] as Draft;
  }
  return root;
}

export interface ImprovementOptions {
  /**
   * "affected" (the default) scores again only the sections a step can change; "all" scores
   * a deep copy of the whole modified profile with scoreCore. Both give the same result
   * (a test holds them to it); "all" is the slow reference.
   */
  rescore?: "affected" | "all";
}

export function suggestImprovements(input: ScoreInput, core: CoreResult, rubric: Rubric, market: MarketContext, today: string, options: ImprovementOptions = {}): Improvement[] {
  const max = rubric.improvements.max;
  if (max <= 0) return [];
  const profile = input.data;
  const candidates: Candidate[] = core.sections.flatMap((section) => [
    ...(sectionRubric(rubric, section.id)?.rules ?? []).flatMap((rule) => ruleCandidate(rule, section, profile, today) ?? []),
    ...levelCandidates(section, profile, rubric),
  ]);
  const before = core.scorecard.delivery.score;
  const weights = rubricWeights(rubric);
  const scores: Record<string, number> = Object.fromEntries(core.sections.map((s) => [s.id, s.score]));
  const sections = core.sections.flatMap((s) => {
    const rules = sectionRubric(rubric, s.id);
    return rules ? [{ id: s.id, rules, reads: sectionReads(s.id, rules) }] : [];
  });
  const seen = new Set<string>();
  const unique = candidates.flatMap((c, order) => {
    if (seen.has(c.key)) return [];
    seen.add(c.key);
    return [{ c, order }];
  });
  const scored: Array<Omit<Improvement, "text"> & { text: () => string; order: number }> = [];
  if (options.rescore === "all") {
    for (const { c, order } of unique) {
      const draft = structuredClone(profile) as unknown as Draft;
      c.apply(draft);
      const after = scoreCore({ slug: input.slug, data: draft as unknown as Profile }, rubric, market, today).scorecard.delivery.score;
      const points = round1(after - before);
      if (points > 0) scored.push({ signal: c.signal, rule: c.rule, text: c.text, points, order });
    }
  } else {
    const weighed = new Map<EvidenceItem, WeighedEvidence>();
    for (const { c, order } of unique) {
      const draft = copyAlong(profile, c.path);
      c.apply(draft);
      const changed = { ...scores };
      for (const s of sections) {
        if (reads(s.reads, c.path)) changed[s.id] = scoreSection(s.id, s.rules, draft as unknown as Profile, rubric, today, { explain: false, weighed }).score;
      }
      const points = round1(weightedDelivery(changed, weights) - before);
      if (points > 0) scored.push({ signal: c.signal, rule: c.rule, text: c.text, points, order });
    }
  }
  return scored
    .sort((a, b) => b.points - a.points || a.order - b.order)
    .slice(0, max)
    .map(({ signal, rule, text, points }) => ({ signal, rule, text: text(), points }));
}
