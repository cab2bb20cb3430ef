/**
 * Ctrl-C during `npm run diff`: the base commit's content is exported to a temporary folder,
 * and a Ctrl-C while that is under way must not leave the folder behind. git archive is made
 * to hang (a stand-in git on PATH), so the signal arrives while the export exists.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentDir, repoRoot } from "../../src/paths.js";
import { tempRoot } from "../hostile/site-harness.js";
import { gitIn, TODAY } from "../helpers.js";
import { pressCtrlC, startCli, until } from "./processes.js";

const root = tempRoot("diff-interrupt");
const repo = join(root, "repo");
const temp = join(root, "tmp");
const bin = join(root, "bin");
const archiveStarted = join(root, "archive-started");
const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();

beforeAll(() => {
  mkdirSync(repo, { recursive: true });
  mkdirSync(temp, { recursive: true });
  mkdirSync(bin, { recursive: true });
  cpSync(contentDir, join(repo, "content"), { recursive: true });
  const git = gitIn(repo, realGit);
  git("init", "-q", "-b", "main");
  git("add", "content");
  git("commit", "-q", "-m", "base");
  // Every git command works as usual, except that `git archive` says it started and then hangs.
  writeFileSync(join(bin, "git"), `#!/bin/sh\nfor a in "$@"; do [ "$a" = archive ] && { : > "${archiveStarted}"; exec sleep 60; }; done\nexec "${realGit}" "$@"\n`);
  chmodSync(join(bin, "git"), 0o755);
});

/** The diff's temporary exports in the child's TMPDIR (tsx keeps its own cache there too). */
const exports = () => readdirSync(temp).filter((name) => name.startsWith("shortlist-diff-"));

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("Ctrl-C during npm run diff", () => {
  it("deletes the temporary export of the base commit and exits 130", async () => {
    const run = startCli([repo, "--base", "HEAD", "--today", TODAY], { PATH: `${bin}:${process.env.PATH}`, TMPDIR: temp }, join(repoRoot, "test/cli/fixtures/diff-in.ts"));
    await until(() => existsSync(archiveStarted) || run.child.exitCode !== null, "git archive to start");
    // The export folder exists while git archive runs: this is the moment a Ctrl-C used to leave it behind.
    expect(exports()).toHaveLength(1);
    pressCtrlC(run.child);
    const { code } = await run.exited;
    expect(code, run.output()).toBe(130);
    expect(run.output()).toContain("git archive was stopped by SIGINT");
    expect(exports()).toEqual([]);
  });
});
