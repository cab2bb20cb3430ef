/**
 * The output-hardening checks of the hostile suites, on the real sample site: every page
 * parsed by Chromium passes them, and the site's own CSS and scripts reference no other
 * origin. (The hostile builds run the same checks on sites full of naughty input; the
 * browser tests watch the network while the pages run.)
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cspHeader, cspMeta } from "../../src/site/config.js";
import { buildSamples } from "../site/built-site.js";
import { hardeningProblems, htmlPages, listFiles, openHtmlReader, type HtmlReader, type PageFacts } from "./site-harness.js";

let dir = "";
let root = "";
let reader: HtmlReader;
let pages: Map<string, PageFacts>;

beforeAll(async () => {
  ({ dir, root } = await buildSamples());
  reader = await openHtmlReader();
  pages = await reader.read(dir, htmlPages(dir));
}, 120_000);

afterAll(async () => {
  await reader?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("output hardening on the sample site", () => {
  it("every page: CSP meta before any script, no inline script or style, https only, nothing third-party, contributed links rel=ugc", () => {
    expect(pages.size).toBeGreaterThan(20);
    const problems = [...pages].flatMap(([path, facts]) => hardeningProblems(path, facts));
    expect(problems).toEqual([]);
  });

  it("the CSP forbids inline script, and the header the server sends says the same plus frame-ancestors", () => {
    const scriptSrc = cspMeta().split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(cspHeader()).toBe(`${cspMeta()}; frame-ancestors 'none'`);
  });

  it("the site's own stylesheets and scripts reference no other origin", () => {
    const assets = listFiles(dir).filter((f) => f.startsWith("assets/") && /\.(css|js)$/.test(f));
    expect(assets.length).toBeGreaterThan(2);
    for (const f of assets) {
      const text = readFileSync(join(dir, f), "utf8");
      expect(text.match(/(?:url\(\s*['"]?|import\s*\(?\s*['"]|@import\s+['"]?|fetch\(\s*['"`])(?:https?:)?\/\/[^'")\s]+/gi) ?? [], f).toEqual([]);
    }
  });
});
