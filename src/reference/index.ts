/**
 * Loads all reference data (vocabularies, countries, currencies, and the scoring rubric and
 * market bands) and reports every problem with a position. Callers get either the complete
 * data or diagnostics; never half of it.
 */
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import type { Countries } from "../generated/countries.js";
import type { Currencies } from "../generated/currencies.js";
import type { Market } from "../generated/market.js";
import type { Rubric } from "../generated/rubric.js";
import type { Vocabularies } from "../generated/vocabularies.js";
import { referenceDir } from "../paths.js";
import { getSchema } from "../validate/ajv.js";
import { checkMarket } from "./check-market.js";
import { checkRubric } from "./check-rubric.js";
import { checkVocabularyIds } from "./check-vocabularies.js";
import { readReferenceFile } from "./read-reference-file.js";
import { buildVocabularyTables, type VocabularyTables } from "./vocabularies.js";

export interface ReferenceData {
  vocabularies: Vocabularies;
  countries: Countries;
  currencies: Currencies;
  tables: VocabularyTables;
  /** The scoring rubric (content/reference/rubric.yaml). */
  rubric: Rubric;
  /** Market rate bands (content/reference/market.yaml); rates convert with `currencies`. */
  market: Market;
}

export type ReferenceResult = { ok: true; data: ReferenceData; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function loadReferenceData(dir = referenceDir): ReferenceResult {
  const vocab = readReferenceFile<Vocabularies>(join(dir, "vocabularies.yaml"), "vocabularies.schema.json");
  const countries = readReferenceFile<Countries>(join(dir, "countries.json"), "countries.schema.json");
  const currencies = readReferenceFile<Currencies>(join(dir, "currencies.yaml"), "currencies.schema.json");
  const rubric = readReferenceFile<Rubric>(join(dir, "rubric.yaml"), "rubric.schema.json");
  const market = readReferenceFile<Market>(join(dir, "market.yaml"), "market.schema.json");
  const diagnostics = [...vocab.diagnostics, ...countries.diagnostics, ...currencies.diagnostics, ...rubric.diagnostics, ...market.diagnostics];
  if (vocab.data) diagnostics.push(...checkVocabularyIds(vocab.data, vocab.source));

  let tables: VocabularyTables | undefined;
  if (vocab.data && countries.data && currencies.data) {
    tables = buildVocabularyTables(vocab.data, countries.data, currencies.data);
    const context = { tables, profileSchema: getSchema("profile.schema.json") };
    // The cross-checks need the vocabularies; without them the schema errors above say why.
    if (rubric.data) diagnostics.push(...checkRubric(rubric.data, rubric.source, context));
    if (market.data) diagnostics.push(...checkMarket(market.data, market.source, context));
  }

  if (!vocab.data || !countries.data || !currencies.data || !rubric.data || !market.data || !tables || diagnostics.some((d) => d.severity === "error")) {
    return { ok: false, diagnostics };
  }
  return {
    ok: true,
    data: { vocabularies: vocab.data, countries: countries.data, currencies: currencies.data, tables, rubric: rubric.data, market: market.data },
    diagnostics,
  };
}
