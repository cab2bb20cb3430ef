/** Ajv as it comes, for tests that hold our replacement keywords to its behaviour. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { schemasDir } from "../../src/paths.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: string[]) => Ajv2020;

/** Stock Ajv with the same options, formats and schemas as src/validate/ajv.ts. */
export function stockAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true, code: { optimize: false } });
  addFormats(ajv, ["date", "uri"]);
  ajv.addKeyword({ keyword: "x-vocabulary", schemaType: "string" });
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json")).sort()) ajv.addSchema(JSON.parse(readFileSync(join(schemasDir, file), "utf8")));
  return ajv;
}
