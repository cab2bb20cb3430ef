/**
 * Compares the scorecards of two states of the repository (a base commit and the work
 * tree) and renders the result as a Markdown table fit for a pull-request comment.
 * Pure: the CLI does the git and file work.
 */
import type { Scorecard } from "../generated/scorecard.js";

export type Change = "added" | "removed" | "changed" | "unchanged" | "invalid";

export interface SideProfile {
  slug: string;
  name: string;
  /** SHA-less identity of the file's bytes, to tell edited files from untouched ones. */
  content: string;
  card?: Scorecard;
  /** Error count when the profile does not validate on this side. */
  errors?: number;
}

export interface DiffRow {
  slug: string;
  name: string;
  change: Change;
  fileChanged: boolean;
  before?: Scorecard;
  after?: Scorecard;
  errors?: number;
}

export interface ReferenceChange {
  files: string[];
  rubricBefore?: string;
  rubricAfter?: string;
  /** Profiles whose file did not change but whose delivery or engagement scores moved. */
  moved: number;
  /** Profiles whose file did not change, valid on both sides. */
  untouched: number;
}

export interface ScoreDiff {
  base: string;
  rows: DiffRow[];
  reference: ReferenceChange;
}

const round = (n: number) => Math.round(n * 10) / 10;

function scoresMoved(a: Scorecard, b: Scorecard): boolean {
  if (round(a.delivery.score) !== round(b.delivery.score) || a.delivery.confidence !== b.delivery.confidence) return true;
  const before = new Map(a.engagement.map((e) => [e.model, e.score]));
  return b.engagement.length !== a.engagement.length || b.engagement.some((e) => before.get(e.model) !== e.score);
}

export function compareSides(base: string, before: SideProfile[], after: SideProfile[], referenceFiles: string[], rubric: { before?: string; after?: string }): ScoreDiff {
  const old = new Map(before.map((p) => [p.slug, p]));
  const now = new Map(after.map((p) => [p.slug, p]));
  const rows: DiffRow[] = [];
  let moved = 0;
  let untouched = 0;
  for (const slug of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(slug);
    const b = now.get(slug);
    const name = b?.name ?? a?.name ?? slug;
    if (b && !b.card) {
      rows.push({ slug, name, change: "invalid", fileChanged: a?.content !== b.content, errors: b.errors ?? 0, ...(a?.card ? { before: a.card } : {}) });
      continue;
    }
    if (!a) {
      rows.push({ slug, name, change: "added", fileChanged: true, after: b!.card! });
      continue;
    }
    if (!b) {
      rows.push({ slug, name, change: "removed", fileChanged: true, ...(a.card ? { before: a.card } : {}) });
      continue;
    }
    const fileChanged = a.content !== b.content;
    const moves = !a.card || scoresMoved(a.card, b.card!);
    if (!fileChanged && a.card) {
      untouched++;
      if (moves) moved++;
    }
    rows.push({ slug, name, change: fileChanged || moves ? "changed" : "unchanged", fileChanged, ...(a.card ? { before: a.card } : {}), after: b.card! });
  }
  return { base, rows, reference: { files: referenceFiles, ...(rubric.before ? { rubricBefore: rubric.before } : {}), ...(rubric.after ? { rubricAfter: rubric.after } : {}), moved, untouched } };
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
}

function delta(before: number | undefined, after: number | undefined): string {
  if (before === undefined || after === undefined) return "";
  const d = round(after - before);
  return d === 0 ? "±0" : d > 0 ? `+${d.toFixed(1)}` : `−${Math.abs(d).toFixed(1)}`;
}

function engagementCell(row: DiffRow): string {
  const before = new Map((row.before?.engagement ?? []).map((e) => [e.model, e.score]));
  const after = row.after?.engagement ?? [];
  if (row.change === "removed") return "";
  const parts = after.map((e) => {
    const was = before.get(e.model);
    if (was === undefined || row.change === "added") return `${e.model} ${e.score}`;
    if (was === e.score) return `${e.model} ${e.score}`;
    return `${e.model} ${was} → ${e.score} (${e.score > was ? "+" : "−"}${Math.abs(e.score - was)})`;
  });
  for (const model of before.keys()) if (!after.some((e) => e.model === model)) parts.push(`~~${model}~~ dropped`);
  return parts.join("; ");
}

export function renderMarkdown(diff: ScoreDiff): string {
  const lines: string[] = [`### Shortlist score diff against \`${diff.base}\``, ""];
  const shown = diff.rows.filter((r) => r.change !== "unchanged");
  const count = (c: Change) => diff.rows.filter((r) => r.change === c).length;
  lines.push(`${count("added")} added · ${count("changed")} changed · ${count("removed")} removed · ${count("invalid")} invalid · ${count("unchanged")} unchanged`);
  lines.push("");
  if (shown.length === 0) {
    lines.push("No profile's scores change.");
  } else {
    lines.push("| profile | change | delivery | Δ | confidence | engagement scores |", "| --- | --- | --- | --- | --- | --- |");
    for (const r of shown) {
      const b = r.before?.delivery;
      const a = r.after?.delivery;
      const delivery = r.change === "added" ? a!.score.toFixed(1) : r.change === "removed" || r.change === "invalid" ? (b ? `~~${b.score.toFixed(1)}~~` : "") : b && a ? (round(b.score) === round(a.score) ? a.score.toFixed(1) : `${b.score.toFixed(1)} → ${a.score.toFixed(1)}`) : "";
      const change = r.change === "invalid" ? `invalid (${r.errors} error${r.errors === 1 ? "" : "s"})` : r.change === "changed" && !r.fileChanged ? "changed (reference data)" : r.change;
      const confidence = a ? (b && b.confidence !== a.confidence ? `${b.confidence} → ${a.confidence}` : a.confidence) : "";
      lines.push(`| ${cell(r.name)} (\`${r.slug}\`) | ${change} | ${delivery} | ${r.change === "changed" ? delta(b?.score, a?.score) : ""} | ${confidence} | ${cell(engagementCell(r))} |`);
    }
  }
  lines.push("");
  const ref = diff.reference;
  if (ref.files.length === 0) {
    lines.push("Schemas, rubric, market and other reference data: unchanged.");
  } else {
    const version = ref.rubricBefore !== ref.rubricAfter ? ` Rubric version ${ref.rubricBefore ?? "none"} → ${ref.rubricAfter ?? "none"}.` : "";
    lines.push(`Reference data and schema changes: ${ref.files.map((f) => `\`${f}\``).join(", ")}.${version} They move the scores of ${ref.moved} of ${ref.untouched} profile(s) whose file did not change.`);
  }
  return lines.join("\n") + "\n";
}
