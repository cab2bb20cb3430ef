/**
 * npm run validate [-- <files…>] [--format text|json|github] [--today YYYY-MM-DD] [--watch]
 * Checks profiles and reference data; exit 0 without errors, 1 with errors, 2 on bad usage.
 */
import { watch } from "node:fs";
import { displayPath } from "../load/discover.js";
import { contentDir } from "../paths.js";
import { countErrors, formatGithub, formatText, toJsonRecord, type Diagnostic } from "../diagnostics.js";
import { resolveToday } from "../util/dates.js";
import { validateAll } from "../validate/validate-all.js";
import { parseCommandLine } from "../util/command-line.js";
import { isMain } from "../util/is-main.js";

const USAGE = "usage: npm run validate -- [files…] [--format text|json|github] [--today YYYY-MM-DD] [--watch]";

function report(diagnostics: Diagnostic[], format: string, checked: number, ms: number): void {
  if (format === "json") {
    process.stdout.write(JSON.stringify(diagnostics.map(toJsonRecord), null, 2) + "\n");
    return;
  }
  const lines = diagnostics.map(format === "github" ? formatGithub : formatText);
  if (lines.length > 0) process.stdout.write(lines.join("\n") + "\n");
  if (format === "text") {
    const errors = countErrors(diagnostics);
    const warnings = diagnostics.length - errors;
    const files = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file)).size;
    const summary = errors === 0 ? `✓ ${checked} profile file(s) valid` : `✗ ${errors} error(s) in ${files} file(s)`;
    process.stderr.write(`${summary}, ${warnings} warning(s) (${ms.toFixed(0)} ms)\n`);
  }
}

export function runValidate(argv: string[]): number {
  const parsed = parseCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: { format: { type: "string", default: "text" }, today: { type: "string" }, watch: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    },
    USAGE,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const format = values.format ?? "text";
  if (!["text", "json", "github"].includes(format)) {
    process.stderr.write(`unknown --format "${format}"; use text, json or github\n`);
    return 2;
  }
  let today: string;
  try {
    today = resolveToday(values.today);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const once = (): number => {
    const started = performance.now();
    const result = validateAll({ today, files: positionals });
    report(result.diagnostics, format, result.checked, performance.now() - started);
    return countErrors(result.diagnostics) > 0 ? 1 : 0;
  };
  if (values.watch) {
    watchAndValidate(once);
    return 0;
  }
  return once();
}

/** Re-validates whenever a profile or reference file is saved (debounced), until Ctrl-C. */
function watchAndValidate(once: () => number): void {
  once();
  process.stderr.write(`watching ${displayPath(contentDir)}/ — save a file to re-check, Ctrl-C to stop\n`);
  let timer: NodeJS.Timeout | undefined;
  watch(contentDir, { recursive: true }, (_event, name) => {
    if (name && /(^|\/)\.|~$|\.swp$/.test(String(name))) return; // editor temp files
    clearTimeout(timer);
    timer = setTimeout(() => {
      process.stderr.write(`\n— ${String(name ?? "change")} changed, re-checking —\n`);
      once();
    }, 150);
  });
}

if (isMain(import.meta.url)) process.exitCode = runValidate(process.argv.slice(2));
