/**
 * Reads one YAML-frontmatter or plain-YAML source file into data plus a position finder.
 * Shared by profiles (frontmatter + Markdown body) and reference data (whole-file YAML).
 */
import type { Diagnostic } from "../diagnostics.js";
import { decodeSource, MAX_FILE_BYTES } from "./decode.js";
import { splitFrontmatter } from "./frontmatter.js";
import { LineIndex, type Position } from "./line-index.js";
import { parseYaml } from "./yaml.js";

export interface SourceFile {
  file: string;
  /** Parsed data; undefined when the file could not be read (see diagnostics). */
  data: unknown;
  /** Markdown body after the frontmatter ("" for plain YAML files). */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
  /** Position of the value (or key) at a JSON pointer, or the nearest ancestor that exists. */
  locate(pointer: string, at?: "key" | "value"): Position;
}

export interface ReadOptions {
  maxBytes?: number;
  /** "frontmatter" for profiles, "yaml" for whole-file YAML reference data. */
  format: "frontmatter" | "yaml";
}

const nowhere = (): Position => ({ line: 1, column: 1 });

export function readSource(file: string, bytes: Uint8Array, options: ReadOptions): SourceFile {
  const decoded = decodeSource(bytes, options.maxBytes ?? MAX_FILE_BYTES);
  if (!decoded.ok) {
    return refused(file, decoded);
  }
  const { text } = decoded;
  let yamlText = text;
  let yamlOffset = 0;
  let body = "";
  let bodyLine = 1;
  if (options.format === "frontmatter") {
    const split = splitFrontmatter(text);
    if (!split.ok) return refused(file, split);
    yamlText = split.yaml;
    yamlOffset = split.yamlOffset;
    body = split.body;
    bodyLine = split.bodyLine;
  }
  const lines = new LineIndex(text);
  const parsed = parseYaml(yamlText);
  const position = (offset: number): Position => lines.position(yamlOffset + offset);
  const diagnostics: Diagnostic[] = parsed.problems.map((p) => ({
    file,
    ...position(p.offset),
    severity: "error",
    rule: p.rule,
    message: p.message,
    ...(p.hint ? { hint: p.hint } : {}),
  }));
  return {
    file,
    data: parsed.value,
    body,
    bodyLine,
    diagnostics,
    locate: (pointer, at) => (pointer === "" ? { line: 1, column: 1 } : position(parsed.locate(pointer, at))),
  };
}

function refused(file: string, r: { line: number; column: number; rule: string; message: string; hint: string }): SourceFile {
  return {
    file,
    data: undefined,
    body: "",
    bodyLine: 1,
    diagnostics: [{ file, line: r.line, column: r.column, severity: "error", rule: r.rule, message: r.message, hint: r.hint }],
    locate: nowhere,
  };
}
