/**
 * Parses YAML as plain JSON-compatible data (YAML 1.2 core schema: dates stay strings)
 * and keeps the document so that any JSON pointer can be mapped back to a position.
 * Refuses what a contributed file should never need: aliases (and so alias bombs),
 * duplicate keys, custom tags, prototype-polluting keys and non-mapping roots.
 */
import { createRequire } from "node:module";
import { FORBIDDEN_KEYS, MAX_DEPTH, NON_NAME_KEYS } from "./limits.js";
import { readSimpleYaml } from "./simple-yaml.js";
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from "yaml";

export interface YamlProblem {
  offset: number;
  rule: string;
  message: string;
  hint?: string;
}

export interface ParsedYaml {
  /** The data, or undefined when the YAML could not be read. */
  value: unknown;
  problems: YamlProblem[];
  /** Offset (within the YAML text) of the value or key at a JSON pointer, nearest existing ancestor otherwise. */
  locate(pointer: string, at?: "key" | "value"): number;
}

/**
 * js-yaml's CommonJS build, on purpose. Under ESM, `import … from "js-yaml"` resolves to
 * dist/js-yaml.mjs, which runs about 2.7 times slower in V8 than the CommonJS build of the
 * same version (10,000 profile frontmatters: 2.15 s against 0.75 s, measured under Node 20
 * with and without tsx). The API and the results are the same.
 */
const jsYaml = createRequire(import.meta.url)("js-yaml") as typeof import("js-yaml");

export { MAX_DEPTH };

/**
 * Reads `source`, or the range [start, end) of it (offsets in the result are then within
 * that range). `plain`: the whole source is plain text (isPlainText in decode.ts).
 *
 * Three readers, one result. Most files are valid, and for a valid file nobody asks for a
 * position, so the fast readers go first: the simple reader (simple-yaml.ts) for the plain
 * subset profiles are written in, js-yaml for any other text (one pass over 10,000
 * profile frontmatters: about 0.4 s and 0.9 s). If one accepts the text and the value
 * passes the same structural checks, that value is used and the position-keeping `yaml`
 * document is only built if a later check asks for a position. Anything js-yaml refuses,
 * or any value that fails a check, goes through `yaml`, which produces the positioned
 * diagnostics. Differential tests over the YAML test suite and random documents hold the
 * simple reader to js-yaml's values and js-yaml to the careful reader's.
 */
export function parseYaml(source: string, start = 0, end = source.length, plain = false): ParsedYaml {
  const value = fastParse(source, start, end, plain);
  const text = start === 0 && end === source.length ? source : source.slice(start, end);
  if (value !== undefined) return new FastParsed(text, value);
  return parseYamlWithPositions(text);
}

/**
 * A value read by a fast reader. A class rather than an object of closures: this is made
 * once per profile, and under tsx every closure created per call is also renamed (esbuild
 * keepNames), which costs more than the closure itself.
 */
class FastParsed implements ParsedYaml {
  readonly problems: YamlProblem[] = [];
  private doc: Document.Parsed | undefined;

  constructor(
    private readonly source: string,
    readonly value: Record<string, unknown>,
  ) {}

  locate(pointer: string, at?: "key" | "value"): number {
    return locateTopLevel(this.source, pointer, at) ?? locateIn((this.doc ??= parseDocument(this.source, DOCUMENT_OPTIONS)), pointer, at);
  }
}

const DOCUMENT_OPTIONS = {
  schema: "core",
  version: "1.2",
  // The library's own duplicate-key check compares each key with every earlier one: a
  // 250 KB mapping of 30,000 keys took 10 s. structuralProblems checks with a Set instead.
  uniqueKeys: false,
  merge: false,
  prettyErrors: false,
  strict: true,
  resolveKnownTags: false,
} as const;

const FAST_OPTIONS = { schema: jsYaml.CORE_SCHEMA, json: false, maxAliases: 0, maxDepth: MAX_DEPTH + 2 };

/**
 * The value of `source` (or of its range [start, end)) when it is read cleanly, by the
 * simple reader if it is written in that reader's subset and by js-yaml otherwise, and
 * passes the structural checks; else undefined.
 */
export function fastParse(source: string, start = 0, end = source.length, plain = false): Record<string, unknown> | undefined {
  // The simple reader enforces the structural limits itself (test/load/simple-yaml.test.ts
  // checks that whatever it returns passes structurallySound), so its value is not walked again.
  const simple = readSimpleYaml(source, start, end, plain);
  if (simple !== undefined) return simple;
  let value: unknown;
  try {
    value = jsYaml.load(start === 0 && end === source.length ? source : source.slice(start, end), FAST_OPTIONS);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  return structurallySound(value, 0) ? (value as Record<string, unknown>) : undefined;
}

/** The same limits the `yaml` path enforces: depth, and no prototype-polluting keys. */
export function structurallySound(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== "object") return true;
  if (depth >= MAX_DEPTH) return false;
  // Plain loops: no callback is created per array (see FastParsed).
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!structurallySound(value[i], depth + 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    // js-yaml turns null and boolean keys into strings; the careful reader refuses them.
    if (FORBIDDEN_KEYS.has(key) || NON_NAME_KEYS.has(key)) return false;
    if (!structurallySound((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** The careful reader: every problem with its offset. */
export function parseYamlWithPositions(source: string): ParsedYaml {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, DOCUMENT_OPTIONS);
  } catch (error) {
    if (error instanceof RangeError) return failed([{ offset: 0, ...TOO_DEEP }]);
    return failed([{ offset: 0, rule: "yaml-syntax", message: `YAML could not be read: ${(error as Error).message}` }]);
  }

  const problems: YamlProblem[] = [];
  for (const e of doc.errors) problems.push(fromYamlError(e));
  for (const w of doc.warnings) problems.push(fromYamlError(w));
  if (problems.length === 0) problems.push(...structuralProblems(doc));
  if (problems.length > 0) return failed(problems, doc);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return failed([{ offset: 0, rule: "yaml-syntax", message: `YAML could not be converted: ${(error as Error).message}` }], doc);
  }
  return { value, problems, locate: (pointer, at) => locateIn(doc, pointer, at) };
}

function failed(problems: YamlProblem[], doc?: Document.Parsed): ParsedYaml {
  return { value: undefined, problems, locate: (pointer, at) => (doc ? locateIn(doc, pointer, at) : 0) };
}

const TOO_DEEP = { rule: "yaml-too-deep", message: `nesting deeper than ${MAX_DEPTH} levels`, hint: "profiles need only a few levels; flatten the structure" };

function fromYamlError(e: { code: string; message: string; pos: [number, number] }): YamlProblem {
  const firstLine = e.message.split("\n")[0] ?? e.message;
  const message = firstLine.replace(/ at line \d+, column \d+:?$/, "");
  // Thousands of nested brackets overflow the parser's stack before our depth check runs.
  if (/Maximum call stack size exceeded/.test(message)) return { offset: e.pos[0], ...TOO_DEEP };
  switch (e.code) {
    case "DUPLICATE_KEY":
      return { offset: e.pos[0], rule: "yaml-duplicate-key", message: "this key appears twice in the same mapping", hint: "keep one of the two entries" };
    case "TAG_RESOLVE_FAILED":
      return { offset: e.pos[0], rule: "yaml-tag", message: `custom YAML tags are not allowed: ${message}`, hint: "remove the `!tag`; write plain strings, numbers, lists and mappings" };
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
    case "TAB_AS_INDENT":
      return { offset: e.pos[0], rule: "yaml-syntax", message: `invalid YAML: ${message}`, hint: "check indentation (spaces, not tabs) and quote values that contain `: ` or start with a special character" };
    default:
      return { offset: e.pos[0], rule: "yaml-syntax", message: `invalid YAML: ${message}` };
  }
}

function structuralProblems(doc: Document.Parsed): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const root = doc.contents;
  if (!isMap(root)) {
    const offset = isNode(root) && root.range ? root.range[0] : 0;
    return [{ offset, rule: "frontmatter-not-mapping", message: "frontmatter must be a mapping of `field: value` lines", hint: "start with `name: …` on its own line" }];
  }
  let aliasReported = false;
  visit(doc, {
    Alias(_key, node) {
      if (!aliasReported) {
        problems.push({ offset: node.range?.[0] ?? 0, rule: "yaml-alias", message: "YAML aliases (`*name`) are not allowed in profiles", hint: "write the value out in full instead of referring to an anchor" });
        aliasReported = true;
      }
      return visit.SKIP;
    },
    Collection(_key, node, path) {
      const depth = path.filter((p) => isMap(p) || isSeq(p)).length + 1;
      if (depth > MAX_DEPTH) {
        problems.push({ offset: node.range?.[0] ?? 0, ...TOO_DEEP });
        return visit.BREAK;
      }
      if (isMap(node)) {
        // Keys as the JavaScript object will see them: `1` and "1" are the same property.
        const seen = new Set<string>();
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          const name = String(pair.key.value);
          if (seen.has(name)) problems.push({ offset: pair.key.range?.[0] ?? 0, rule: "yaml-duplicate-key", message: "this key appears twice in the same mapping", hint: "keep one of the two entries" });
          seen.add(name);
        }
      }
      return undefined;
    },
    Pair(_key, pair) {
      const k = pair.key;
      if (isScalar(k) && typeof k.value === "string" && FORBIDDEN_KEYS.has(k.value)) {
        problems.push({ offset: k.range?.[0] ?? 0, rule: "yaml-forbidden-key", message: `the key \`${k.value}\` is not allowed`, hint: "remove it; no profile field has this name" });
      } else if (!isScalar(k) || (typeof k.value !== "string" && typeof k.value !== "number")) {
        const offset = isNode(k) && k.range ? k.range[0] : 0;
        problems.push({ offset, rule: "yaml-complex-key", message: "mapping keys must be plain names", hint: "write keys as `field_name:`" });
      }
      return undefined;
    },
  });
  return problems;
}

const TOP_LEVEL_POINTER = /^\/([a-z_]+)$/;

/** `^key:[ \t]*` for each key asked about, compiled once (a warning such as stale-review asks for the same key in every profile). */
const topLevelKeys = new Map<string, RegExp>();

function topLevelKey(key: string): RegExp {
  let re = topLevelKeys.get(key);
  if (!re) {
    re = new RegExp(`^${key}:[ \\t]*`, "gm");
    if (topLevelKeys.size < 1000) topLevelKeys.set(key, re);
  }
  return re;
}

/**
 * A top-level key written in block style (`last_reviewed: 2025-05-12`) is found with one
 * search instead of a full parse; anything else returns undefined and is walked properly.
 */
function locateTopLevel(source: string, pointer: string, at: "key" | "value" = "value"): number | undefined {
  const key = TOP_LEVEL_POINTER.exec(pointer)?.[1];
  if (!key) return undefined;
  const re = topLevelKey(key);
  re.lastIndex = 0;
  const first = re.exec(source);
  if (!first || re.exec(source)) return undefined;
  const valueStart = first.index + first[0].length;
  const rest = source.slice(valueStart, source.indexOf("\n", valueStart) === -1 ? undefined : source.indexOf("\n", valueStart));
  if (at === "key" || rest === "" || rest.startsWith("#")) return first.index;
  return valueStart;
}

/** Walks a JSON pointer through the document, returning the offset of the deepest node found. */
function locateIn(doc: Document.Parsed, pointer: string, at: "key" | "value" = "value"): number {
  const parts = pointer === "" ? [] : pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = doc.contents;
  let offset = isNode(node) && node.range ? node.range[0] : 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === part);
      if (!pair) return offset;
      const keyNode = pair.key as Node;
      if (last && at === "key") return keyNode.range?.[0] ?? offset;
      const valueNode = pair.value;
      if (isNode(valueNode) && valueNode.range && !(isScalar(valueNode) && valueNode.value === null && valueNode.range[0] === valueNode.range[1])) {
        offset = valueNode.range[0];
      } else {
        offset = keyNode.range?.[0] ?? offset;
      }
      node = valueNode;
    } else if (isSeq(node)) {
      const item = node.items[Number(part)];
      if (!isNode(item)) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else if (isAlias(node)) {
      return offset;
    } else {
      return offset;
    }
  }
  return offset;
}

