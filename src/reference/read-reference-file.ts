/**
 * Reads one reference-data file (YAML or JSON) and checks it against its schema.
 * Reference data is trusted more than profiles but gets the same positioned errors.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { readSource } from "../load/source-file.js";
import { repoRoot } from "../paths.js";
import { getValidator } from "../validate/ajv.js";
import { schemaDiagnostics } from "../validate/schema-diagnostics.js";
import type { SourceFile } from "../load/source-file.js";

export interface ReferenceFile<T> {
  /** Present only when the file parsed and matched its schema. */
  data: T | undefined;
  source: SourceFile;
  diagnostics: Diagnostic[];
}

export function readReferenceFile<T>(path: string, schemaFile: string, bytes?: Uint8Array): ReferenceFile<T> {
  const file = relative(repoRoot, path) || path;
  let content: Uint8Array;
  try {
    content = bytes ?? readFileSync(path);
  } catch (error) {
    const source = readSource(file, new Uint8Array(), { format: "yaml" });
    const diagnostic: Diagnostic = { file, line: 1, column: 1, severity: "error", rule: "reference-missing", message: `cannot read reference file: ${(error as Error).message}` };
    return { data: undefined, source, diagnostics: [diagnostic] };
  }
  // JSON is YAML 1.2, so one reader serves both.
  const source = readSource(file, content, { format: "yaml", maxBytes: 4 * 1024 * 1024 });
  if (source.diagnostics.length > 0 || source.data === undefined) {
    return { data: undefined, source, diagnostics: source.diagnostics };
  }
  const validate = getValidator(schemaFile);
  if (!validate(source.data)) {
    return { data: undefined, source, diagnostics: schemaDiagnostics(source, validate.errors, "reference-schema") };
  }
  return { data: source.data as T, source, diagnostics: [] };
}
