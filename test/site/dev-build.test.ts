/**
 * The warm builder behind `npm start`: after a profile edit it renders only what can change,
 * and the result is the same site a full build makes from the same files.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build.js";
import { DevBuilder } from "../../src/cli/dev-build.js";
import { profilesDir } from "../../src/paths.js";
import { TODAY } from "../helpers.js";
import { listFiles, read } from "./built-site.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-dev-"));
const profiles = join(root, "profiles");
const site = join(root, "site");
const logs: string[] = [];
const builder = new DevBuilder({ outDir: site, today: TODAY, profilesDir: profiles, log: (l) => logs.push(l) });
const slugs = readdirSync(profilesDir).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, ""));

/** Every file's hash, without the search index (checked on its own). */
function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir, (p) => p.startsWith("pagefind/")).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}

async function fullBuildOf(name: string): Promise<string> {
  await builder.settled(); // one Pagefind process per Node process: let the builder's index finish first
  const out = join(root, name);
  const result = await buildSite({ outDir: out, today: TODAY, profilesDir: profiles, log: () => {} });
  expect(result.ok).toBe(true);
  return out;
}

function searchSummaries(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const folder = join(dir, "pagefind", "fragment");
  for (const name of readdirSync(folder)) {
    const fragment = JSON.parse(gunzipSync(readFileSync(join(folder, name))).subarray("pagefind_dcd".length).toString("utf8")) as { url: string; meta: { summary?: string } };
    out.set(fragment.url, fragment.meta.summary ?? "");
  }
  return out;
}

beforeAll(async () => {
  mkdirSync(profiles);
  for (const s of slugs) copyFileSync(join(profilesDir, `${s}.md`), join(profiles, `${s}.md`));
  const first = await builder.build();
  expect(first).toMatchObject({ ok: true, kind: "full" });
}, 120_000);

afterAll(async () => {
  await builder.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the dev server's warm builder", () => {
  const slug = slugs[0]!;
  const file = join(profiles, `${slug}.md`);
  const summary = "Edited by the dev-build test, so the summary changed.";

  it("after an edit renders only that profile's page again, and serves exactly what a full build makes", async () => {
    writeFileSync(file, readFileSync(file, "utf8").replace(/^summary: .*$/m, `summary: ${summary}`));
    const result = await builder.build();
    expect(result).toMatchObject({ ok: true, kind: "incremental", rendered: 1 });
    expect(read(site, `profiles/${slug}/index.html`)).toContain(summary);
    expect(hashTree(site)).toEqual(hashTree(await fullBuildOf("full-1")));
  }, 120_000);

  it("then replaces the search index with one that has the edit", async () => {
    await builder.settled();
    expect(searchSummaries(site).get(`/profiles/${slug}/`)).toBe(summary);
    expect(searchSummaries(site).size).toBe(slugs.length);
  }, 120_000);

  it("keeps serving the last good site, byte for byte, when an edit makes a profile invalid", async () => {
    const before = hashTree(site);
    const good = readFileSync(file, "utf8");
    writeFileSync(file, good.replace(/^kind: .*$/m, "kind: agency"));
    const result = await builder.build();
    expect(result.ok).toBe(false);
    expect(logs.some((l) => l.includes(`${slug}.md:`) && l.includes("error"))).toBe(true);
    expect(hashTree(site)).toEqual(before);
    writeFileSync(file, good);
  }, 120_000);

  it("drops a deleted profile's pages and adds a new profile's, as a full build would", async () => {
    const gone = slugs[1]!;
    const text = readFileSync(join(profiles, `${gone}.md`), "utf8");
    unlinkSync(join(profiles, `${gone}.md`));
    writeFileSync(join(profiles, "a-new-firm.md"), text.replace(/^name: .*$/m, "name: A New Firm").replace(/^website: .*$/m, "website: https://a-new-firm.example"));
    const result = await builder.build();
    expect(result, logs.slice(-5).join("\n")).toMatchObject({ ok: true, kind: "incremental" });
    expect(existsSync(join(site, "profiles", gone))).toBe(false);
    expect(existsSync(join(site, "profiles", "a-new-firm", "index.html"))).toBe(true);
    expect(hashTree(site)).toEqual(hashTree(await fullBuildOf("full-2")));
  }, 120_000);
});
