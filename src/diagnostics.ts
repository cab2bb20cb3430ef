/**
 * A Diagnostic is one problem found in one file, with the position a contributor
 * needs to fix it. Every stage (load, validate, reference data, scoring) reports these.
 */
export type Severity = "error" | "warning";

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
  hint?: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

export function countErrors(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.reduce((n, d) => n + (d.severity === "error" ? 1 : 0), 0);
}

/** `path:line:col: error: message` followed by an indented hint line. */
export function formatText(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`;
  return d.hint ? `${head}\n    hint: ${d.hint}` : head;
}

/** GitHub Actions workflow command, so problems appear as annotations on the PR diff. */
export function formatGithub(d: Diagnostic): string {
  const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
  const level = d.severity === "error" ? "error" : "warning";
  return `::${level} file=${escapeProp(d.file)},line=${d.line},col=${d.column},title=${escapeProp(d.rule)}::${escapeData(text)}`;
}

export function toJsonRecord(d: Diagnostic): Required<Omit<Diagnostic, "hint">> & { hint: string | null } {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    hint: d.hint ?? null,
  };
}
