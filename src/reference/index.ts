/**
 * Loads all reference data (vocabularies, countries, currencies, and the scoring rubric and
 * market bands) and reports every problem with a position. Callers get either the complete
 * data or diagnostics; never half of it.
 */
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import type { Countries } from "../generated/countries.js";
import type { Currencies } from "../generated/currencies.js";
import type { Vocabularies } from "../generated/vocabularies.js";
import { referenceDir } from "../paths.js";
import { readReferenceFile } from "./read-reference-file.js";
import { checkVocabularyIds } from "./check-vocabularies.js";
import { buildVocabularyTables, type VocabularyTables } from "./vocabularies.js";

export interface ReferenceData {
  vocabularies: Vocabularies;
  countries: Countries;
  currencies: Currencies;
  tables: VocabularyTables;
}

export type ReferenceResult = { ok: true; data: ReferenceData; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function loadReferenceData(dir = referenceDir): ReferenceResult {
  const vocab = readReferenceFile<Vocabularies>(join(dir, "vocabularies.yaml"), "vocabularies.schema.json");
  const countries = readReferenceFile<Countries>(join(dir, "countries.json"), "countries.schema.json");
  const currencies = readReferenceFile<Currencies>(join(dir, "currencies.yaml"), "currencies.schema.json");
  const diagnostics = [...vocab.diagnostics, ...countries.diagnostics, ...currencies.diagnostics];
  if (vocab.data) diagnostics.push(...checkVocabularyIds(vocab.data, vocab.source));
  if (!vocab.data || !countries.data || !currencies.data || diagnostics.some((d) => d.severity === "error")) {
    return { ok: false, diagnostics };
  }
  const tables = buildVocabularyTables(vocab.data, countries.data, currencies.data);
  return { ok: true, data: { vocabularies: vocab.data, countries: countries.data, currencies: currencies.data, tables }, diagnostics };
}
