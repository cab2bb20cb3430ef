import { getSchema } from "../ajv.js";
import { closest } from "../../util/closest.js";
import type { Term } from "../../reference/vocabularies.js";
import { vocabularyBindings, type VocabularyBinding } from "../vocabulary-bindings.js";
import type { Finding, LintContext, ProfileLint } from "./types.js";

let bindings: VocabularyBinding[] | undefined;

/** Past this many unknown terms in one profile, the rest are summed up in one message. */
export const MAX_VOCABULARY_FINDINGS = 25;

/**
 * One profile's check. It visits the values at each binding's path (as `valuesAt` would
 * list them, in the same order) without building a list of values and pointers: this runs
 * on every vocabulary-bound value of every profile, and nearly all of them are known terms.
 */
class VocabularyCheck {
  readonly out: Finding[] = [];
  unknown = 0;
  /** Pointer segments of the value being visited; joined only for an unknown term. */
  private readonly segments: Array<string | number> = [];

  constructor(private readonly tables: LintContext["tables"]) {}

  run(data: unknown, binding: VocabularyBinding): void {
    const table = this.tables.get(binding.vocabulary);
    if (table) this.visit(data, binding, table, 0);
  }

  private visit(value: unknown, binding: VocabularyBinding, table: Map<string, Term>, depth: number): void {
    const path = binding.path;
    if (depth === path.length) {
      if (typeof value === "string" && !table.has(value)) this.report(value, binding, table);
      return;
    }
    const segment = path[depth]!;
    if (segment === "*") {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        this.segments.push(i);
        this.visit(value[i], binding, table, depth + 1);
        this.segments.pop();
      }
    } else if (value && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, segment)) {
      this.segments.push(segment);
      this.visit((value as Record<string, unknown>)[segment], binding, table, depth + 1);
      this.segments.pop();
    }
  }

  private report(value: string, binding: VocabularyBinding, table: Map<string, Term>): void {
    if (++this.unknown > MAX_VOCABULARY_FINDINGS) return;
    const pointer = this.segments.length === 0 ? "" : `/${this.segments.join("/")}`;
    const suggestion = closest(value, table.keys());
    const where = binding.vocabulary === "currencies" ? "content/reference/currencies.yaml" : binding.vocabulary === "countries" ? "content/reference/countries.json" : `\`${binding.vocabulary}\` in content/reference/vocabularies.yaml`;
    this.out.push({
      pointer,
      severity: "error",
      message: `\`${value}\` is not in the ${binding.vocabulary.replace(/_/g, " ")} vocabulary`,
      hint: suggestion ? `did you mean \`${suggestion}\`${suggestion !== table.get(suggestion)?.label ? ` (${table.get(suggestion)?.label})` : ""}?` : `use a term listed in ${where}, or propose a new one there`,
    });
  }
}

export const vocabularyLint: ProfileLint = {
  name: "known-vocabulary",
  description: "Services, stack, industries, regions, practices, evidence kinds, countries and currencies come from the controlled vocabularies; a typo gets a did-you-mean hint.",
  check({ data }, { tables }) {
    bindings ??= vocabularyBindings(getSchema("profile.schema.json"));
    const check = new VocabularyCheck(tables);
    for (const binding of bindings) check.run(data, binding);
    if (check.unknown > MAX_VOCABULARY_FINDINGS) {
      check.out.push({ pointer: "", severity: "error", message: `${check.unknown - MAX_VOCABULARY_FINDINGS} more unknown vocabulary terms not listed`, hint: "fix the ones above first" });
    }
    return check.out;
  },
};
