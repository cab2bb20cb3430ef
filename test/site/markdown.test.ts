import { describe, expect, it } from "vitest";
import { CONTRIBUTED_LINK_REL, isAllowedLink, renderMarkdown } from "../../src/site/markdown.js";
import { renderProfilePage } from "../../src/site/render/profile-page.js";
import { validProfile } from "../helpers.js";
import { siteFrom } from "./site-helpers.js";

const md = (text: string) => String(renderMarkdown(text));

describe("profile Markdown", () => {
  it("renders raw HTML as visible text, never as elements", () => {
    const out = md(`<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nInline <b onclick="x()">bold</b> and <iframe src="https://evil.example"></iframe>`);
    expect(out).not.toMatch(/<script|<img|<b |<iframe/i);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("keeps javascript:, data:, vbscript: and relative links as plain text, not links", () => {
    const out = md(
      "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c]( javascript:alert(1)) [d](java&#115;cript:alert(1)) [e](data:text/html,x) [f](vbscript:x) [g](/profiles/) [h](other-page) [i](#top) <javascript:alert(1)>",
    );
    expect(out).not.toContain("<a");
    expect(out).toContain("[a](javascript:alert(1))");
  });

  it("turns https links into links marked rel=\"noopener noreferrer nofollow ugc\"; http stays text (no mixed content)", () => {
    const out = md("[site](https://firm.example/cases) and <https://plain.example/> and <http://insecure.example/>");
    expect(out).toContain(`<a href="https://firm.example/cases" rel="${CONTRIBUTED_LINK_REL}">site</a>`);
    expect(out).toContain(`<a href="https://plain.example/" rel="${CONTRIBUTED_LINK_REL}">https://plain.example/</a>`);
    expect(out).toContain("&lt;http://insecure.example/&gt;");
    expect(isAllowedLink("http://a.example")).toBe(false);
    expect(isAllowedLink("https://a.example")).toBe(true);
    expect(isAllowedLink("https:/a.example")).toBe(false);
  });

  it("does not render images, so a profile cannot make the page load a third-party resource", () => {
    const out = md("![tracking pixel](https://tracker.example/p.gif)");
    expect(out).not.toContain("<img");
  });

  it("leaves template syntax such as {{ 7*7 }} and {% raw %} literal", () => {
    const out = md("Total: {{ 7*7 }} and {% raw %}{{ x }}{% endraw %} and {%- include 'x' -%} and ${1+1}");
    expect(out).toContain("{{ 7*7 }}");
    expect(out).toContain("{% raw %}{{ x }}{% endraw %}");
    expect(out).toContain("{%- include 'x' -%}");
    expect(out).not.toContain("49");
  });

  it("re-levels headings so the body's highest heading is an h3 and levels do not skip", () => {
    expect(md("# One\n\n### Three\n\n## Two")).toBe("<h3>One</h3>\n<h5>Three</h5>\n<h4>Two</h4>\n");
    expect(md("## About\n\ntext\n\n## More")).toBe("<h3>About</h3>\n<p>text</p>\n<h3>More</h3>\n");
    expect(md("#### Deep")).toBe("<h3>Deep</h3>\n");
  });
});

describe("a profile page built from hostile Markdown and frontmatter", () => {
  const hostileName = `Evil <img src=x onerror=alert(1)> & "Co"`;
  const site = siteFrom({
    "hostile-firm": {
      data: validProfile({ name: hostileName, summary: "Summary with <script>alert('s')</script> and {{ 7*7 }} inside it." }),
      body: "# Hi\n\n{{ 7*7 }} {% raw %}x{% endraw %} <script>alert(1)</script> [x](javascript:alert(1))\n",
    },
  });
  const page = site.profilePages[0]!;
  const out = renderProfilePage(page);

  it("escapes every frontmatter value and keeps template syntax literal", () => {
    expect(out).not.toContain("<img src=x");
    expect(out).not.toMatch(/<script>alert/);
    expect(out).toContain("Evil &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;");
    expect(out).toContain("{{ 7*7 }}");
    expect(out).toContain("{% raw %}x{% endraw %}");
    expect(out).not.toContain(">49<");
  });

  it("has no inline scripts: the only script element is the JSON-LD data block, which cannot be closed early", () => {
    const scripts = [...out.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script type="application/ld+json">']);
    const json = out.split('<script type="application/ld+json">')[1]!.split("</script>")[0]!;
    expect(JSON.parse(json).mainEntity.name).toBe(hostileName);
  });
});
