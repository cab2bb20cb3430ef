/**
 * Turns Ajv errors into Diagnostics a contributor can act on: the field path in plain
 * words, the position of the offending key or value, and a hint (the field's own
 * description from the schema, or the closest allowed name).
 */
import type { ErrorObject } from "ajv";
import type { Diagnostic } from "../diagnostics.js";
import type { SourceFile } from "../load/source-file.js";
import { closest } from "../util/closest.js";

/** `/engagement_models/0/rate/min` → `engagement_models[0].rate.min` */
export function displayPath(pointer: string): string {
  if (pointer === "") return "frontmatter";
  return pointer
    .slice(1)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), "");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  object: "a mapping of fields",
  array: "a list",
};

interface Translated {
  pointer: string;
  at: "key" | "value";
  message: string;
  hint?: string;
}

function fieldHint(error: ErrorObject): string | undefined {
  const schema = error.parentSchema as { description?: string } | undefined;
  return schema?.description;
}

function translate(error: ErrorObject): Translated | undefined {
  const path = error.instancePath;
  const field = displayPath(path);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const missing = String(p.missingProperty);
      const props = (error.parentSchema as { properties?: Record<string, { description?: string }> })?.properties;
      const desc = props?.[missing]?.description;
      return {
        pointer: path,
        at: path === "" ? "value" : "key",
        message: path === "" ? `missing required field \`${missing}\`` : `\`${field}\` is missing required field \`${missing}\``,
        hint: desc ? `add \`${missing}:\` — ${desc}` : `add \`${missing}:\``,
      };
    }
    case "additionalProperties": {
      const extra = String(p.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const suggestion = closest(extra, allowed);
      const where = path === "" ? "" : ` in \`${field}\``;
      return {
        pointer: `${path}/${extra.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        at: "key",
        message: `unknown field \`${extra}\`${where}`,
        hint: suggestion ? `did you mean \`${suggestion}\`?` : `allowed fields here: ${allowed.join(", ")}`,
      };
    }
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === "string" ? closest(error.data, allowed) : undefined;
      return {
        pointer: path,
        at: "value",
        message: `\`${field}\` must be one of ${allowed.join(", ")}; got ${describe(error.data)}`,
        ...(suggestion ? { hint: `did you mean \`${suggestion}\`?` } : {}),
      };
    }
    case "const":
      return { pointer: path, at: "value", message: `\`${field}\` must be ${JSON.stringify(p.allowedValue)}; got ${describe(error.data)}` };
    case "type": {
      if (error.data === null) {
        const hint = fieldHint(error);
        return { pointer: path, at: "value", message: `\`${field}\` is blank: fill it in, or delete the line if the field is optional`, ...(hint ? { hint } : {}) };
      }
      const wanted = String(p.type)
        .split(",")
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(" or ");
      const hint = fieldHint(error);
      return { pointer: path, at: "value", message: `\`${field}\` must be ${wanted}; got ${describe(error.data)}`, ...(hint ? { hint } : {}) };
    }
    case "pattern":
    case "format": {
      const hint = fieldHint(error);
      const what = error.keyword === "format" ? `a valid ${String(p.format)}` : "in the expected form";
      return { pointer: path, at: "value", message: `\`${field}\` is not ${what}: ${describe(error.data)}`, ...(hint ? { hint } : {}) };
    }
    case "minLength":
      return { pointer: path, at: "value", message: `\`${field}\` is too short (at least ${String(p.limit)} characters)`, ...hintOf(error) };
    case "maxLength":
      return { pointer: path, at: "value", message: `\`${field}\` is too long (at most ${String(p.limit)} characters)`, ...hintOf(error) };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { pointer: path, at: "value", message: `\`${field}\` must be ${String(p.comparison)} ${String(p.limit)}; got ${describe(error.data)}`, ...hintOf(error) };
    case "minItems":
      return { pointer: path, at: "value", message: `\`${field}\` needs at least ${String(p.limit)} item(s)`, ...hintOf(error) };
    case "maxItems":
      return { pointer: path, at: "value", message: `\`${field}\` has more than ${String(p.limit)} items`, ...hintOf(error) };
    case "uniqueItems":
      return { pointer: `${path}/${String(p.i)}`, at: "value", message: `\`${field}\` lists the same item twice (items ${Number(p.j) + 1} and ${Number(p.i) + 1})`, hint: "remove the duplicate" };
    case "minProperties":
      return { pointer: path, at: "value", message: `\`${field}\` needs at least ${String(p.limit)} field(s)` };
    case "propertyNames":
      return undefined; // reported by the nested pattern error
    case "if":
    case "allOf":
    case "anyOf":
    case "oneOf":
      return undefined; // the failing branch reports the real problem
    default:
      return { pointer: path, at: "value", message: `\`${field}\` ${error.message ?? "is invalid"}` };
  }
}

function hintOf(error: ErrorObject): { hint?: string } {
  const hint = fieldHint(error);
  return hint ? { hint } : {};
}

/**
 * At most this many schema errors per file are listed, then one line counts the rest: a
 * 250 KB file can hold 30,000 unknown keys, and each listed error costs a position lookup
 * that is linear in the file.
 */
export const MAX_SCHEMA_DIAGNOSTICS = 50;
/** Keywords translate() reports through another error. */
const SILENT_KEYWORDS = new Set(["propertyNames", "if", "allOf", "anyOf", "oneOf"]);

export function schemaDiagnostics(source: Pick<SourceFile, "file" | "locate">, errors: readonly ErrorObject[] | null | undefined, rule = "schema"): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  let unlisted = 0;
  for (const error of errors ?? []) {
    if (out.length >= MAX_SCHEMA_DIAGNOSTICS) {
      // Past the limit, only count: translating (with its closest-name search) costs too.
      if (SILENT_KEYWORDS.has(error.keyword)) continue;
      const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
      if (!seen.has(key)) unlisted++;
      seen.add(key);
      continue;
    }
    const t = translate(error);
    if (!t) continue;
    const key = `${t.pointer}|${t.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = source.locate(t.pointer, t.at);
    out.push({ file: source.file, line: pos.line, column: pos.column, severity: "error", rule, message: t.message, ...(t.hint ? { hint: t.hint } : {}) });
  }
  if (unlisted > 0) out.push({ file: source.file, line: 1, column: 1, severity: "error", rule, message: `${unlisted} more schema errors not listed`, hint: "fix the ones above first" });
  return out;
}
