import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build.js";
import { profilesDir, repoRoot, schemasDir } from "../../src/paths.js";
import { TODAY } from "../helpers.js";
import { pagefindFragments } from "../hostile/site-harness.js";
import { buildSamples, listFiles, read } from "./built-site.js";

let dir = "";
let root = "";
let pages: string[] = [];
const slugs = readdirSync(profilesDir).filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, ""));

beforeAll(async () => {
  ({ dir, root } = await buildSamples());
  pages = listFiles(dir, (p) => p.startsWith("pagefind/")).filter((p) => p.endsWith(".html"));
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function hashTree(path: string): Record<string, string> {
  return Object.fromEntries(listFiles(path).map((f) => [f, createHash("sha256").update(readFileSync(join(path, f))).digest("hex")]));
}

describe("npm run build on the samples", () => {
  it("renders every page type, the data files, the published schemas and the search index", () => {
    const expected = [
      "index.html",
      "profiles/index.html",
      "profiles/sort/name/index.html",
      "profiles/sort/rate/index.html",
      "profiles/model/dedicated/index.html",
      "profiles/kind/freelancer/index.html",
      "compare/index.html",
      "engagement/index.html",
      "engagement/dedicated/index.html",
      "engagement/project-based/index.html",
      "engagement/staff-augmentation/index.html",
      "search/index.html",
      "methodology/index.html",
      "contribute/index.html",
      "404.html",
      "api/profiles.json",
      "api/profiles.csv",
      "api/directory.json",
      "feed.xml",
      "sitemap.xml",
      "robots.txt",
      "assets/site.css",
      "pagefind/pagefind.js",
      "pagefind/pagefind-entry.json",
      ...slugs.flatMap((s) => [`profiles/${s}/index.html`, `api/profiles/${s}.json`]),
    ];
    for (const f of expected) expect(existsSync(join(dir, f)), f).toBe(true);
  });

  it("publishes every JSON Schema at /schemas/<file>, so each $id resolves on the site", () => {
    for (const file of readdirSync(schemasDir).filter((f) => f.endsWith(".json"))) {
      const published = JSON.parse(read(dir, `schemas/${file}`));
      expect(published).toEqual(JSON.parse(readFileSync(join(schemasDir, file), "utf8")));
      expect(published.$id).toBe(`https://shortlist.example/schemas/${file}`);
    }
  });

  it("indexes every profile once for search, with its filters and result meta, from search documents rather than the pages", () => {
    const entry = JSON.parse(read(dir, "pagefind/pagefind-entry.json"));
    expect(entry.languages.en.page_count).toBe(slugs.length);
    const fragments = pagefindFragments(dir);
    expect([...fragments.keys()].sort()).toEqual(slugs.map((s) => `/profiles/${s}/`).sort());
    for (const [url, f] of fragments) {
      expect(Object.keys(f.filters).sort(), url).toEqual(expect.arrayContaining(["country", "kind", "model"]));
      expect(f.meta.score, url).toMatch(/^\d+(\.\d)?$/);
      expect(f.meta.title && f.meta.summary && f.meta.location, url).toBeTruthy();
      expect(f.content.startsWith(`${f.meta.title}.`), url).toBe(true);
    }
    // The published pages carry no Pagefind markup: what is searchable is decided in one place.
    for (const p of pages) expect(read(dir, p), p).not.toMatch(/data-pagefind-(body|filter|sort|meta)/);
    // The search documents are scratch files, never published.
    expect(existsSync(join(root, ".shortlist-tmp"))).toBe(false);
  });

  it("passes html-validate on every built page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }] },
    });
    const problems: string[] = [];
    for (const p of pages) {
      const report = await validator.validateString(read(dir, p), p);
      for (const r of report.results) for (const m of r.messages) problems.push(`${p}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(slugs.length + 10);
  }, 60_000);

  it("has no broken internal links: every local href and src resolves to a built file, every #fragment to an id", () => {
    const broken: string[] = [];
    for (const p of pages) {
      const html = read(dir, p);
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const url = value!.replace(/&amp;/g, "&");
        if (/^(https?:|mailto:|data:)/.test(url)) continue;
        if (url.startsWith("#")) {
          if (!ids.has(decodeURIComponent(url.slice(1)))) broken.push(`${p}: ${attr}=${url}`);
          continue;
        }
        const path = decodeURIComponent(url.split(/[?#]/)[0]!);
        const target = path.startsWith("/") ? path.slice(1) : posix.join(posix.dirname(p), path);
        const file = target === "" || target.endsWith("/") ? `${target}index.html` : target;
        if (!existsSync(join(dir, file))) broken.push(`${p}: ${attr}=${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("links each engagement page's 'cheapest first' to a static list of that model's offers by rate, which works without JavaScript", () => {
    for (const model of ["dedicated", "project-based", "staff-augmentation"]) {
      const page = read(dir, `engagement/${model}/index.html`);
      const href = /<a href="([^"]+)">cheapest first<\/a>/.exec(page)?.[1];
      expect(href).toBe(`/profiles/model/${model}/sort/rate/`);
      const listing = read(dir, `profiles/model/${model}/sort/rate/index.html`);
      expect(listing).toContain("rate first, in US dollars");
    }
  });

  it("marks every page as showing fictional sample data and every fictional profile with a badge", () => {
    for (const p of pages) expect(read(dir, p), p).toContain("Every profile on this site is fictional");
    for (const s of slugs) expect(read(dir, `profiles/${s}/index.html`)).toContain("Fictional sample profile");
  });

  it("puts a Content Security Policy without inline scripts on every page, and loads nothing from other origins", () => {
    for (const p of pages) {
      const html = read(dir, p);
      expect(html, p).toContain(`http-equiv="Content-Security-Policy"`);
      expect(html).not.toMatch(/<script(?![^>]*(type="application\/ld\+json"|src="\/))/);
      const fetchedElsewhere = [...html.matchAll(/<(?:script|img|iframe|link|source|video|audio|embed|object)\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => /\s(?:src|href|data)="(?:[a-z]+:)?\/\//i.test(tag) && !/\srel="(?:canonical|alternate)"/.test(tag));
      expect(fetchedElsewhere, p).toEqual([]);
      expect(html).not.toMatch(/\sstyle="/);
      expect(html).not.toMatch(/\son[a-z]+="/);
    }
  });

  it("keeps a profile page under 15 KB gzip with its stylesheet and scripts, before search assets", () => {
    const gz = (path: string) => gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
    const weight = (page: string) => {
      const html = read(dir, page);
      const assets = [...html.matchAll(/<(?:link rel="stylesheet" href|script type="module" src)="\/([^"]+)"/g)].map((m) => m[1]!);
      return gz(page) + assets.reduce((n, a) => n + gz(a), 0);
    };
    const heaviest = Math.max(...slugs.map((s) => weight(`profiles/${s}/index.html`)));
    expect(heaviest).toBeLessThan(15 * 1024);
    process.stdout.write(`page weights (gzip, with CSS/JS): heaviest profile ${heaviest} B, directory ${weight("profiles/index.html")} B, home ${weight("index.html")} B\n`);
  });

  it("is reproducible: a second build with the same date writes byte-identical files", async () => {
    const again = join(root, "again");
    const result = await buildSite({ outDir: again, today: TODAY, log: () => {} });
    expect(result.ok).toBe(true);
    expect(hashTree(again)).toEqual(hashTree(dir));
  }, 120_000);
});

describe("a build with an invalid profile", () => {
  it("exits non-zero with the validator's messages and leaves the existing output byte-identical", () => {
    const broken = join(root, "profiles");
    mkdirSync(broken, { recursive: true });
    for (const s of slugs) copyFileSync(join(profilesDir, `${s}.md`), join(broken, `${s}.md`));
    writeFileSync(join(broken, "broken-firm.md"), readFileSync(join(profilesDir, `${slugs[0]}.md`), "utf8").replace(/^kind: .*$/m, "kind: agency"));
    const before = hashTree(dir);
    const run = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/build.ts"), "--out", dir, "--profiles", broken, "--today", TODAY], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken-firm\.md:\d+:\d+: error: /);
    expect(run.stderr).toContain("left as it was");
    expect(hashTree(dir)).toEqual(before);
    expect(existsSync(join(dirname(dir), ".shortlist-tmp"))).toBe(false);
  }, 120_000);
});
