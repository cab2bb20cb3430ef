/**
 * Checks on the market bands beyond their schema: every band's currency is in the
 * currency table, its unit is its model's unit, min does not exceed max, no band is listed
 * twice, every engagement model of the profile schema has a band for every delivery
 * location, and every onshore country is a known country.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Market } from "../generated/market.js";
import type { SourceFile } from "../load/source-file.js";
import { closest } from "../util/closest.js";
import { PERIOD_FOR_MODEL } from "../validate/lints/rate-period.js";
import { itemsOf, schemaAt, type SchemaNode } from "./profile-schema-paths.js";
import type { VocabularyTables } from "./vocabularies.js";

export interface MarketCheckContext {
  tables: VocabularyTables;
  profileSchema: SchemaNode;
}

export function checkMarket(market: Market, source: Pick<SourceFile, "file" | "locate">, context: MarketCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (pointer: string, at: "key" | "value", rule: string, message: string, hint?: string) => {
    const pos = source.locate(pointer, at);
    out.push({ file: source.file, line: pos.line, column: pos.column, severity: "error", rule, message, ...(hint ? { hint } : {}) });
  };
  const currencies = context.tables.get("currencies");
  const countries = context.tables.get("countries");
  const seen = new Map<string, number>();

  market.bands.forEach((band, i) => {
    const at = `/bands/${i}`;
    if (currencies && !currencies.has(band.currency)) {
      const suggestion = closest(band.currency, currencies.keys());
      report(`${at}/currency`, "value", "market-unknown-currency", `\`${band.currency}\` is not in the currency table`, suggestion ? `did you mean \`${suggestion}\`? (content/reference/currencies.yaml)` : "add it to content/reference/currencies.yaml or use USD");
    }
    const expected = PERIOD_FOR_MODEL[band.model];
    if (band.per !== expected) report(`${at}/per`, "value", "market-band-unit", `a ${band.model} band is priced per ${expected}, not per ${band.per}`, `write \`per: ${expected}\``);
    if (band.min > band.max) report(`${at}/min`, "value", "market-band-range", `band min ${band.min} is greater than max ${band.max}`, "swap the two values");
    const key = `${band.model}/${band.delivery ?? "*"}`;
    const first = seen.get(key);
    if (first !== undefined) report(at, "value", "market-duplicate-band", `a ${band.model} band${band.delivery ? ` for ${band.delivery} delivery` : ""} is listed twice (first at line ${source.locate(`/bands/${first}`).line})`, "keep one of them");
    else seen.set(key, i);
  });

  // Every model × delivery location of the profile schema finds a band.
  const modelSchema = itemsOf(schemaAt(context.profileSchema, ["engagement_models"]) ?? {}, context.profileSchema);
  const models = ((modelSchema && schemaAt(modelSchema, ["model"])?.enum) ?? Object.keys(PERIOD_FOR_MODEL)) as string[];
  const locations = ((modelSchema && schemaAt(modelSchema, ["delivery"])?.enum) ?? ["offshore", "onshore"]) as string[];
  for (const model of models) {
    for (const delivery of locations) {
      const found = market.bands.some((b) => b.model === model && (b.delivery === delivery || b.delivery === undefined));
      if (!found) report("/bands", "key", "market-missing-band", `no band for ${model} work delivered ${delivery}`, `add a band with \`model: ${model}\` and \`delivery: ${delivery}\` (or one without delivery for both)`);
    }
  }

  market.onshore_countries.forEach((code, i) => {
    if (!countries || countries.has(code)) return;
    const suggestion = closest(code, countries.keys());
    report(`/onshore_countries/${i}`, "value", "market-unknown-country", `\`${code}\` is not an ISO 3166-1 country code in content/reference/countries.json`, suggestion ? `did you mean \`${suggestion}\`?` : undefined);
  });
  return out;
}
