/**
 * Checks on the rubric beyond its schema, against the profile contract and the
 * vocabularies: every section is a real signal, the weights add up to 100, every rule
 * reads a field that exists (of the right type), every term it rewards is in the field's
 * vocabulary, threshold steps rise, and every template uses only the placeholders its
 * place provides. Each problem is a positioned diagnostic, like a profile's.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Rubric, Rule, Section } from "../generated/rubric.js";
import type { SourceFile } from "../load/source-file.js";
import {
  ENGAGEMENT_PLACEHOLDERS,
  OTHER_PLACEHOLDERS,
  placeholdersOf,
  RULE_IMPROVE_PLACEHOLDERS,
  RULE_TEXT_PLACEHOLDERS,
  WARNING_PLACEHOLDERS,
} from "../score/templates.js";
import { closest } from "../util/closest.js";
import { itemsOf, kindOf, propertyNames, schemaAt, type SchemaNode } from "./profile-schema-paths.js";
import type { VocabularyTables } from "./vocabularies.js";

export interface RubricCheckContext {
  tables: VocabularyTables;
  /** The profile schema (schemas/profile.schema.json) as parsed JSON. */
  profileSchema: SchemaNode;
}

type Source = Pick<SourceFile, "file" | "locate">;

/** The fields each rule type reads; any other field on a rule of that type is an error. */
const RULE_FIELDS: Record<Rule["type"], readonly string[]> = {
  evidence: ["per_item", "max", "kinds", "scope", "suggest_kind"],
  terms: ["fact", "terms", "max"],
  flags: ["fact", "flags", "max"],
  threshold: ["fact", "steps"],
  present: ["fact", "points"],
  count: ["fact", "per_item", "max", "where"],
};
const COMMON_FIELDS = ["id", "type", "text", "improve", "explanation"];

const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

export function checkRubric(rubric: Rubric, source: Source, context: RubricCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (pointer: string, at: "key" | "value", rule: string, message: string, hint?: string) => {
    const pos = source.locate(pointer, at);
    out.push({ file: source.file, line: pos.line, column: pos.column, severity: "error", rule, message, ...(hint ? { hint } : {}) });
  };
  const checkTemplate = (pointer: string, template: string | undefined, allowed: readonly string[]) => {
    if (template === undefined) return;
    for (const name of placeholdersOf(template)) {
      if (allowed.includes(name)) continue;
      const suggestion = closest(name, allowed);
      report(pointer, "value", "rubric-template", `unknown placeholder \`{${name}}\` in \`${pointer.slice(1).replace(/\//g, ".")}\``, suggestion ? `did you mean \`{${suggestion}}\`?` : allowed.length > 0 ? `this text can use ${allowed.map((a) => `{${a}}`).join(", ")}` : "this text takes no placeholders");
    }
  };

  // Sections: exactly the signals of the profile schema.
  const signalsSchema = schemaAt(context.profileSchema, ["signals"]);
  const known = signalsSchema ? propertyNames(signalsSchema) : [];
  const sectionIds = Object.keys(rubric.signals);
  for (const id of sectionIds) {
    if (known.includes(id)) continue;
    const suggestion = closest(id, known);
    report(`/signals/${esc(id)}`, "key", "rubric-unknown-signal", `\`${id}\` is not a signal of the profile schema`, suggestion ? `did you mean \`${suggestion}\`?` : `the signals are ${known.join(", ")}`);
  }
  for (const id of known) {
    if (!sectionIds.includes(id)) report("/signals", "key", "rubric-missing-signal", `\`signals\` has no entry for the signal \`${id}\``, `add \`${id}:\` with its label, weight, explanation and rules`);
  }

  // Weights: the six signals plus the track record add up to 100.
  const weights: Array<{ name: string; weight: number; pointer: string }> = [
    ...sectionIds.map((id) => ({ name: id, weight: rubric.signals[id]?.weight ?? 0, pointer: `/signals/${esc(id)}/weight` })),
    { name: "track_record", weight: rubric.track_record.weight, pointer: "/track_record/weight" },
  ];
  const total = weights.reduce((n, w) => n + w.weight, 0);
  if (total !== 100 && weights[0]) {
    const list = weights.map((w) => `${w.name} ${w.weight} (line ${source.locate(w.pointer).line})`).join(", ");
    report(weights[0].pointer, "value", "rubric-weights", `signal and track-record weights add up to ${total}, not 100`, `adjust the weights so they add up to 100: ${list}`);
  }

  // Rules (of known sections only: an unknown section is reported once, above).
  const seen = new Map<string, string>();
  const sections: Array<[string, Section, string[], string]> = [
    ...sectionIds.flatMap((id): Array<[string, Section, string[], string]> => {
      const s = rubric.signals[id];
      return s && known.includes(id) ? [[id, s, ["signals", id], `/signals/${esc(id)}`]] : [];
    }),
    ["track_record", rubric.track_record, [], "/track_record"],
  ];
  for (const [sectionId, section, base, sectionPointer] of sections) {
    section.rules.forEach((rule, i) => {
      const at = `${sectionPointer}/rules/${i}`;
      checkRule(rule, at, sectionId, base);
    });
  }

  function checkRule(rule: Rule, at: string, sectionId: string, base: string[]): void {
    if (!rule.id.startsWith(`${sectionId}.`)) {
      report(`${at}/id`, "value", "rubric-rule-id", `rule id \`${rule.id}\` does not start with its section \`${sectionId}.\``, `rename it \`${sectionId}.${rule.id.split(".").pop()}\``);
    }
    const first = seen.get(rule.id);
    if (first) report(`${at}/id`, "value", "rubric-duplicate-rule", `rule id \`${rule.id}\` is used twice (first at line ${source.locate(first).line})`, "give every rule its own id");
    else seen.set(rule.id, `${at}/id`);

    const allowed = [...COMMON_FIELDS, ...RULE_FIELDS[rule.type]];
    for (const field of Object.keys(rule)) {
      if (!allowed.includes(field)) report(`${at}/${esc(field)}`, "key", "rubric-rule-field", `\`${field}\` has no meaning for a ${rule.type} rule`, `a ${rule.type} rule reads ${RULE_FIELDS[rule.type].join(", ")}`);
    }
    checkTemplate(`${at}/text`, rule.text, RULE_TEXT_PLACEHOLDERS[rule.type]);
    checkTemplate(`${at}/improve`, rule.improve, RULE_IMPROVE_PLACEHOLDERS[rule.type]);

    const evidenceKinds = context.tables.get("evidence_kinds");
    const checkKind = (pointer: string, kind: string) => {
      if (!evidenceKinds || evidenceKinds.has(kind)) return;
      const suggestion = closest(kind, evidenceKinds.keys());
      report(pointer, "value", "rubric-unknown-term", `\`${kind}\` is not in the evidence kinds vocabulary`, suggestion ? `did you mean \`${suggestion}\`?` : "use a kind from evidence_kinds in content/reference/vocabularies.yaml");
    };
    rule.kinds?.forEach((kind, k) => checkKind(`${at}/kinds/${k}`, kind));
    if (rule.suggest_kind !== undefined) checkKind(`${at}/suggest_kind`, rule.suggest_kind);

    if (rule.type === "threshold") {
      (rule.steps ?? []).forEach((step, k, steps) => {
        const prev = steps[k - 1];
        if (prev && (step.at_least <= prev.at_least || step.points < prev.points)) {
          report(`${at}/steps/${k}`, "value", "rubric-steps", `threshold steps must rise: step ${k + 1} (at least ${step.at_least}: ${step.points}) does not rise above step ${k} (at least ${prev.at_least}: ${prev.points})`, "list steps from the lowest at_least to the highest, with points that never fall");
        }
      });
    }

    if (rule.fact === undefined) return;
    const path = [...base, ...rule.fact.split("/")];
    const node = schemaAt(context.profileSchema, path);
    const where = base.length > 0 ? base.join(".") : "the profile";
    if (!node) {
      const parent = schemaAt(context.profileSchema, path.slice(0, -1));
      const suggestion = parent ? closest(path[path.length - 1] ?? "", propertyNames(parent)) : undefined;
      report(`${at}/fact`, "value", "rubric-unknown-fact", `\`${rule.fact}\` is not a field of ${where} in the profile schema`, suggestion ? `did you mean \`${[...rule.fact.split("/").slice(0, -1), suggestion].join("/")}\`?` : "name a field from schemas/profile.schema.json, with / between nested names");
      return;
    }
    const kind = kindOf(node);
    const items = kind === "array" ? itemsOf(node, context.profileSchema) : undefined;
    const expect = (ok: boolean, wanted: string) => {
      if (!ok) report(`${at}/fact`, "value", "rubric-fact-type", `a ${rule.type} rule needs ${wanted}; \`${rule.fact}\` is ${kind === "array" ? `a list of ${items ? kindOf(items) : "values"}` : `a ${kind}`}`);
      return ok;
    };
    if (rule.type === "terms" && expect(kind === "array" && items !== undefined && kindOf(items) === "string", "a list of terms") && items) {
      const vocabulary = typeof items["x-vocabulary"] === "string" ? items["x-vocabulary"] : undefined;
      const table = vocabulary ? context.tables.get(vocabulary) : undefined;
      const pattern = typeof items.pattern === "string" ? new RegExp(items.pattern, "u") : undefined;
      for (const term of Object.keys(rule.terms ?? {})) {
        const pointer = `${at}/terms/${esc(term)}`;
        if (table && !table.has(term)) {
          const suggestion = closest(term, table.keys());
          report(pointer, "key", "rubric-unknown-term", `\`${term}\` is not in the ${vocabulary!.replace(/_/g, " ")} vocabulary that \`${rule.fact}\` draws on`, suggestion ? `did you mean \`${suggestion}\`?` : `use a term from \`${vocabulary}\` in content/reference/vocabularies.yaml`);
        } else if (!table && pattern && !pattern.test(term)) {
          report(pointer, "key", "rubric-unknown-term", `\`${term}\` is not a value \`${rule.fact}\` can hold`, typeof items.description === "string" ? items.description : undefined);
        }
      }
    }
    if (rule.type === "flags" && expect(kind === "object", "a mapping of true/false fields")) {
      const booleans = propertyNames(node).filter((name) => kindOf(schemaAt(node, [name]) ?? {}) === "boolean");
      for (const flag of Object.keys(rule.flags ?? {})) {
        if (booleans.includes(flag)) continue;
        const suggestion = closest(flag, booleans);
        report(`${at}/flags/${esc(flag)}`, "key", "rubric-unknown-flag", `\`${flag}\` is not a true/false field of \`${rule.fact}\``, suggestion ? `did you mean \`${suggestion}\`?` : `the fields are ${booleans.join(", ")}`);
      }
    }
    if (rule.type === "threshold") expect(kind === "number", "a number");
    if (rule.type === "count" && expect(kind === "array" && items !== undefined && kindOf(items) === "object", "a list of mappings") && items) {
      const booleans = propertyNames(items).filter((name) => kindOf(schemaAt(items, [name]) ?? {}) === "boolean");
      for (const field of Object.keys(rule.where ?? {})) {
        if (booleans.includes(field)) continue;
        const suggestion = closest(field, booleans);
        report(`${at}/where/${esc(field)}`, "key", "rubric-unknown-field", `\`${field}\` is not a true/false field of the items of \`${rule.fact}\``, suggestion ? `did you mean \`${suggestion}\`?` : `the fields are ${booleans.join(", ") || "none"}`);
      }
    }
  }

  // Evidence levels must rise, or raising a level could lower a score.
  const levels = rubric.evidence.levels;
  if (levels.sourced.worth < levels.claimed.worth) report("/evidence/levels/sourced/worth", "value", "rubric-levels", `sourced evidence (${levels.sourced.worth}) is worth less than claimed (${levels.claimed.worth})`, "worth must rise from claimed to sourced to verified");
  if (levels.verified.worth < levels.sourced.worth) report("/evidence/levels/verified/worth", "value", "rubric-levels", `verified evidence (${levels.verified.worth}) is worth less than sourced (${levels.sourced.worth})`, "worth must rise from claimed to sourced to verified");
  const decay = rubric.evidence.decay;
  if (decay.floor_months <= decay.full_worth_months) report("/evidence/decay/floor_months", "value", "rubric-decay", `floor_months (${decay.floor_months}) must be greater than full_worth_months (${decay.full_worth_months})`);
  if (rubric.confidence.medium > rubric.confidence.high) report("/confidence/medium", "value", "rubric-confidence", `confidence medium (${rubric.confidence.medium}) is above high (${rubric.confidence.high})`, "medium is the lower threshold");

  // Engagement: the best possible model scores exactly 100.
  const e = rubric.engagement.rules;
  const engagementTotal = e["rate-published"].points + Math.max(e["band-within"].points, e["band-below"].points, e["band-above"].points) + e["narrow-range"].points + e["paid-trial"].points + e["minimum-term-stated"].points + e["short-minimum-term"].points + e["terms-notes"].points;
  if (Math.abs(engagementTotal - 100) > 1e-9) {
    report("/engagement/rules", "key", "rubric-engagement-points", `engagement rules add up to ${engagementTotal}, not 100`, "rate-published + the largest band rule + narrow-range + paid-trial + minimum-term-stated + short-minimum-term + terms-notes must make 100");
  }
  for (const [key, allowed] of Object.entries(ENGAGEMENT_PLACEHOLDERS)) checkTemplate(`/engagement/rules/${key}/text`, e[key as keyof typeof e]?.text, allowed);
  for (const [key, allowed] of Object.entries(WARNING_PLACEHOLDERS)) checkTemplate(`/warnings/${key}/text`, rubric.warnings[key as keyof Rubric["warnings"]]?.text, allowed);
  checkTemplate("/claims_cap/text", rubric.claims_cap.text, OTHER_PLACEHOLDERS["/claims_cap/text"]);
  checkTemplate("/signal_max/text", rubric.signal_max.text, OTHER_PLACEHOLDERS["/signal_max/text"]);
  checkTemplate("/improvements/source-claim", rubric.improvements["source-claim"], OTHER_PLACEHOLDERS["/improvements/source-claim"]);
  checkTemplate("/improvements/verify", rubric.improvements.verify, OTHER_PLACEHOLDERS["/improvements/verify"]);
  return out;
}
