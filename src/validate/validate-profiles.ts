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
  /** Per-file results of earlier runs (the dev server keeps one): unchanged files are not checked again. */
  cache?: ValidationCache;
}

type Checked = { source: SourceFile; subject: LintSubject; slug: string };

/**
 * What checking one file gave, keyed by its path. An entry is reused only for the same
 * bytes and slug under the same date, vocabularies and staleness threshold; the checks
 * across files (uniqueness) always run again.
 */
export class ValidationCache {
  private key: unknown[] = [];
  readonly files = new Map<string, { bytes: Uint8Array; slug: string; diagnostics: Diagnostic[]; checked?: Checked }>();

  /** Empties the cache when the context the entries were made in has changed. */
  use(today: string, tables: VocabularyTables, staleAfterDays: number): void {
    const key = [today, tables, staleAfterDays];
    if (key.some((k, i) => k !== this.key[i])) this.files.clear();
    this.key = key;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
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
 * At most this many findings of one lint are listed per file (each costs a position lookup
 * linear in the file); the rest are counted in one closing diagnostic.
 */
export const MAX_FINDINGS_PER_LINT = 50;

/** Appends the diagnostics for one lint's findings to `out`. */
function addDiagnostics(out: Diagnostic[], source: Pick<SourceFile, "file" | "locate" | "bodyLine">, rule: string, findings: readonly Finding[]): void {
  // Most lints find nothing in most files: return before allocating anything.
  if (findings.length === 0) return;
  const listed = Math.min(findings.length, MAX_FINDINGS_PER_LINT);
  for (let i = 0; i < listed; i++) out.push(toDiagnostic(source, rule, findings[i]!));
  const rest = findings.length - listed;
  if (rest > 0) {
    let severity: Diagnostic["severity"] = "warning";
    for (let i = listed; i < findings.length; i++) if (findings[i]!.severity === "error") severity = "error";
    out.push({ file: source.file, line: 1, column: 1, severity, rule, message: `${rest} more \`${rule}\` findings not listed`, hint: "fix the ones above first" });
  }
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

const READ_OPTIONS = { format: "frontmatter" } as const;

/** `inputs` may be read as they are iterated (see openProfiles): they are iterated once, in order. */
export function validateProfiles(inputs: Iterable<ProfileSource>, options: ValidationOptions): ValidationResult {
  const context: LintContext = { today: options.today, tables: options.tables, staleAfterDays: options.staleAfterDays ?? STALE_AFTER_DAYS };
  const validate = getValidator("profile.schema.json");
  const diagnostics: Diagnostic[] = [];
  const checked: Checked[] = [];
  const cache = options.cache;
  cache?.use(context.today, context.tables, context.staleAfterDays);

  for (const input of inputs) {
    const hit = cache?.files.get(input.file);
    if (hit && hit.slug === input.slug && sameBytes(hit.bytes, input.bytes)) {
      diagnostics.push(...hit.diagnostics);
      if (hit.checked) checked.push(hit.checked);
      continue;
    }
    const source = readSource(input.file, input.bytes, READ_OPTIONS);
    let own: Diagnostic[];
    let entry: Checked | undefined;
    if (source.diagnostics.length > 0) {
      own = source.diagnostics.slice();
    } else {
      own = [];
      const subject: LintSubject = { slug: input.slug, file: input.file, data: source.data as Profile, body: source.body, plainText: source.plainText };
      const valid = validate(source.data);
      if (!valid) own.push(...schemaDiagnostics(source, validate.errors));
      for (const lint of profileLints) addDiagnostics(own, source, lint.name, runLint(lint, subject, context, valid));
      entry = { source, subject, slug: input.slug };
      checked.push(entry);
    }
    for (const d of own) diagnostics.push(d);
    if (cache) {
      // A copy when the bytes are a view of a larger buffer (files read together, see read-ahead.ts), so that the cache keeps no more than the file.
      const bytes = input.bytes.byteLength === input.bytes.buffer.byteLength ? input.bytes : new Uint8Array(input.bytes);
      cache.files.set(input.file, { bytes, slug: input.slug, diagnostics: own, ...(entry ? { checked: entry } : {}) });
    }
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
