/**
 * `npm start` as a process: an edited profile is served again however the editor wrote it —
 * in place, or (sed -i, git checkout, editors that save atomically) as a new file renamed
 * over the old one — and so is every edit after that.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namedProfileText, TODAY } from "../helpers.js";
import { tempRoot, writeProfiles } from "../hostile/site-harness.js";
import { pressCtrlC, startCli, until, type Started } from "./processes.js";

const root = tempRoot("dev-server");
const profiles = join(root, "profiles");
const firm = join(profiles, "first-firm.md");
let server: Started;
let url: string;

beforeAll(async () => {
  writeProfiles(profiles, { "first-firm.md": namedProfileText("First Firm", "first-firm"), "second-firm.md": namedProfileText("Second Firm", "second-firm") });
  server = startCli(["--serve", "--port", "0", "--host", "127.0.0.1", "--out", join(root, "site"), "--profiles", profiles, "--today", TODAY], { SHORTLIST_RAM_SCRATCH: join(root, "memory") });
  await until(() => /serving \S+ at (http:\/\/\S+?)\/ /.test(server.output()) || server.child.exitCode !== null, "the server to start");
  url = /serving \S+ at (http:\/\/\S+?)\/ /.exec(server.output())![1]!;
}, 120_000);

afterAll(async () => {
  if (server.child.exitCode === null) {
    pressCtrlC(server.child);
    await server.exited;
  }
  rmSync(root, { recursive: true, force: true });
});

/** The profile with another summary (the field and its folded continuation lines replaced). */
function withSummary(summary: string): string {
  return readFileSync(firm, "utf8").replace(/^summary: .*(\n {2}.*)*$/m, `summary: "${summary}"`);
}

/** Waits (up to 30 s) for the profile's page to show the summary. */
async function served(summary: string): Promise<void> {
  let page = "";
  const deadline = Date.now() + 30_000;
  while (!page.includes(summary) && Date.now() < deadline) {
    page = await (await fetch(`${url}/profiles/first-firm/`)).text();
    if (!page.includes(summary)) await new Promise((r) => setTimeout(r, 100));
  }
  expect(page, server.output()).toContain(summary);
}

describe("npm start", () => {
  it("serves an edit saved in place", async () => {
    writeFileSync(firm, withSummary("Edited in place, once."));
    await served("Edited in place, once.");
  }, 60_000);

  it("serves an edit saved as a new file renamed over the profile, re-rendering only that profile", async () => {
    const before = server.output().length;
    const temporary = join(profiles, "sedAb12Cd");
    writeFileSync(temporary, withSummary("Edited and saved by a rename over the file."));
    renameSync(temporary, firm);
    await served("Edited and saved by a rename over the file.");
    // The editor's temporary file was gone by the time the rebuild started: not a reason for a full one.
    expect(server.output().slice(before)).toContain("change detected, rebuilding");
    expect(server.output().slice(before)).not.toContain("restarting the builder");
  }, 60_000);

  it("still serves an edit saved in place after that", async () => {
    writeFileSync(firm, withSummary("Edited in place, after the rename."));
    await served("Edited in place, after the rename.");
  }, 60_000);
});
