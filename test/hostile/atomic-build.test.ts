/**
 * Atomic builds: a build that fails at any stage — validation, a template throwing midway
 * through the render, the render finishing and then failing, Pagefind failing after writing
 * part of its index, the final rename failing, or the process being killed — leaves the
 * previous output byte for byte as it was, and (except for a killed process, which cannot
 * clean up) no temporary folder behind.
 *
 * The failures are injected with vi.mock around the real modules, and Pagefind's through
 * PAGEFIND_BINARY_PATH (a script around the real binary), so nothing in src/ needs a test
 * seam: Eleventy, Pagefind and node:fs behave normally until told to fail.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildSite } from "../../src/cli/build.js";
import { pagefindBinary } from "../../src/site/search-index.js";
import { repoRoot } from "../../src/paths.js";
import { ramScratch } from "../../src/util/ram-scratch.js";
import { namedProfileText, TODAY } from "../helpers.js";
import { hashTree, listFiles, tempRoot, writeProfiles } from "./site-harness.js";

type Stage = "none" | "template-midway" | "after-render" | "pagefind-midway" | "pagefind-count" | "swap";
const inject = vi.hoisted(() => ({ stage: "none" as string, writtenBeforeFailure: -1 }));

vi.mock("@11ty/eleventy", async (importOriginal) => {
  const real = await importOriginal<{ default: new (...args: unknown[]) => { write(): Promise<unknown> } }>();
  const { existsSync, readdirSync } = await import("node:fs");
  class Eleventy extends real.default {
    private readonly into: string;
    constructor(...args: unknown[]) {
      super(...args);
      this.into = String(args[1]);
    }
    override async write(): Promise<unknown> {
      let written: unknown;
      try {
        written = await super.write();
      } catch (error) {
        // How far the render got before it failed: files (pages, copied assets) already on disk.
        inject.writtenBeforeFailure = existsSync(this.into) ? readdirSync(this.into, { recursive: true }).length : 0;
        throw error;
      }
      if (inject.stage === "after-render") throw new Error("injected: the render failed after writing every page");
      return written;
    }
  }
  return { ...real, default: Eleventy };
});

vi.mock("../../src/site/data/site-data.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/site/data/site-data.js")>();
  return {
    ...real,
    // The build loads its data stage by stage (siteDataStages), so the result is changed where that ends.
    siteDataStages: function* (...args: Parameters<typeof real.siteDataStages>) {
      const loaded = yield* real.siteDataStages(...args);
      if (inject.stage === "template-midway" && loaded.ok) {
        // The methodology page's model throws when its template reads it, after the profile
        // pages, their JSON and the directory have been written.
        const methodology = loaded.data.methodology;
        Object.defineProperty(loaded.data, "methodology", {
          enumerable: false,
          get() {
            if (methodology) throw new Error("injected: a template failed midway");
            return methodology;
          },
        });
      }
      return loaded;
    },
  };
});

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const renameSync: typeof real.renameSync = (from, to) => {
    // swapIn renames the old output aside, then the fresh one into place: fail the second.
    if (inject.stage === "swap" && String(from).includes(`${"build-"}`)) throw Object.assign(new Error("injected: EXDEV, cross-device link not permitted"), { code: "EXDEV" });
    return real.renameSync(from, to);
  };
  return { ...real, renameSync, default: { ...real, renameSync } };
});

const root = tempRoot("atomic");
const profiles = join(root, "profiles");
const out = join(root, "site");
const scratch = join(dirname(out), ".shortlist-tmp");
let before: Record<string, string>;

beforeAll(async () => {
  writeProfiles(profiles, { "first-firm.md": namedProfileText("First Firm", "first-firm"), "second-firm.md": namedProfileText("Second Firm", "second-firm"), "third-firm.md": namedProfileText("Third Firm", "third-firm") });
  const first = await buildSite({ outDir: out, profilesDir: profiles, today: TODAY, log: () => {} });
  if (!first.ok) throw new Error(first.error);
  before = hashTree(out);
  // The next build would change the output: a new profile, so an unchanged _site/ proves the failure left it alone.
  writeFileSync(join(profiles, "fourth-firm.md"), namedProfileText("Fourth Firm", "fourth-firm"));
}, 120_000);

/**
 * Stand-ins for the Pagefind binary: "pagefind-midway" writes the index, then fails as a full
 * disk would; "pagefind-count" indexes an empty folder (the documents deleted first).
 */
const realPagefind = pagefindBinary();
const fakePagefind = {
  "pagefind-midway": `#!/bin/sh\n"${realPagefind}" "$@" || exit $?\necho "injected: disk full after part of the index was written" >&2\nexit 1\n`,
  "pagefind-count": `#!/bin/sh\nsite=""\nprev=""\nfor a in "$@"; do [ "$prev" = "--site" ] && site="$a"; prev="$a"; done\nrm -f "$site"/*.html\nexec "${realPagefind}" "$@"\n`,
};

beforeEach(() => {
  inject.stage = "none";
  delete process.env.PAGEFIND_BINARY_PATH;
});

afterAll(() => {
  delete process.env.PAGEFIND_BINARY_PATH;
});

function fakePagefindFor(stage: keyof typeof fakePagefind): void {
  const script = join(root, `${stage}.sh`);
  writeFileSync(script, fakePagefind[stage]);
  chmodSync(script, 0o755);
  process.env.PAGEFIND_BINARY_PATH = script;
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

function leftovers(): string[] {
  return readdirSync(root).filter((f) => f !== "profiles" && f !== "site" && !f.endsWith(".sh")); // .sh: the fake Pagefinds
}

/** The in-memory scratch folder builds keep their search documents and staged index in (the disk scratch where there is none). */
const inMemory = ramScratch(scratch);

/** What builds of process `pid` left in the in-memory scratch folder. */
function memoryLeftovers(pid: number): string[] {
  if (inMemory === scratch || !existsSync(inMemory)) return [];
  return readdirSync(inMemory).filter((name) => name.startsWith(`build-${pid}-`));
}

describe("a build that fails at any stage", () => {
  it("has something to protect: the previous output is a full site", () => {
    expect(Object.keys(before)).toContain("profiles/first-firm/index.html");
    expect(Object.keys(before).some((f) => f.startsWith("pagefind/"))).toBe(true);
  });

  const cases: Array<[Stage, RegExp]> = [
    ["template-midway", /a template failed midway|Having trouble rendering/],
    ["after-render", /the render failed after writing every page/],
    ["pagefind-midway", /disk full after part of the index was written/],
    ["pagefind-count", /pagefind/],
    ["swap", /EXDEV/],
  ];
  it.each(cases)("fails at %s, leaves the previous output byte for byte as it was, and no temporary folder", async (stage, message) => {
    inject.stage = stage;
    if (stage === "pagefind-midway" || stage === "pagefind-count") fakePagefindFor(stage);
    const log: string[] = [];
    const result = await buildSite({ outDir: out, profilesDir: profiles, today: TODAY, log: (l) => log.push(l) });
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(message);
    expect(log.join("\n")).toContain("left as it was");
    expect(hashTree(out)).toEqual(before);
    expect(existsSync(scratch), "scratch folder removed").toBe(false);
    expect(leftovers()).toEqual([]);
    expect(memoryLeftovers(process.pid), "no search documents or staged index left in memory").toEqual([]);
    if (stage === "template-midway") expect(inject.writtenBeforeFailure, "files were on disk when the template threw").toBeGreaterThan(0);
  }, 120_000);

  it("fails on a validation error before touching anything", async () => {
    writeFileSync(join(profiles, "broken-firm.md"), namedProfileText("Broken Firm", "broken-firm").replace("kind: firm", "kind: agency"));
    try {
      const result = await buildSite({ outDir: out, profilesDir: profiles, today: TODAY, log: () => {} });
      expect(result.ok).toBe(false);
      expect(result.diagnostics.some((d) => d.file.endsWith("broken-firm.md") && d.severity === "error")).toBe(true);
      expect(hashTree(out)).toEqual(before);
      expect(leftovers()).toEqual([]);
    } finally {
      rmSync(join(profiles, "broken-firm.md"));
    }
  }, 120_000);

  it("survives the build process being killed mid-render: the previous output is untouched", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/build.ts"), "--out", out, "--profiles", profiles, "--today", TODAY], { cwd: repoRoot, stdio: "ignore" });
    const started = Date.now();
    // Kill it as soon as the render has written something into its temporary folder.
    while (Date.now() - started < 60_000) {
      const temps = existsSync(scratch) ? readdirSync(scratch).map((d) => join(scratch, d)) : [];
      if (temps.some((t) => existsSync(join(t, "index.html")) || (existsSync(t) && listFiles(t).length > 3))) break;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(child.exitCode, "the build was still running when killed").toBeNull();
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(hashTree(out)).toEqual(before);
    // A killed process cannot clean up: its half-written folder stays in .shortlist-tmp/
    // (ignored by git, never served) until the next build, which deletes it (below).
    expect(readdirSync(scratch).some((name) => name.startsWith(`build-${child.pid}-`))).toBe(true);
  }, 120_000);

  it("succeeds afterwards, deleting what the killed build left, and then the output changes", async () => {
    // What a build killed after writing its search documents leaves in memory (a process that has exited).
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    if (inMemory !== scratch) mkdirSync(join(inMemory, `build-${dead}-1-search`, "0"), { recursive: true });
    const result = await buildSite({ outDir: out, profilesDir: profiles, today: TODAY, log: () => {} });
    expect(result.ok).toBe(true);
    expect(existsSync(scratch), "the killed build's folder was deleted").toBe(false);
    expect(memoryLeftovers(dead), "the dead build's documents were deleted from memory").toEqual([]);
    expect(memoryLeftovers(process.pid)).toEqual([]);
    expect(result.profiles).toBe(4);
    expect(hashTree(out)).not.toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 120_000);
});
