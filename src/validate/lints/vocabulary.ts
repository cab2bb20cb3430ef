import { getSchema } from "../ajv.js";
import { closest } from "../../util/closest.js";
import { valuesAt, vocabularyBindings, type VocabularyBinding } from "../vocabulary-bindings.js";
import type { Finding, ProfileLint } from "./types.js";

let bindings: VocabularyBinding[] | undefined;

/** Past this many unknown terms in one profile, the rest are summed up in one message. */
export const MAX_VOCABULARY_FINDINGS = 25;

export const vocabularyLint: ProfileLint = {
  name: "known-vocabulary",
  description: "Services, stack, industries, regions, practices, evidence kinds, countries and currencies come from the controlled vocabularies; a typo gets a did-you-mean hint.",
  check({ data }, { tables }) {
    bindings ??= vocabularyBindings(getSchema("profile.schema.json"));
    const out: Finding[] = [];
    let unknown = 0;
    for (const binding of bindings) {
      const table = tables.get(binding.vocabulary);
      if (!table) continue;
      for (const { pointer, value } of valuesAt(data, binding.path)) {
        if (typeof value !== "string" || table.has(value)) continue;
        if (++unknown > MAX_VOCABULARY_FINDINGS) continue;
        const suggestion = closest(value, table.keys());
        const where = binding.vocabulary === "currencies" ? "content/reference/currencies.yaml" : binding.vocabulary === "countries" ? "content/reference/countries.json" : `\`${binding.vocabulary}\` in content/reference/vocabularies.yaml`;
        out.push({
          pointer,
          severity: "error",
          message: `\`${value}\` is not in the ${binding.vocabulary.replace(/_/g, " ")} vocabulary`,
          hint: suggestion ? `did you mean \`${suggestion}\`${suggestion !== table.get(suggestion)?.label ? ` (${table.get(suggestion)?.label})` : ""}?` : `use a term listed in ${where}, or propose a new one there`,
        });
      }
    }
    if (unknown > MAX_VOCABULARY_FINDINGS) {
      out.push({ pointer: "", severity: "error", message: `${unknown - MAX_VOCABULARY_FINDINGS} more unknown vocabulary terms not listed`, hint: "fix the ones above first" });
    }
    return out;
  },
};
