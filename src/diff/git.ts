/** The few git operations the score diff needs, each failing with a one-line message. */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

export class GitError extends Error {}

function git(root: string, args: string[], input?: Buffer): { stdout: Buffer; stderr: string; status: number | null } {
  const run = spawnSync("git", args, { cwd: root, input, maxBuffer: 512 * 1024 * 1024 });
  if (run.error) throw new GitError(`cannot run git: ${run.error.message}`);
  if (run.signal) throw new GitError(`git ${args[0]} was stopped by ${run.signal}`);
  return { stdout: run.stdout, stderr: run.stderr.toString().trim(), status: run.status };
}

export function ensureRepository(root: string): void {
  if (git(root, ["rev-parse", "--is-inside-work-tree"]).status !== 0) throw new GitError(`${root} is not a git repository`);
}

/** The full commit id of `ref`, or a GitError naming the ref. */
export function resolveCommit(root: string, ref: string): string {
  if (ref.startsWith("-")) throw new GitError(`base ref "${ref}" is not a ref`);
  const run = git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (run.status !== 0) throw new GitError(`base ref "${ref}" does not exist (try a branch, a tag or a commit such as HEAD~1)`);
  return run.stdout.toString().trim();
}

/** Refuses a work tree with uncommitted changes under the given paths. */
export function ensureClean(root: string, paths: string[]): void {
  const run = git(root, ["status", "--porcelain", "--", ...paths]);
  const changed = run.stdout.toString().split("\n").filter(Boolean);
  if (changed.length > 0) {
    throw new GitError(`uncommitted changes in ${changed.length} file(s) (${changed[0]!.slice(3)}${changed.length > 1 ? ", …" : ""}); commit or stash them so the diff compares commits`);
  }
}

/** Writes the tree of `commit` under `paths` into `dir` (git archive | tar -x). */
export function exportTree(root: string, commit: string, paths: string[], dir: string): void {
  const present = paths.filter((p) => git(root, ["cat-file", "-e", `${commit}:${p}`]).status === 0);
  mkdirSync(dir, { recursive: true });
  if (present.length === 0) return;
  const archive = git(root, ["archive", "--format=tar", commit, "--", ...present]);
  if (archive.status !== 0) throw new GitError(`git archive failed: ${archive.stderr}`);
  const untar = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
  if (untar.signal) throw new GitError(`tar was stopped by ${untar.signal}`);
  if (untar.status !== 0) throw new GitError(`tar failed: ${untar.stderr.toString().trim()}`);
}

/** Files changed between `commit` and the work tree under `paths`. */
export function changedFiles(root: string, commit: string, paths: string[]): string[] {
  return git(root, ["diff", "--name-only", commit, "--", ...paths]).stdout.toString().split("\n").filter(Boolean).sort();
}

export function shortCommit(commit: string): string {
  return commit.slice(0, 7);
}
