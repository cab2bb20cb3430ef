/**
 * The text of a new, blank profile, generated from the profile schema so that it always
 * lists every field with the schema's own guidance. Blank values are YAML nulls: the
 * validator then names each one that still needs filling in (or deleting, if optional).
 */
import { getSchema } from "../validate/ajv.js";
import type { VocabularyTables } from "../reference/vocabularies.js";

type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  title?: string;
  description?: string;
  "x-vocabulary"?: string;
};

/** Text the scaffold puts in the body; the `scaffold-leftover` lint refuses it. */
export const BODY_PLACEHOLDER = "Replace this paragraph";

export interface TemplateInput {
  name: string;
  kind: "firm" | "freelancer";
  tables: VocabularyTables;
}

const SKIP = new Set(["$schema", "fictional"]);
const EXAMPLES: Record<string, string[]> = {
  evidence: [
    "- kind: case-study        # from evidence_kinds: case-study, reference, repository, talk, article, …",
    "  title: What the evidence shows, in one line",
    "  url: https://…          # required for sourced and verified",
    "  date: YYYY-MM-DD",
    "  level: claimed          # claimed | sourced | verified (verified is set by a maintainer)",
  ],
  references: ["- role: CTO", "  organisation: a Series B logistics company", "  contactable: true", "  years_working_together: 3"],
};

function wrap(text: string, width: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function profileTemplate(input: TemplateInput): string {
  const root = getSchema("profile.schema.json") as Schema;
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const resolve = (s: Schema): Schema => (s.$ref?.startsWith("#/$defs/") ? { ...defs[s.$ref.slice(8)], ...s, $ref: undefined } : s);
  const out: string[] = [];

  const vocabularyHint = (name: string): string => {
    const ids = [...(input.tables.get(name)?.keys() ?? [])];
    const shown = ids.slice(0, 8).join(", ");
    return ids.length > 8 ? `${shown}, … (all in content/reference/, vocabulary ${name})` : shown;
  };

  const emit = (key: string, raw: Schema, pad: string, required: boolean): void => {
    const s = resolve(raw);
    const label = `${s.title ?? key}${required ? "" : " (optional — delete the line if it does not apply)"}`;
    for (const line of wrap(`${label}: ${s.description ?? ""}`, 88 - pad.length)) out.push(`${pad}# ${line}`);
    if (s.enum) out.push(`${pad}# one of: ${s.enum.join(" | ")}`);
    const items = s.items ? resolve(s.items) : undefined;
    const vocabulary = s["x-vocabulary"] ?? items?.["x-vocabulary"];
    if (vocabulary) out.push(`${pad}# terms: ${vocabularyHint(vocabulary)}`);

    if (key === "name") return void out.push(`${pad}name: ${JSON.stringify(input.name)}`);
    if (key === "kind") return void out.push(`${pad}kind: ${input.kind}`);
    if (key === "team_size" && input.kind === "freelancer") return void out.push(`${pad}team_size: 1`);

    if (s.type === "object" && s.properties) {
      out.push(`${pad}${key}:`);
      for (const [childKey, child] of Object.entries(s.properties)) {
        if (!SKIP.has(childKey)) emit(childKey, child, `${pad}  `, (s.required ?? []).includes(childKey));
      }
      return;
    }
    if (s.type === "array" && items?.type === "object" && items.properties) {
      if (EXAMPLES[key]) {
        out.push(`${pad}${key}: []`);
        out.push(`${pad}# example item (uncomment, copy and fill in; remove the [] above):`);
        for (const line of EXAMPLES[key]!) out.push(`${pad}# ${line}`);
        return;
      }
      out.push(`${pad}${key}:`);
      const entries = Object.entries(items.properties);
      entries.forEach(([childKey, child], i) => {
        const before = out.length;
        emit(childKey, child, `${pad}    `, (items.required ?? []).includes(childKey));
        // The first key of the list item carries the "- ".
        const keyLine = out.findIndex((l, j) => j >= before && !l.trimStart().startsWith("#"));
        if (i === 0 && keyLine !== -1) out[keyLine] = `${pad}  - ${out[keyLine]!.trimStart()}`;
      });
      return;
    }
    if (s.type === "array") return void out.push(`${pad}${key}: []`);
    out.push(`${pad}${key}:`);
  };

  out.push("# yaml-language-server: $schema=../../schemas/profile.schema.json");
  out.push("# Fill in every blank value. Optional fields may be deleted. Then run:");
  out.push("#   npm run validate -- <this file>     (lists what is still missing)");
  out.push("#   npm run score -- <slug>             (what the profile scores, and what would raise it)");
  out.push("# Field guide: schemas/profile.schema.md. Evidence levels and disclosure rules: CONTRIBUTING.md.");
  for (const [key, child] of Object.entries(root.properties ?? {})) {
    if (!SKIP.has(key)) emit(key, child, "", (root.required ?? []).includes(key));
  }
  const body = [
    `## About ${input.name}`,
    "",
    `${BODY_PLACEHOLDER} with two or three plain paragraphs: who you are, what you deliver best, and how you work with clients. Plain Markdown only; HTML is shown as text.`,
    "",
    "## How we work",
    "",
    `${BODY_PLACEHOLDER} with how an engagement runs, from discovery to hand-over.`,
    "",
  ];
  return `---\n${out.join("\n")}\n---\n${body.join("\n")}`;
}
