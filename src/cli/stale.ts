/**
 * npm run stale [-- --days N] [--evidence-days N] [--json] [--today YYYY-MM-DD]
 * Profiles not reviewed within N days (default 365) and evidence old enough to lose worth
 * in the score (default: the rubric's full-worth horizon), oldest first.
 */
import { formatStaleReport, staleReport } from "../freshness/stale.js";
import { resolveToday } from "../util/dates.js";
import { isMain } from "../util/is-main.js";
import { parseCommandLine } from "../util/command-line.js";
import { stdio, type Output } from "../util/output.js";
import { validateAll } from "../validate/validate-all.js";
import { STALE_AFTER_DAYS } from "../validate/validate-profiles.js";

const USAGE = "usage: npm run stale -- [--days N] [--evidence-days N] [--json] [--today YYYY-MM-DD]";

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} takes a whole number of days, not "${value}"`);
  return Number(value);
}

export function runStale(argv: string[], io: Output = stdio): number {
  const parsed = parseCommandLine(
    { args: argv, options: { days: { type: "string" }, "evidence-days": { type: "string" }, json: { type: "boolean" }, today: { type: "string" }, help: { type: "boolean", short: "h" } } },
    USAGE,
    io,
    "error: ",
  );
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  try {
    const today = resolveToday(values.today);
    const result = validateAll({ today });
    if (!result.reference) {
      io.err("error: the reference data is invalid; run `npm run validate`\n");
      return 1;
    }
    const months = result.reference.rubric.evidence.decay.full_worth_months;
    const report = staleReport(result.profiles, {
      today,
      profileDays: wholeNumber("days", values.days) ?? STALE_AFTER_DAYS,
      evidenceDays: wholeNumber("evidence-days", values["evidence-days"]) ?? Math.round(months * 30.44),
    });
    io.out(values.json ? JSON.stringify(report, null, 2) + "\n" : formatStaleReport(report) + "\n");
    const skipped = result.checked - result.profiles.length;
    if (skipped > 0) io.err(`note: ${skipped} profile(s) with validation errors were left out; run \`npm run validate\`\n`);
    return 0;
  } catch (error) {
    io.err(`error: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
}

if (isMain(import.meta.url)) process.exitCode = runStale(process.argv.slice(2));
