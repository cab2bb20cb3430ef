/** The shape every lint module has: a name, a one-line description, and a pure check. */
import type { Severity } from "../../diagnostics.js";
import type { Profile } from "../../generated/profile.js";
import type { VocabularyTables } from "../../reference/vocabularies.js";

export interface LintSubject {
  slug: string;
  file: string;
  data: Profile;
  /** The Markdown body (untrusted). */
  body: string;
  /** The file is known to hold no control or bidirectional character anywhere, escapes included (SourceFile.plainText). */
  plainText?: boolean;
}

export interface LintContext {
  /** YYYY-MM-DD; dates after it are in the future. */
  today: string;
  /** last_reviewed older than this many days is a warning. */
  staleAfterDays: number;
  tables: VocabularyTables;
}

export interface Finding {
  /** JSON pointer into the frontmatter; "" for the file as a whole. */
  pointer: string;
  at?: "key" | "value";
  /** For findings in the Markdown body: 1-based line within the body (pointer is then ""). */
  bodyLine?: number;
  severity: Severity;
  message: string;
  hint?: string;
}

export interface ProfileLint {
  name: string;
  description: string;
  check(subject: LintSubject, context: LintContext): Finding[];
}

export interface CollectionLint {
  name: string;
  description: string;
  check(subjects: readonly LintSubject[], context: LintContext): Array<Finding & { subject: LintSubject }>;
}
