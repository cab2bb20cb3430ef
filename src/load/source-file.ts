/**
 * Reads one YAML-frontmatter or plain-YAML source file into data plus a position finder.
 * Shared by profiles (frontmatter + Markdown body) and reference data (whole-file YAML).
 */
import type { Diagnostic } from "../diagnostics.js";
import { decodeSource, isPlainText, MAX_FILE_BYTES } from "./decode.js";
import { splitFrontmatter } from "./frontmatter.js";
import { LineIndex, type Position } from "./line-index.js";
import { parseYaml, type ParsedYaml } from "./yaml.js";

export interface SourceFile {
  file: string;
  /** Parsed data; undefined when the file could not be read (see diagnostics). */
  data: unknown;
  /** Markdown body after the frontmatter ("" for plain YAML files). */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
  /**
   * True when the file is plain text (isPlainText: no tab, carriage return, control or
   * bidirectional character anywhere) and its YAML has no backslash, which is how an
   * escape would write one: so neither the body nor any string in `data` holds one.
   */
  plainText: boolean;
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
  if (options.format === "frontmatter") {
    const split = splitFrontmatter(text);
    if (!split.ok) return refused(file, split);
    return new ParsedSource(file, text, split.yaml, split.yamlOffset, split.body, split.bodyLine);
  }
  return new ParsedSource(file, text, text, 0, "", 1);
}

/**
 * A file that was read (with or without YAML problems). One is made per profile, so it is a
 * class: no closures per file, and the line index is only built when a position is asked
 * for, which for a valid profile is never.
 */
class ParsedSource implements SourceFile {
  readonly data: unknown;
  readonly diagnostics: Diagnostic[];
  readonly plainText: boolean;
  private readonly parsed: ParsedYaml;
  private lines: LineIndex | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
    yamlText: string,
    private readonly yamlOffset: number,
    readonly body: string,
    readonly bodyLine: number,
  ) {
    const plain = isPlainText(text);
    this.plainText = plain && !yamlText.includes("\\");
    // The range of the whole text rather than the slice: see readSimpleYaml.
    this.parsed = parseYaml(text, yamlOffset, yamlOffset + yamlText.length, plain);
    this.data = this.parsed.value;
    this.diagnostics = [];
    for (const p of this.parsed.problems) {
      this.diagnostics.push({ file, ...this.position(p.offset), severity: "error", rule: p.rule, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
    }
  }

  /**
   * A getter, so that `const { locate } = source` keeps working as it did when this was a
   * closure, while a file whose positions nobody asks for (most) allocates no function.
   */
  get locate(): SourceFile["locate"] {
    return (this.boundLocate ??= this.locateIn.bind(this));
  }

  private boundLocate: SourceFile["locate"] | undefined;

  private locateIn(pointer: string, at?: "key" | "value"): Position {
    return pointer === "" ? { line: 1, column: 1 } : this.position(this.parsed.locate(pointer, at));
  }

  /**
   * Line and column in the whole file of an offset within the YAML text. Most files that
   * are asked at all are asked once (a stale-review warning), so the first answer is
   * counted without building the line index; a second question builds it.
   */
  private position(offset: number): Position {
    const at = this.yamlOffset + offset;
    if (this.lines) return this.lines.position(at);
    if (!this.counted) {
      this.counted = true;
      return countPosition(this.text, at);
    }
    this.lines = new LineIndex(this.text);
    return this.lines.position(at);
  }

  private counted = false;
}

/** What LineIndex.position(offset) answers, found by counting the line breaks before the offset. */
function countPosition(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function refused(file: string, r: { line: number; column: number; rule: string; message: string; hint: string }): SourceFile {
  return {
    file,
    data: undefined,
    body: "",
    bodyLine: 1,
    diagnostics: [{ file, line: r.line, column: r.column, severity: "error", rule: r.rule, message: r.message, hint: r.hint }],
    plainText: false,
    locate: nowhere,
  };
}
