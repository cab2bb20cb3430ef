/**
 * load → validate: turns profile sources into valid profiles plus diagnostics.
 * A profile is valid when its file has no error; warnings do not block it.
 */
import { compareDiagnostics, type Diagnostic } from "../diagnostics.js";
import type { Profile } from "../generated/profile.js";
import type { ProfileSource } from "../load/discover.js";
import { readSource, type SourceFile } from "../load/source-file.js";
import type { VocabularyTables } from "../reference/vocabularies.js";
import { getValidator } from "./ajv.js";
import { collectionLints, profileLints } from "./lints/index.js";
import type { Finding, LintContext, LintSubject, ProfileLint } from "./lints/types.js";
import { schemaDiagnostics } from "./schema-diagnostics.js";

export const STALE_AFTER_DAYS = 365;

export interface ValidProfile {
  slug: string;
  file: string;
  data: Profile;
  /** Markdown body, untrusted: render with raw HTML off and no template engine. */
  body: string;
  bodyLine: number;
}

export interface ValidationOptions {
  today: string;
  tables: VocabularyTables;
  staleAfterDays?: number;
}

export interface ValidationResult {
  profiles: ValidProfile[];
  diagnostics: Diagnostic[];
}

function toDiagnostic(source: Pick<SourceFile, "file" | "locate" | "bodyLine">, rule: string, f: Finding): Diagnostic {
  const pos = f.bodyLine !== undefined ? { line: source.bodyLine + f.bodyLine - 1, column: 1 } : source.locate(f.pointer, f.at);
  return { file: source.file, line: pos.line, column: pos.column, severity: f.severity, rule, message: f.message, ...(f.hint ? { hint: f.hint } : {}) };
}

/**
 * Lints assume a schema-valid profile. On an invalid one they still run, so that a
 * contributor sees every problem at once, but a lint that trips over the malformed
 * shape is skipped: the schema errors already cover that part.
 */
function runLint(lint: ProfileLint, subject: LintSubject, context: LintContext, schemaValid: boolean): Finding[] {
  if (schemaValid) return lint.check(subject, context);
  try {
    return lint.check(subject, context);
  } catch {
    return [];
  }
}

export function validateProfiles(inputs: readonly ProfileSource[], options: ValidationOptions): ValidationResult {
  const context: LintContext = { today: options.today, tables: options.tables, staleAfterDays: options.staleAfterDays ?? STALE_AFTER_DAYS };
  const validate = getValidator("profile.schema.json");
  const diagnostics: Diagnostic[] = [];
  const checked: Array<{ source: SourceFile; subject: LintSubject; slug: string }> = [];

  for (const input of inputs) {
    const source = readSource(input.file, input.bytes, { format: "frontmatter" });
    if (source.diagnostics.length > 0) {
      diagnostics.push(...source.diagnostics);
      continue;
    }
    const subject: LintSubject = { slug: input.slug, file: input.file, data: source.data as Profile, body: source.body };
    const valid = validate(source.data);
    if (!valid) diagnostics.push(...schemaDiagnostics(source, validate.errors));
    for (const lint of profileLints) {
      diagnostics.push(...runLint(lint, subject, context, valid).map((f) => toDiagnostic(source, lint.name, f)));
    }
    checked.push({ source, subject, slug: input.slug });
  }

  const bySubject = new Map(checked.map((c) => [c.subject, c.source]));
  for (const lint of collectionLints) {
    for (const f of lint.check(checked.map((c) => c.subject), context)) {
      diagnostics.push(toDiagnostic(bySubject.get(f.subject)!, lint.name, f));
    }
  }

  const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const profiles = checked
    .filter((c) => !failed.has(c.source.file))
    .map((c) => ({ slug: c.slug, file: c.source.file, data: c.subject.data, body: c.source.body, bodyLine: c.source.bodyLine }));
  return { profiles, diagnostics: diagnostics.sort(compareDiagnostics) };
}
