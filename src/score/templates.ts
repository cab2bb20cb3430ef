/**
 * Reason, warning and improvement texts are rubric templates with {placeholders}. Which
 * placeholders a template may use depends on where it sits; the rubric check rejects any
 * other, so a template can never print a raw `{name}`.
 */
export type TemplateValues = Readonly<Record<string, string>>;

/**
 * A template split at its placeholders: literal, name, literal, …, literal; and `line`, the
 * same pieces with the names' places filled for one call (reused: fillTemplate runs to its
 * end before it can be called again, so nothing is allocated per call but the text).
 */
interface Compiled {
  parts: readonly string[];
  line: string[];
}

const compiled = new Map<string, Compiled>();

/** Splits where a {placeholder} is, exactly as template.replace(/\{([a-z_]+)\}/g, …) would find them. */
function compile(template: string): Compiled {
  const parts: string[] = [];
  const pattern = /\{([a-z_]+)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    parts.push(template.slice(last, match.index), match[1]!);
    last = pattern.lastIndex;
  }
  parts.push(template.slice(last));
  return { parts, line: [...parts] };
}

/** Fills {placeholders} from `values`; a placeholder without a value stays as written. Templates are compiled once (scoring fills the same few rubric texts many times). */
export function fillTemplate(template: string, values: TemplateValues): string {
  let c = compiled.get(template);
  if (!c) {
    c = compile(template);
    if (compiled.size >= 10_000) compiled.clear();
    compiled.set(template, c);
  }
  const { parts, line } = c;
  if (parts.length === 1) return parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    line[i] = values[name] ?? `{${name}}`;
  }
  // Joined, not concatenated: join makes one flat string, where `+=` would keep a chain of
  // pieces alive in every scorecard text.
  return line.join("");
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? "");
}

/** Placeholders allowed in a rule's `text`, by rule type. */
export const RULE_TEXT_PLACEHOLDERS = {
  evidence: ["items", "count", "worth", "max"],
  terms: ["terms", "count", "max"],
  flags: ["flags", "count", "max"],
  threshold: ["value", "percent", "step"],
  present: [],
  count: ["count", "max"],
} as const satisfies Record<string, readonly string[]>;

/** Placeholders allowed in a rule's `improve`, by rule type. */
export const RULE_IMPROVE_PLACEHOLDERS = {
  evidence: ["kind", "section"],
  terms: ["term", "section"],
  flags: ["flag", "section"],
  threshold: ["step", "section"],
  present: ["section"],
  count: ["section"],
} as const satisfies Record<string, readonly string[]>;

export const ENGAGEMENT_PLACEHOLDERS = {
  "rate-published": ["rate"],
  "band-within": ["rate_usd", "band"],
  "band-below": ["rate_usd", "band"],
  "band-above": ["rate_usd", "band"],
  "narrow-range": ["ratio"],
  "paid-trial": ["weeks"],
  "minimum-term-stated": ["months"],
  "short-minimum-term": ["months"],
  "terms-notes": [],
} as const satisfies Record<string, readonly string[]>;

export const WARNING_PLACEHOLDERS = {
  "stale-profile": ["days", "after_days"],
  "claims-only": ["sections"],
  "old-evidence": ["sections", "months"],
  "unknown-currency": ["model", "currency"],
  "rate-unit-mismatch": ["model", "per", "expected"],
  "paid-relationship": [],
} as const satisfies Record<string, readonly string[]>;

export const OTHER_PLACEHOLDERS = {
  "/claims_cap/text": ["cap", "claimed"],
  "/signal_max/text": ["total"],
  "/improvements/source-claim": ["title", "section"],
  "/improvements/verify": ["title", "section"],
} as const satisfies Record<string, readonly string[]>;
