/**
 * Template syntax of every engine Eleventy ships (Nunjucks, Liquid, JavaScript template
 * literals, EJS/ERB, Pug/Ruby interpolation, Handlebars…) in every free-text field and the
 * Markdown body: profiles are data, never templates, so each must come out literally — in
 * the HTML, the JSON, the feed and the search index — and nothing may be evaluated.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiProfileRecord } from "../../src/site/view/api.js";
import { profileText, validProfile } from "../helpers.js";
import { build, hardeningProblems, htmlPages, openHtmlReader, pagefindFragments, parseXml, read, tempRoot, writeProfiles, type Built, type HtmlReader, type PageFacts } from "./site-harness.js";

const TEMPLATES = [
  "{{ 7*7 }}",
  "{{7*7}}",
  "{% raw %}{{ 7*7 }}{% endraw %}",
  "${7*7}",
  '{{ "x" | upcase }}',
  '{% include "x" %}',
  "{%- set x = 7*7 -%}{{ x }}",
  "{% for p in collections.all %}{{ p.url }}{% endfor %}",
  "{{ page.url }} {{ eleventy.version }} {{ shortlist.today }}",
  "{{ constructor.constructor('return 7*7')() }}",
  "<%= 7*7 %>",
  "#{7*7}",
  "{{= 7*7 }}",
  "[% 7*7 %]",
  "{{#with 7}}{{this}}{{/with}}",
  "@(7*7)",
  "%{7*7}",
  "{{{ 7*7 }}}",
];

interface Placed {
  slug: string;
  template: string;
  name: string;
  summary: string;
  statement: string;
  evidenceTitle: string;
  city: string;
  body: string;
}

function place(template: string, i: number, harmless: boolean): Placed {
  const t = harmless ? "x".repeat(template.length) : template;
  const tag = String.fromCharCode(97 + i);
  return {
    slug: `${harmless ? "plain" : "template"}-${tag}`,
    template: t,
    name: `${harmless ? "Plain" : "Template"} ${tag} ${t}`,
    summary: `A fictional firm whose every field holds ${t} literally.`,
    statement: `We test, and we write ${t} in our statement.`,
    evidenceTitle: `Evidence titled ${t}`,
    city: `City ${t}`,
    body: `## About ${t}\n\nBody text with ${t} in a paragraph.\n\n- a list item with ${t}\n`,
  };
}

function profile(p: Placed, i: number) {
  return validProfile({
    name: p.name,
    website: `https://${p.slug}.example`,
    summary: p.summary,
    headquarters: { country: "DE", city: p.city },
    signals: { testing: { statement: p.statement, coverage_target: 85, evidence: [{ kind: "article", title: p.evidenceTitle, url: `https://evidence-${i}.example/x`, date: "2026-01-20", level: "sourced" }] } },
  });
}

const root = tempRoot("templates");
const placed = TEMPLATES.map((t, i) => place(t, i, false));
const plain = TEMPLATES.map((t, i) => place(t, i, true));
let site: Built;
let reader: HtmlReader;
let pages: Map<string, PageFacts>;

beforeAll(async () => {
  const files = Object.fromEntries([...placed, ...plain].map((p, i) => [`${p.slug}.md`, profileText(profile(p, i), p.body)]));
  site = await build(writeProfiles(join(root, "profiles"), files), join(root, "site"));
  if (!site.result.ok) throw new Error(site.log.join("\n"));
  reader = await openHtmlReader();
  pages = await reader.read(site.dir, htmlPages(site.dir), (path) =>
    path.startsWith("profiles/template-") || path.startsWith("profiles/plain-")
      ? [
          ["h1", "#profile-h"],
          ["summary", ".profile-summary"],
          ["statement", "blockquote.statement p"],
          ["evidence", "table.evidence tbody a"],
          ["dd", "dl.facts dd"],
          ["prose", "section.prose"],
          ["text", "body"],
        ]
      : [],
  );
}, 120_000);

afterAll(async () => {
  await reader?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("template syntax in profile fields and bodies", () => {
  it("comes out literally on every profile page, in every field", () => {
    const wrong: string[] = [];
    for (const p of placed) {
      const f = pages.get(`profiles/${p.slug}/index.html`)!.probes;
      const expectEqual = (what: string, actual: unknown, expected: unknown) => {
        if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${p.template} in ${what}: ${JSON.stringify(actual)}`);
      };
      expectEqual("name", f.h1, [p.name]);
      expectEqual("summary", f.summary, [p.summary]);
      expectEqual("statement", f.statement, [p.statement]);
      expectEqual("evidence title", f.evidence, [p.evidenceTitle]);
      expectEqual("city", f.dd!.includes(`${p.city}, Germany`), true);
      for (const line of [`About ${p.template}`, `Body text with ${p.template} in a paragraph.`, `a list item with ${p.template}`]) expectEqual(`body (${line})`, f.prose![0]!.includes(line), true);
    }
    expect(wrong).toEqual([]);
  });

  it("evaluates nothing: no page shows 49 (7*7) more often than its harmless twin", () => {
    const count = (text: string) => text.split("49").length - 1;
    for (const [k, p] of placed.entries()) {
      const mine = pages.get(`profiles/${p.slug}/index.html`)!.probes.text![0]!;
      const twin = pages.get(`profiles/${plain[k]!.slug}/index.html`)!.probes.text![0]!;
      expect(count(mine), p.template).toBe(count(twin));
    }
  });

  it("keeps the JSON, the feed and the search index literal too", () => {
    const feed = parseXml(read(site.dir, "feed.xml")) as { feed: { entry: Array<{ title: string; summary: string }> } };
    const fragments = pagefindFragments(site.dir);
    for (const p of placed) {
      const record = JSON.parse(read(site.dir, `api/profiles/${p.slug}.json`)) as ApiProfileRecord;
      expect([record.profile.name, record.profile.summary, record.profile.signals.testing?.statement, record.body_markdown]).toEqual([p.name, p.summary, p.statement, p.body]);
      expect(feed.feed.entry.map((e) => e.title)).toContain(p.name);
      const fragment = fragments.get(`/profiles/${p.slug}/`)!;
      expect(fragment.meta.title).toBe(p.name);
      expect(fragment.content).toContain(`Body text with ${p.template} in a paragraph.`);
    }
  });

  it("passes the output-hardening checks on every page", () => {
    const problems = [...pages].flatMap(([path, facts]) => hardeningProblems(path, facts));
    expect(problems).toEqual([]);
  });
});
