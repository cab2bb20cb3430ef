/**
 * The one Ajv instance: every schema in schemas/ is registered here once and compiled
 * lazily by $id. Everything that validates data (profiles, reference data, scoring
 * inputs, tests) goes through getValidator(), which takes the validators from the
 * compiled-schema cache on disk when it has them (schema-cache.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { _, Ajv2020, type FormatDefinition, type Options, type ValidateFunction } from "ajv/dist/2020.js";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import addFormatsModule from "ajv-formats";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { schemasDir } from "../paths.js";
import { isFullDate } from "../util/dates.js";
import { cacheFile, cacheKey, readSchemaCache, schemaCacheDir, writeSchemaCache, type Runtime } from "./schema-cache.js";
import { stringLengths, useFastStringLengths } from "./string-lengths.js";
import { laterDuplicate, lastDuplicateString, UNIQUE_STRINGS_MODULE, uniqueStrings, useFastUniqueStrings } from "./unique-strings.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: string[]) => Ajv2020;
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ?? standaloneCodeModule) as (ajv: Ajv2020, refs: Record<string, string>) => string;

export const SCHEMA_BASE = "https://shortlist.example/schemas/";

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

export function schemaId(fileName: string): string {
  return SCHEMA_BASE + fileName;
}

/** The formats the schemas use; the compiled schemas require them by the name FORMATS_MODULE. */
const FORMATS_MODULE = "shortlist:formats";

const FORMATS: Readonly<Record<string, FormatDefinition<string> | ((value: string) => boolean)>> = {
  uri: fullFormats.uri as (value: string) => boolean,
  date: { validate: isFullDate, compare: (fullFormats.date as { compare: (a: string, b: string) => number | undefined }).compare },
};

/** What the compiled schemas' code requires by name (see schema-cache.ts). */
export const SCHEMA_RUNTIME: Runtime = { [FORMATS_MODULE]: FORMATS, [UNIQUE_STRINGS_MODULE]: { lastDuplicateString, laterDuplicate } };

const OPTIONS: Options = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  verbose: true,
  // optimize off: Ajv's optimisation passes only tidy the generated code, and compiling the
  // schemas took twice as long with them (about 200 ms against 100 ms on every run) for no
  // measurable gain in validating 10,000 profiles. source and formats: so that the compiled
  // validators can be written out as code (schema-cache.ts).
  code: { optimize: false, source: true, formats: _`require(${FORMATS_MODULE})` },
};

interface SchemaFile {
  name: string;
  text: string;
}

let schemaFiles: SchemaFile[] | undefined;

/** The *.schema.json files of schemas/, by name, read once. */
function readSchemaFiles(): SchemaFile[] {
  schemaFiles ??= readdirSync(schemasDir)
    .filter((f) => f.endsWith(".schema.json"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(schemasDir, name), "utf8") }));
  return schemaFiles;
}

export function getAjv(): Ajv2020 {
  if (ajv) return ajv;
  const instance = new Ajv2020(OPTIONS);
  addFormats(instance, ["uri"]);
  instance.addFormat("date", FORMATS.date!);
  useFastUniqueStrings(instance);
  useFastStringLengths(instance);
  // Annotation only: names the controlled vocabulary a string field draws from.
  instance.addKeyword({ keyword: "x-vocabulary", schemaType: "string" });
  for (const file of readSchemaFiles()) instance.addSchema(JSON.parse(file.text));
  ajv = instance;
  return instance;
}

const requireHere = createRequire(import.meta.url);

/**
 * Everything the code Ajv generates for the schemas depends on, besides the schemas: a
 * change to any of it must not reuse code compiled before. (The formats and helpers the
 * code calls are provided when it is loaded, so their bodies may change freely.)
 */
function codeDependencies(): string[] {
  const version = (name: string) => (requireHere(`${name}/package.json`) as { version: string }).version;
  const options = JSON.stringify({ ...OPTIONS, code: { ...OPTIONS.code, formats: String(OPTIONS.code?.formats) } });
  const formats = Object.entries(FORMATS).map(([name, f]) => `${name}:${typeof f}`);
  return ["layout 1", version("ajv"), version("ajv-formats"), options, ...formats, String(uniqueStrings.code), String(stringLengths.code)];
}

/** The validators of every schema in schemas/ as one module of Ajv's standalone code. */
export function compileSchemasToCode(): string {
  const files = readSchemaFiles();
  const instance = getAjv();
  return standaloneCode(instance, Object.fromEntries(files.map((f) => [f.name, schemaId(f.name)])));
}

/**
 * The validators in `exported` (what code from compileSchemasToCode exports), each with the
 * `schema` that Ajv's own validators carry (getSchema reads it); undefined if one is missing.
 */
export function validatorsFrom(exported: Record<string, unknown>): Map<string, ValidateFunction> | undefined {
  const validators = new Map<string, ValidateFunction>();
  for (const f of readSchemaFiles()) {
    const fn = exported[f.name];
    if (typeof fn !== "function") return undefined;
    (fn as { schema?: unknown }).schema = JSON.parse(f.text);
    validators.set(f.name, fn as ValidateFunction);
  }
  return validators;
}

/**
 * Every schema's validator, from the cache when it holds them, else compiled (and then
 * written to the cache); undefined when there is no cache, so that getValidator compiles
 * only the schemas asked for.
 */
function loadValidators(): Map<string, ValidateFunction> | undefined {
  const dir = schemaCacheDir();
  if (!dir) return undefined;
  const files = readSchemaFiles();
  const path = cacheFile(dir, cacheKey([...codeDependencies(), ...files.flatMap((f) => [f.name, f.text])]));
  const cached = readSchemaCache(path, SCHEMA_RUNTIME);
  const validators = cached && validatorsFrom(cached);
  if (validators) return validators;
  const code = compileSchemasToCode();
  writeSchemaCache(path, code);
  return new Map(files.map((f) => [f.name, getAjv().getSchema(schemaId(f.name))!]));
}

/** undefined until first asked; null when there is no cache. */
let fromCache: Map<string, ValidateFunction> | null | undefined;

/** Compiled validator for a schema file name such as "profile.schema.json". */
export function getValidator(fileName: string): ValidateFunction {
  let fn = compiled.get(fileName);
  if (!fn) {
    if (fromCache === undefined) fromCache = loadValidators() ?? null;
    fn = fromCache?.get(fileName) ?? getAjv().getSchema(schemaId(fileName));
    if (!fn) throw new Error(`schema ${fileName} is not in schemas/`);
    compiled.set(fileName, fn);
  }
  return fn;
}

/** The raw JSON of a registered schema. */
export function getSchema(fileName: string): Record<string, unknown> {
  return getValidator(fileName).schema as Record<string, unknown>;
}
