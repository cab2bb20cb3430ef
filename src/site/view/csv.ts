/** /api/profiles.csv — RFC 4180: CRLF line ends, fields quoted when needed, quotes doubled. */
import { MODEL_ORDER } from "./format.js";
import type { ApiListRecord } from "./api.js";

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Quotes a field when it contains a comma, quote, CR or LF, or starts or ends with a space.
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a
 * leading apostrophe; numbers are written as numbers.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export const SIGNAL_COLUMNS = ["business_discovery", "maintained_systems", "testing", "tradeoffs", "modern_python", "ai_integration"] as const;

export function profilesCsv(records: readonly ApiListRecord[]): string {
  const header = [
    "slug",
    "name",
    "kind",
    "fictional",
    "country",
    "city",
    "delivery_score",
    "confidence",
    ...SIGNAL_COLUMNS.map((s) => `signal_${s}`),
    "services",
    "regions",
    ...MODEL_ORDER.flatMap((m) => {
      const p = m.replace(/-/g, "_");
      return [`${p}_currency`, `${p}_min`, `${p}_max`, `${p}_per`, `${p}_usd_min`, `${p}_usd_max`, `${p}_position`];
    }),
    "paid_trial_weeks",
    "last_reviewed",
    "url",
  ];
  const rows = records.map((r) => [
    r.slug,
    r.name,
    r.kind,
    r.fictional,
    r.headquarters.country,
    r.headquarters.city,
    r.delivery_score,
    r.confidence,
    ...SIGNAL_COLUMNS.map((s) => r.signals[s]),
    r.services.join(";"),
    r.regions.join(";"),
    ...MODEL_ORDER.flatMap((model) => {
      const m = r.engagement_models.find((x) => x.model === model);
      if (!m) return [null, null, null, null, null, null, null];
      return [m.rate?.currency, m.rate?.min, m.rate?.max, m.rate?.per, m.rate_usd?.min, m.rate_usd?.max, m.position];
    }),
    r.paid_trial_weeks,
    r.last_reviewed,
    r.url,
  ]);
  return toCsv(header, rows);
}
