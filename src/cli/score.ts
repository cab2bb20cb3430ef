/**
 * npm run score [-- <slug…>] [--json] [--today YYYY-MM-DD]
 * The explained scorecard of every profile (or the named ones): delivery score and
 * confidence, six signals and the track record with their top reasons, engagement models
 * against the market bands, warnings, and what would raise the score. --json prints the
 * scorecards as an array. Exit 0 when everything asked for was scored, 1 when a profile
 * is unknown or invalid or the reference data is broken, 2 on bad usage.
 */
import { parseCommandLine } from "../util/command-line.js";
import { formatText, type Diagnostic } from "../diagnostics.js";
import type { Scorecard } from "../generated/scorecard.js";
import { discoverProfiles } from "../load/discover.js";
import { score, type MarketContext } from "../score/index.js";
import { formatMoney } from "../score/numbers.js";
import { closest } from "../util/closest.js";
import { resolveToday } from "../util/dates.js";
import { isMain } from "../util/is-main.js";
import { stdio, type Output } from "../util/output.js";
import { validateAll } from "../validate/validate-all.js";

const USAGE = "usage: npm run score -- [slug…] [--json] [--today YYYY-MM-DD]";

// ---------------------------------------------------------------------------------------
// Text rendering
// ---------------------------------------------------------------------------------------

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A bar of `width` cells for value/max, in eighths of a cell. */
export function bar(value: number, max: number, width: number): string {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const eighths = Math.round(share * width * 8);
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8] ?? "";
  return ("█".repeat(full) + part).padEnd(width, "·");
}

function signed(points: number): string {
  const text = Math.abs(points).toFixed(1);
  return points < 0 ? `−${text}` : `+${text}`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function money(range: { min: number; max: number; per: string }): string {
  const figures = range.min === range.max ? formatMoney(range.min) : `${formatMoney(range.min)}–${formatMoney(range.max)}`;
  return `${figures} USD/${range.per}`;
}

const LABEL_WIDTH = 30;
const TEXT_WIDTH = 96;

function sectionLines(label: string, weight: number, value: number, backed: number, reasons: Scorecard["signals"][number]["reasons"]): string[] {
  const head = `  ${label.padEnd(LABEL_WIDTH)} ${value.toFixed(1).padStart(4)} ${bar(value, 10, 10)}  weight ${weight} · backed ${backed.toFixed(1)}`;
  const positive = reasons
    .filter((r) => r.points > 0)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.points - a.r.points || a.i - b.i)
    .slice(0, 2)
    .sort((a, b) => a.i - b.i)
    .map(({ r }) => r);
  const shown = [...positive, ...reasons.filter((r) => r.points < 0)];
  const more = reasons.filter((r) => r.points > 0).length - positive.length;
  const lines = shown.map((r) => `      ${signed(r.points).padStart(5)}  ${truncate(r.text, TEXT_WIDTH)}`);
  if (reasons.length === 0) lines.push("         –   nothing recorded for this signal");
  if (more > 0) lines.push(`             (${more} more reason${more === 1 ? "" : "s"} in --json)`);
  return [head, ...lines];
}

export function renderScorecard(card: Scorecard): string {
  const d = card.delivery;
  const lines: string[] = [];
  lines.push(`${card.name} · ${card.kind} · ${card.slug}`);
  lines.push(`  Delivery ${d.score.toFixed(1).padStart(5)}/100  ${bar(d.score, 100, 20)}  confidence ${d.confidence} (${Math.round(d.backed_share * 100)}% of points backed by sourced or verified evidence)`);
  lines.push("");
  for (const s of card.signals) lines.push(...sectionLines(s.label, s.weight, s.score, s.backed, s.reasons));
  lines.push(...sectionLines(d.track_record.label, d.track_record.weight, d.track_record.score, d.track_record.backed, d.track_record.reasons));
  lines.push("");
  lines.push("  Engagement");
  for (const e of card.engagement) {
    const where = e.delivery ? ` (${e.delivery})` : "";
    const published = e.reasons.some((r) => r.rule === "engagement.rate-published");
    const rate = e.rate_usd ? money(e.rate_usd) : published ? "rate not comparable (see warnings)" : "rate on request";
    const band = e.band ? `band ${money(e.band)}` : "no band";
    const position = e.position ? ` → ${e.position}` : "";
    lines.push(`    ${`${e.model}${where}`.padEnd(30)} ${e.score.toFixed(0).padStart(3)}/100  ${bar(e.score, 100, 10)}  ${rate} vs ${band}${position}`);
  }
  if (card.warnings.length > 0) {
    lines.push("");
    lines.push("  Warnings");
    for (const w of card.warnings) lines.push(`    ! ${w.message}`);
  }
  if (card.improvements.length > 0) {
    lines.push("");
    lines.push("  What would raise the delivery score");
    for (const i of card.improvements) lines.push(`    ${signed(i.points).padStart(5)}  ${truncate(i.text, TEXT_WIDTH)}`);
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------
// Command
// ---------------------------------------------------------------------------------------

export function runScore(argv: string[], io: Output = stdio): number {
  const parsed = parseCommandLine({ args: argv, allowPositionals: true, options: { json: { type: "boolean" }, today: { type: "string" }, help: { type: "boolean", short: "h" } } }, USAGE, io);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  let today: string;
  try {
    today = resolveToday(values.today);
  } catch (error) {
    io.err(`${(error as Error).message}\n`);
    return 2;
  }

  const printDiagnostics = (diagnostics: readonly Diagnostic[]) => {
    if (diagnostics.length > 0) io.err(diagnostics.map(formatText).join("\n") + "\n");
  };

  // Profile slugs: every file in content/profiles, whether it validates or not.
  const known = discoverProfiles().sources.map((s) => s.slug);
  const wanted = positionals.map((p) => p.replace(/^.*\//, "").replace(/\.md$/, ""));
  const unknown = wanted.filter((slug) => !known.includes(slug));
  if (unknown.length > 0) {
    for (const slug of unknown) {
      const suggestion = closest(slug, known);
      io.err(`error: no profile \`${slug}\` in content/profiles/${suggestion ? ` — did you mean \`${suggestion}\`?` : ""}\n`);
    }
    return 1;
  }

  const result = validateAll({ today });
  if (!result.reference) {
    printDiagnostics(result.diagnostics);
    io.err("error: the reference data is invalid, so nothing was scored\n");
    return 1;
  }
  const reference = result.reference;
  const market: MarketContext = { market: reference.market, currencies: reference.currencies };
  const selected = wanted.length > 0 ? new Set(wanted) : new Set(known);
  const valid = new Map(result.profiles.map((p) => [p.slug, p]));

  const cards: Scorecard[] = [];
  let failed = 0;
  for (const slug of [...selected].sort()) {
    const profile = valid.get(slug);
    if (!profile) {
      failed++;
      const file = `content/profiles/${slug}.md`;
      printDiagnostics(result.diagnostics.filter((d) => d.file === file && d.severity === "error"));
      io.err(`error: ${slug} has validation errors and was not scored (run \`npm run validate -- ${file}\`)\n`);
      continue;
    }
    cards.push(score(profile, reference.rubric, market, today));
  }

  if (values.json) {
    io.out(JSON.stringify(cards, null, 2) + "\n");
  } else {
    const blocks = cards.map(renderScorecard);
    if (blocks.length > 0) io.out(blocks.join("\n\n" + "─".repeat(80) + "\n\n") + "\n");
    io.err(`${cards.length} profile(s) scored with rubric ${reference.rubric.version} for ${today}${failed > 0 ? `; ${failed} not scored` : ""}\n`);
  }
  return failed > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) process.exitCode = runScore(process.argv.slice(2));
