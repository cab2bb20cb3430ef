/**
 * The one Ajv instance: every schema in schemas/ is registered here once and compiled
 * lazily by $id. Everything that validates data (profiles, reference data, scoring
 * inputs, tests) goes through getValidator().
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { schemasDir } from "../paths.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: string[]) => Ajv2020;

export const SCHEMA_BASE = "https://shortlist.example/schemas/";

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

export function schemaId(fileName: string): string {
  return SCHEMA_BASE + fileName;
}

export function getAjv(): Ajv2020 {
  if (ajv) return ajv;
  const instance = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
  addFormats(instance, ["date", "uri"]);
  // Annotation only: names the controlled vocabulary a string field draws from.
  instance.addKeyword({ keyword: "x-vocabulary", schemaType: "string" });
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json")).sort()) {
    instance.addSchema(JSON.parse(readFileSync(join(schemasDir, file), "utf8")));
  }
  ajv = instance;
  return instance;
}

/** Compiled validator for a schema file name such as "profile.schema.json". */
export function getValidator(fileName: string): ValidateFunction {
  let fn = compiled.get(fileName);
  if (!fn) {
    fn = getAjv().getSchema(schemaId(fileName));
    if (!fn) throw new Error(`schema ${fileName} is not in schemas/`);
    compiled.set(fileName, fn);
  }
  return fn;
}

/** The raw JSON of a registered schema. */
export function getSchema(fileName: string): Record<string, unknown> {
  return getValidator(fileName).schema as Record<string, unknown>;
}
