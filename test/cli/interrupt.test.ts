/**
 * Ctrl-C: a build stops and deletes what it wrote, leaving the previous site as it was; the
 * dev server's builder finishes what it is doing and deletes its search documents from
 * memory; the benchmark deletes its temporary folder. Ctrl-C in a terminal reaches every process of the command (its process group), so
 * the processes here are started in a group of their own and the signal is sent to it.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build.js";
import { repoRoot } from "../../src/paths.js";
import { pressCtrlC, startCli as startProcess, until } from "./processes.js";
import { namedProfileText, TODAY } from "../helpers.js";
import { hashTree, tempRoot, writeProfiles } from "../hostile/site-harness.js";

const root = tempRoot("interrupt");
const profiles = join(root, "profiles");
const out = join(root, "site");
const scratch = join(root, ".shortlist-tmp");
/** Each process's scratch folder in "memory": a folder of this test's, to see exactly what is left there. */
const memory = join(root, "memory");
let before: Record<string, string>;

/** A stand-in for Pagefind that says it has started and then never finishes: the build is caught waiting for its index. */
const startedMarker = join(root, "pagefind-started");
const slowPagefind = join(root, "slow-pagefind.sh");

beforeAll(async () => {
  writeProfiles(profiles, { "first-firm.md": namedProfileText("First Firm", "first-firm"), "second-firm.md": namedProfileText("Second Firm", "second-firm") });
  const first = await buildSite({ outDir: out, profilesDir: profiles, today: TODAY, log: () => {} });
  if (!first.ok) throw new Error(first.error);
  before = hashTree(out);
  // A build after this one would change the site: an unchanged site proves the interrupted build left it alone.
  writeFileSync(join(profiles, "third-firm.md"), namedProfileText("Third Firm", "third-firm"));
  writeFileSync(slowPagefind, `#!/bin/sh\n: > "${startedMarker}"\nexec sleep 60\n`);
  chmodSync(slowPagefind, 0o755);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What is left in the scratch folders, on disk and in memory (the per-user folder itself stays, empty). */
function leftovers(): string[] {
  const onDisk = existsSync(scratch) ? readdirSync(scratch) : [];
  const userFolders = existsSync(memory) ? readdirSync(memory).map((d) => join(memory, d)) : [];
  return [...onDisk, ...userFolders.flatMap((d) => readdirSync(d))];
}

/** Process ids whose command line holds every one of `parts` (read from /proc). */
function processesWith(...parts: string[]): number[] {
  const found: number[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let command: string;
    try {
      command = readFileSync(join("/proc", pid, "cmdline"), "utf8");
    } catch {
      continue; // gone meanwhile
    }
    if (parts.every((part) => command.includes(part))) found.push(Number(pid));
  }
  return found;
}

/** The CLI, with its scratch folder in "memory" set to this test's. */
function startCli(args: string[], env: Record<string, string>, script?: string) {
  return startProcess(args, { SHORTLIST_RAM_SCRATCH: memory, ...env }, script);
}

describe("Ctrl-C", () => {
  it("stops `npm run build` while it waits for its index: exit 130, the previous site as it was, nothing left behind", async () => {
    rmSync(startedMarker, { force: true });
    const run = startCli(["--out", out, "--profiles", profiles, "--today", TODAY], { PAGEFIND_BINARY_PATH: slowPagefind });
    await until(() => existsSync(startedMarker) || run.child.exitCode !== null, "the build to start its indexer");
    pressCtrlC(run.child);
    const { code } = await run.exited;
    expect(code, run.output()).toBe(130);
    expect(run.output()).toContain("build interrupted; site/ left as it was");
    expect(hashTree(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it("stops an in-process build when its signal is aborted, the same way", async () => {
    rmSync(startedMarker, { force: true });
    process.env.PAGEFIND_BINARY_PATH = slowPagefind;
    process.env.SHORTLIST_RAM_SCRATCH = memory;
    try {
      const controller = new AbortController();
      const log: string[] = [];
      const building = buildSite({ outDir: out, profilesDir: profiles, today: TODAY, log: (l) => log.push(l), signal: controller.signal });
      await until(() => existsSync(startedMarker), "the build to start its indexer");
      controller.abort();
      const result = await building;
      expect(result).toMatchObject({ ok: false, interrupted: true, error: "interrupted" });
      expect(log.join("\n")).toContain("left as it was");
    } finally {
      delete process.env.PAGEFIND_BINARY_PATH;
      delete process.env.SHORTLIST_RAM_SCRATCH;
    }
    expect(hashTree(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it("stops an in-process build between validating and scoring: nothing is scored or rendered", async () => {
    const controller = new AbortController();
    const building = buildSite({ outDir: out, profilesDir: profiles, today: TODAY, log: () => {}, signal: controller.signal });
    // buildSite runs synchronously until it first waits, which is after validating: the abort arrives there, as a Ctrl-C would.
    controller.abort();
    const result = await building;
    expect(result).toMatchObject({ ok: false, interrupted: true });
    expect(result.timings.loadValidate).toBeGreaterThan(0);
    expect(result.timings).not.toHaveProperty("score");
    expect(result.timings).not.toHaveProperty("view");
    expect(hashTree(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it("does not start a build whose signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await buildSite({ outDir: out, profilesDir: profiles, today: TODAY, log: () => {}, signal: controller.signal });
    expect(result).toMatchObject({ ok: false, interrupted: true });
    expect(hashTree(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it("stops `npm start`: its builder deletes its search documents from memory, and the server exits 0", async () => {
    const served = join(root, "served");
    const run = startCli(["--serve", "--port", "0", "--host", "127.0.0.1", "--out", served, "--profiles", profiles, "--today", TODAY], {});
    await until(() => run.output().includes("serving") || run.child.exitCode !== null, "the server to start");
    // The builder keeps its search documents in memory between edits, to index them again.
    expect(leftovers().some((name) => name.startsWith("search-")), run.output()).toBe(true);
    pressCtrlC(run.child);
    const { code } = await run.exited;
    expect(code, run.output()).toBe(0);
    expect(run.output()).toContain("stopping");
    expect(leftovers()).toEqual([]);
    expect(existsSync(join(served, "index.html")), "the site built before Ctrl-C stays").toBe(true);
  }, 120_000);

  it("stops `npm start` during its first build: it does not start serving, and nothing is left behind", async () => {
    rmSync(startedMarker, { force: true });
    const run = startCli(["--serve", "--port", "0", "--host", "127.0.0.1", "--out", join(root, "never-served"), "--profiles", profiles, "--today", TODAY], { PAGEFIND_BINARY_PATH: slowPagefind });
    await until(() => existsSync(startedMarker) || run.child.exitCode !== null, "the first build to start its indexer");
    pressCtrlC(run.child);
    const { code } = await run.exited;
    expect(code, run.output()).toBe(0);
    expect(run.output()).toContain("stopping");
    expect(run.output()).not.toContain("serving");
    expect(existsSync(join(root, "never-served")), "no half-built site").toBe(false);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it("quits `npm start` at a second Ctrl-C, killing a builder that is still in its first build", async () => {
    // A Pagefind that ignores Ctrl-C: the builder's first build cannot finish, so the first Ctrl-C alone would wait for it.
    const stubbornMarker = join(root, "stubborn-started");
    const stubbornPagefind = join(root, "stubborn-pagefind.sh");
    writeFileSync(stubbornPagefind, `#!/bin/sh\ntrap '' INT TERM\n: > "${stubbornMarker}"\nexec sleep 20\n`);
    chmodSync(stubbornPagefind, 0o755);
    const outDir = join(root, "stubborn-site");
    const run = startCli(["--serve", "--port", "0", "--host", "127.0.0.1", "--out", outDir, "--profiles", profiles, "--today", TODAY], { PAGEFIND_BINARY_PATH: stubbornPagefind });
    await until(() => existsSync(stubbornMarker) || run.child.exitCode !== null, "the first build to start its indexer");
    const builders = () => processesWith("dev-build.ts", outDir);
    expect(builders()).toHaveLength(1);
    pressCtrlC(run.child);
    await new Promise((r) => setTimeout(r, 300));
    expect(run.child.exitCode, "the first Ctrl-C waits for the builder").toBeNull();
    pressCtrlC(run.child);
    const { code } = await run.exited;
    expect(code, run.output()).toBe(130);
    await until(() => builders().length === 0, "the builder to be gone", 5_000);
  }, 120_000);

  it("stops `npm run bench` mid-run and deletes its temporary folder (corpus, outputs)", async () => {
    const tmp = join(root, "bench-tmp");
    mkdirSync(tmp);
    const run = startCli(["--profiles", "60", "--runs", "5", "--no-hugo"], { TMPDIR: tmp }, join(repoRoot, "src/cli/bench.ts"));
    await until(() => run.output().includes("run 1/5") || run.child.exitCode !== null, "the first timed run");
    expect(readdirSync(tmp).some((name) => name.startsWith("shortlist-bench-")), "the benchmark's folder exists").toBe(true);
    pressCtrlC(run.child);
    const { code } = await run.exited;
    expect(code, run.output()).toBe(130);
    expect(run.output()).toContain("benchmark interrupted; its temporary files were deleted");
    expect(readdirSync(tmp).filter((name) => name.startsWith("shortlist-"))).toEqual([]); // (tsx keeps its cache there too)
  }, 180_000);
});
