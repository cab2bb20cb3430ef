/**
 * The warm builder behind `npm start`: after a profile edit it renders only what can change,
 * and the result is the same site a full build makes from the same files.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build.js";
import { DevBuilder } from "../../src/cli/dev-build.js";
import { profilesDir } from "../../src/paths.js";
import { TODAY } from "../helpers.js";
import { pagefindFragments } from "../hostile/site-harness.js";
import { listFiles, read } from "./built-site.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-dev-"));
const profiles = join(root, "profiles");
const site = join(root, "site");
const logs: string[] = [];
/** Small search shards, so that the builder keeps several in step (the samples are 14 profiles). */
const PER_SHARD = 4;
const builder = new DevBuilder({ outDir: site, today: TODAY, profilesDir: profiles, log: (l) => logs.push(l), profilesPerSearchShard: PER_SHARD });
const slugs = readdirSync(profilesDir).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, ""));

/** Every file's hash, without the search index (checked on its own). */
function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir, (p) => /^pagefind(-\d+)?\//.test(p)).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}

async function fullBuildOf(name: string): Promise<string> {
  await builder.settled();
  const out = join(root, name);
  const result = await buildSite({ outDir: out, today: TODAY, profilesDir: profiles, log: () => {}, profilesPerSearchShard: PER_SHARD });
  expect(result.ok).toBe(true);
  return out;
}

/** Which shard of the search index holds each profile page. */
function searchShards(dir: string): Record<string, string> {
  return Object.fromEntries([...pagefindFragments(dir)].map(([url, f]) => [url, f.shard]).sort());
}

function searchSummaries(dir: string): Map<string, string> {
  return new Map([...pagefindFragments(dir)].map(([url, f]) => [url, f.meta.summary ?? ""]));
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

  it("shows an edited profile's page before the rest of the site is rendered again", async () => {
    await builder.settled();
    const edited = "Edited again, so this page goes live before the directory follows.";
    writeFileSync(file, readFileSync(file, "utf8").replace(/^summary: .*$/m, `summary: ${edited}`));
    // Break the render's second half: the live JSON of an unchanged profile, which the fresh
    // folder links to, is missing. What was published before it stays; the rest is as it was.
    const other = join(site, "api", "profiles", `${slugs[2]}.json`);
    const json = readFileSync(other);
    unlinkSync(other);
    const directoryBefore = read(site, "profiles/index.html");
    const failed = await builder.build();
    expect(failed.ok).toBe(false);
    expect(logs.at(-1)).toContain("left as it was, but for the 1 changed profile page already shown");
    expect(read(site, `profiles/${slug}/index.html`)).toContain(edited);
    expect(read(site, "profiles/index.html")).toBe(directoryBefore);
    expect(readdirSync(join(site, "profiles", slug))).toEqual(["index.html"]);

    writeFileSync(other, json);
    const result = await builder.build();
    expect(result).toMatchObject({ ok: true, kind: "incremental", rendered: 1 });
    expect(result.timings?.published).toBeLessThan(result.ms);
    expect(read(site, "profiles/index.html")).toContain(edited);
    expect(hashTree(site)).toEqual(hashTree(await fullBuildOf("full-early")));
  }, 120_000);

  it("drops a deleted profile's pages and adds a new profile's, as a full build would", async () => {
    const gone = slugs[1]!;
    await builder.settled();
    const shardsBefore = searchShards(site);
    // The new profile is a copy of another one (with its own name and website), so it takes
    // another rank than the deleted one: the profiles in between change rank.
    const text = readFileSync(join(profiles, `${slugs.at(-1)}.md`), "utf8");
    unlinkSync(join(profiles, `${gone}.md`));
    writeFileSync(join(profiles, "a-new-firm.md"), text.replace(/^name: .*$/m, "name: A New Firm").replace(/^website: .*$/m, "website: https://a-new-firm.example"));
    const result = await builder.build();
    expect(result, logs.slice(-5).join("\n")).toMatchObject({ ok: true, kind: "incremental" });
    expect(existsSync(join(site, "profiles", gone))).toBe(false);
    expect(existsSync(join(site, "profiles", "a-new-firm", "index.html"))).toBe(true);
    const full = await fullBuildOf("full-2");
    expect(hashTree(site)).toEqual(hashTree(full));
    // The profiles after the deleted one moved up a rank, and so to another shard: the search
    // index has each profile once, in the shard a full build puts it in.
    await builder.settled();
    expect(Object.keys(searchShards(site)).sort()).toEqual(Object.keys(searchShards(full)).sort());
    expect(searchShards(site)).toEqual(searchShards(full));
    const moved = Object.entries(searchShards(site)).filter(([url, shard]) => shardsBefore[url] && shardsBefore[url] !== shard);
    expect(moved.length).toBeGreaterThan(0);
    expect(new Set(Object.values(searchShards(site))).size).toBe(4);
  }, 120_000);
});
