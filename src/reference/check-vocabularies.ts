/** Term ids must be unique within each vocabulary. */
import type { Diagnostic } from "../diagnostics.js";
import type { Vocabularies } from "../generated/vocabularies.js";
import type { SourceFile } from "../load/source-file.js";

export function checkVocabularyIds(vocabularies: Vocabularies, source: Pick<SourceFile, "file" | "locate">): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, terms] of Object.entries(vocabularies)) {
    const seen = new Set<string>();
    (terms as Array<{ id: string }>).forEach((term, i) => {
      if (seen.has(term.id)) {
        const pos = source.locate(`/${name}/${i}/id`);
        out.push({ file: source.file, ...pos, severity: "error", rule: "vocabulary-duplicate", message: `term \`${term.id}\` appears twice in \`${name}\``, hint: "remove one of them" });
      }
      seen.add(term.id);
    });
  }
  return out;
}
