/**
 * Controlled vocabularies as lookup tables. Besides the lists in vocabularies.yaml,
 * `countries` comes from countries.json and `currencies` from currencies.yaml, so that
 * every `x-vocabulary` annotation in the profile schema resolves to one table.
 */
import type { Countries } from "../generated/countries.js";
import type { Currencies } from "../generated/currencies.js";
import type { Vocabularies } from "../generated/vocabularies.js";

export interface Term {
  id: string;
  label: string;
  description?: string;
}

export type VocabularyName = keyof Vocabularies | "countries" | "currencies";

export type VocabularyTables = Map<string, Map<string, Term>>;

export function buildVocabularyTables(vocabularies: Vocabularies, countries: Countries, currencies: Currencies): VocabularyTables {
  const tables: VocabularyTables = new Map();
  for (const [name, terms] of Object.entries(vocabularies)) {
    tables.set(name, new Map((terms as Term[]).map((t) => [t.id, t])));
  }
  const table = (entries: Array<[string, string | undefined]>) =>
    new Map(entries.flatMap(([id, label]): Array<[string, Term]> => (label === undefined ? [] : [[id, { id, label }]])));
  tables.set("countries", table(Object.entries(countries.countries)));
  tables.set("currencies", table(Object.entries(currencies.currencies).map(([id, c]) => [id, c?.name])));
  return tables;
}

/** The label of a term, or the id itself when unknown (never throws in templates). */
export function labelOf(tables: VocabularyTables, vocabulary: string, id: string): string {
  return tables.get(vocabulary)?.get(id)?.label ?? id;
}
