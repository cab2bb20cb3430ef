/**
 * npm run diff -- --base <git-ref> [--json] [--today YYYY-MM-DD]
 * Which profiles were added, changed or removed since the base commit, how each one's
 * delivery and engagement scores moved, and how many scores the changes to the rubric,
 * market data and schemas move on their own. Markdown, fit for a PR comment or a
 * GitHub job summary. Exit 1 with a one-line error for a bad ref or uncommitted changes.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCommandLine } from "../util/command-line.js";
import { changedFiles, ensureClean, ensureRepository, exportTree, GitError, resolveCommit, shortCommit } from "../diff/git.js";
import { compareSides, renderMarkdown, type SideProfile } from "../diff/score-diff.js";
import { discoverProfiles } from "../load/discover.js";
import { readSource } from "../load/source-file.js";
import { repoRoot } from "../paths.js";
import type { ReferenceData } from "../reference/index.js";
import { score } from "../score/index.js";
import { resolveToday } from "../util/dates.js";
import { readPendingSignals, signalExitCode } from "../util/signals.js";
import { isMain } from "../util/is-main.js";
import { stdio, type Output } from "../util/output.js";
import { validateAll } from "../validate/validate-all.js";

const USAGE = "usage: npm run diff -- --base <git-ref> [--json] [--today YYYY-MM-DD]";
const WATCHED = ["content", "schemas"];
const REFERENCE_PATHS = ["content/reference", "schemas", "src/score"];

interface Side {
  profiles: SideProfile[];
  reference: ReferenceData | undefined;
}

/** Validates and scores one state of content/ (profiles scored with `fallback` if its own reference data is unreadable). */
function scoreSide(content: string, today: string, fallback?: ReferenceData): Side {
  const own = validateAll({ today, dir: join(content, "profiles"), referenceDir: join(content, "reference") });
  const result = own.reference || !fallback ? own : validateAll({ today, dir: join(content, "profiles"), reference: fallback });
  const reference = result.reference;
  const valid = new Map(result.profiles.map((p) => [p.file, p]));
  const profiles: SideProfile[] = discoverProfiles(join(content, "profiles")).sources.map((source) => {
    const digest = createHash("sha256").update(source.bytes).digest("hex");
    const profile = valid.get(source.file);
    const parsed = profile?.data ?? (readSource(source.file, source.bytes, { format: "frontmatter" }).data as { name?: unknown } | undefined);
    const name = typeof parsed?.name === "string" ? parsed.name : source.slug;
    if (profile && reference) {
      return { slug: source.slug, name, content: digest, card: score(profile, reference.rubric, { market: reference.market, currencies: reference.currencies }, today) };
    }
    const errors = result.diagnostics.filter((d) => d.file === source.file && d.severity === "error").length;
    return { slug: source.slug, name, content: digest, errors: Math.max(errors, 1) };
  });
  return { profiles, reference: own.reference };
}

export function runDiff(argv: string[], root = repoRoot, io: Output = stdio): number {
  const parsed = parseCommandLine({ args: argv, options: { base: { type: "string" }, json: { type: "boolean" }, today: { type: "string" }, help: { type: "boolean", short: "h" } } }, USAGE, io, "error: ");
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  if (!values.base) {
    io.err(`error: --base is required\n${USAGE}\n`);
    return 2;
  }
  let temp: string | undefined;
  try {
    const today = resolveToday(values.today);
    ensureRepository(root);
    const commit = resolveCommit(root, values.base);
    ensureClean(root, WATCHED);
    temp = mkdtempSync(join(tmpdir(), "shortlist-diff-"));
    exportTree(root, commit, ["content"], temp);

    const head = scoreSide(join(root, "content"), today);
    if (!head.reference) {
      io.err("error: the reference data in content/reference/ is invalid; run `npm run validate`\n");
      return 1;
    }
    const base = scoreSide(join(temp, "content"), today, head.reference);
    const label = values.base === shortCommit(commit) ? values.base : `${values.base}` + ` (${shortCommit(commit)})`;
    const diff = compareSides(label, base.profiles, head.profiles, changedFiles(root, commit, REFERENCE_PATHS), {
      ...(base.reference ? { before: base.reference.rubric.version } : {}),
      after: head.reference.rubric.version,
    });
    io.out(values.json ? JSON.stringify(diff, null, 2) + "\n" : renderMarkdown(diff));
    if (!base.reference) io.err(`note: the reference data at ${values.base} could not be read by the current code; its profiles were scored with today's rubric\n`);
    return 0;
  } catch (error) {
    io.err(`error: ${error instanceof GitError ? error.message : (error as Error).message}\n`);
    return 1;
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The command as `npm run diff` runs it. The diff runs synchronously, so Node reads a Ctrl-C
 * (or SIGTERM) only once runDiff has returned; what the handler changes is that the signal no
 * longer kills the process on arrival, so runDiff's `finally` deletes the temporary export
 * (a git or tar it was waiting on gets the Ctrl-C too and stops it early). Then the exit
 * code says the command was stopped, as a shell reports it.
 */
export async function main(argv: string[], root = repoRoot): Promise<void> {
  const stopped = (name: NodeJS.Signals) => {
    process.exitCode = signalExitCode(name);
  };
  process.on("SIGINT", stopped);
  process.on("SIGTERM", stopped);
  process.exitCode = runDiff(argv, root);
  await readPendingSignals();
}

if (isMain(import.meta.url)) await main(process.argv.slice(2));
