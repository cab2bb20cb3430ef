import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dataFiles, writeDataFiles } from "../../src/site/render/data-files.js";
import { directoryRowFiles } from "../../src/site/view/directory-index.js";
import { sampleSite } from "./site-helpers.js";

describe("the site-wide data files", () => {
  const site = sampleSite();
  const dir = mkdtempSync(join(tmpdir(), "shortlist-data-files-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are the downloads, the directory index and its row files, the feed, the sitemap and robots.txt, each path once", () => {
    const paths = dataFiles(site).map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of ["/api/profiles.json", "/api/profiles.csv", "/api/directory.json", "/feed.xml", "/sitemap.xml", "/robots.txt"]) expect(paths).toContain(path);
    for (const rows of directoryRowFiles(site)) expect(paths).toContain(rows.path);
  });

  it("are written under the site folder at their paths, with what each one renders", () => {
    writeDataFiles(dir, site);
    for (const file of dataFiles(site)) expect(readFileSync(join(dir, ...file.path.split("/").filter(Boolean)), "utf8")).toBe(file.render());
    expect(readdirSync(dir).sort()).toEqual(["api", "feed.xml", "robots.txt", "sitemap.xml"]);
  });

  it("name the sitemap in robots.txt", () => {
    const robots = dataFiles(site).find((f) => f.path === "/robots.txt")!.render();
    expect(robots).toContain("Sitemap: https://shortlist.example/sitemap.xml");
    expect(dataFiles(site).find((f) => f.path === "/sitemap.xml")!.render()).toContain("<urlset");
  });
});
