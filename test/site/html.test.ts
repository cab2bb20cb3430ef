import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, html, join, jsonForScript, raw, safeHttpUrl } from "../../src/site/html.js";

const unescape = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#96;/g, "`").replace(/&amp;/g, "&");

describe("the html tagged template", () => {
  it("escapes every interpolated string: tags, ampersands, quotes and backticks", () => {
    const value = `<script>alert("x")</script> & 'single' \`tick\``;
    expect(String(html`<p title="${value}">${value}</p>`)).toBe(
      `<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;single&#39; &#96;tick&#96;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;single&#39; &#96;tick&#96;</p>`,
    );
  });

  it("keeps markup made by our own code (html`` and raw()) and joins arrays", () => {
    const inner = html`<em>${"a<b"}</em>`;
    expect(String(html`<p>${inner}${raw("<br>")}${["x", html`<i>y</i>`, "<z>"]}</p>`)).toBe("<p><em>a&lt;b</em><br>x<i>y</i>&lt;z&gt;</p>");
    expect(String(join(["<a>", html`<b>`], " & "))).toBe("&lt;a&gt; &amp; <b>");
  });

  it("renders nested lists in order, skipping empty items, and joins with the separator only between items", () => {
    expect(String(html`<ul>${[["<a>", null, [html`<b>`, false, 3]], [], undefined, "c"]}</ul>`)).toBe("<ul>&lt;a&gt;<b>3c</ul>");
    expect(String(join([], ", "))).toBe("");
    expect(String(join(["only"], ", "))).toBe("only");
    expect(String(join(["a", ["b", "c"], html`<d>`], html`<br>`))).toBe("a<br>bc<br><d>");
  });

  it("renders null, undefined and false as nothing, numbers as digits and non-finite numbers as nothing", () => {
    expect(String(html`${null}|${undefined}|${false}|${0}|${12.5}|${Number.NaN}|${true}`)).toBe("|||0|12.5||true");
  });

  it("never lets any string produce markup: the output has no raw < > \" ' ` and unescapes to the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = String(html`${s}`);
        expect(out).not.toMatch(/[<>"'`]/);
        expect(unescape(out)).toBe(s);
        expect(escapeHtml(s)).toBe(out);
      }),
      { numRuns: 500 },
    );
  });
});

describe("JSON in a script data block", () => {
  it("cannot close the element or open a comment, and still parses to the same value", () => {
    const value = { name: "</script><script>alert(1)</script>", note: "<!-- & -->", sep: "\u2028\u2029" };
    const text = String(jsonForScript(value));
    expect(text).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("URLs from profile data", () => {
  it("keep http and https and drop javascript:, data:, relative and malformed ones", () => {
    expect(safeHttpUrl("https://a.example/x?y=1")).toBe("https://a.example/x?y=1");
    expect(safeHttpUrl("http://a.example")).toBe("http://a.example/");
    for (const bad of ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x", "/relative", "//evil.example", "ftp://a.example", "not a url", undefined, ""]) {
      expect(safeHttpUrl(bad), String(bad)).toBeUndefined();
    }
  });
});
