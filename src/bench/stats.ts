/** Small statistics and formatting helpers for the benchmark report. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function min(values: readonly number[]): number {
  return values.length ? Math.min(...values) : Number.NaN;
}

export function max(values: readonly number[]): number {
  return values.length ? Math.max(...values) : Number.NaN;
}

/** 1234.5 → "1,235" (milliseconds, whole). */
export function ms(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "—";
}

/** Bytes as MB with one decimal (1 MB = 1,048,576 bytes). */
export function mb(bytes: number | undefined): string {
  return bytes !== undefined && Number.isFinite(bytes) ? (bytes / 1048576).toFixed(1) : "—";
}

/** Bytes as KB with one decimal. */
export function kb(bytes: number | undefined): string {
  return bytes !== undefined && Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : "—";
}

export function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : "—";
}

/** A plain-text table with a header row; numbers right-aligned, text left-aligned. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-—0-9.,×%]*$/.test(r[i] ?? "")));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] && i > 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The same table as GitHub Markdown. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-—0-9.,×%]*$/.test(r[i] ?? "")));
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map((_, i) => (numeric[i] && i > 0 ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}
