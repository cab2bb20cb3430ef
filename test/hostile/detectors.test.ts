/**
 * The hostile suites pass only if their detectors can fail: each check is shown catching
 * the thing it looks for, on pages written to contain it.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cspMeta } from "../../src/site/config.js";
import { csvRecords, hardeningProblems, liveAudit, openHtmlReader, parseCsv, tempRoot, writeProfiles, type HtmlReader } from "./site-harness.js";

const root = tempRoot("detectors");
let reader: HtmlReader;

beforeAll(async () => {
  reader = await openHtmlReader();
}, 60_000);

afterAll(async () => {
  await reader?.close();
  rmSync(root, { recursive: true, force: true });
});

const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${cspMeta()}"><title>t</title>`;

describe("the structural comparison", () => {
  it("tells injected markup from escaped text of the same length", async () => {
    const [escaped, twin, injected, attribute] = await reader.readFragments([
      "<p>&lt;b&gt;hi&lt;/b&gt;</p>",
      "<p>xxxxxxxxx</p>",
      "<p><b>hi</b></p>",
      '<p title="x" onclick="y">hi</p>',
    ]);
    expect(escaped!.structure).toBe(twin!.structure);
    expect(injected!.structure).not.toBe(twin!.structure);
    expect(attribute!.structure).not.toBe(twin!.structure);
    expect(attribute!.inlineCode).toEqual(["p[onclick]"]);
  });
});

describe("the output-hardening checks", () => {
  it("pass a clean page", async () => {
    const [clean] = await reader.readFragments([`${head}<link rel="stylesheet" href="/assets/site.css"><script type="module" src="/assets/x.js"></script></head><body><a href="/x/">in</a> <a href="https://other.example/" rel="noopener noreferrer nofollow ugc">out</a></body></html>`]);
    expect(hardeningProblems("clean.html", clean!)).toEqual([]);
  });

  it("catch every kind of problem they look for", async () => {
    const [bad] = await reader.readFragments([
      `<!DOCTYPE html><html><head><script src="https://cdn.example/x.js"></script><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'"><style>p{}</style></head>
<body><script>alert(1)</script><img src=x onerror=alert(1)><p style="color:red">s</p>
<a href="javascript:alert(1)">j</a><a href="http://insecure.example/">h</a><a href="https://other.example/">no rel</a>
<link rel="stylesheet" href="https://fonts.example/f.css"><iframe src="https://frame.example/"></iframe></body></html>`,
    ]);
    const problems = hardeningProblems("bad.html", bad!).join("\n");
    for (const expected of [
      "the CSP meta comes after a script",
      "CSP script-src allows 'unsafe-inline'",
      "CSP object-src is not 'none'",
      "script without a same-site src",
      "inline code or style: img[onerror]",
      "inline code or style: p[style]",
      "inline code or style: style element",
      "a[href] uses javascript:",
      "a[href] uses http:",
      "link to other.example lacks rel noopener noreferrer nofollow ugc",
      "script[src] loads from another origin",
      "link[href] loads from another origin",
      "iframe[src] loads from another origin",
    ]) {
      expect(problems).toContain(expected);
    }
  });
});

describe("the live browser audit", () => {
  it("catches a script that runs, inline code the CSP blocks, and a third-party request", async () => {
    const dir = writeProfiles(join(root, "live"), {
      "alert.html": `${head}<script type="module" src="/alert.js"></script></head><body>x</body></html>`,
      "alert.js": "alert('ran');",
      "inline.html": `${head}<link rel="stylesheet" href="https://third.example/x.css"></head><body><img src=x onerror="alert(1)"><script>alert(2)</script><p style="color:red">x</p></body></html>`,
      "clean.html": `${head}</head><body><p>clean</p></body></html>`,
    });
    const { problems } = await liveAudit(reader.browser, dir, ["/alert.html", "/inline.html", "/clean.html"]);
    const text = problems.join("\n");
    expect(text).toContain("a alert dialog opened: ran");
    expect(text).toMatch(/\/inline\.html: script-src-elem/);
    expect(text).toMatch(/\/inline\.html: .*style-src-attr/);
    expect(text).toContain("live DOM: img[onerror]");
    expect(text).toMatch(/\/inline\.html: .*https:\/\/third\.example\/x\.css/);
    expect(text).not.toContain("clean.html");
  }, 60_000);
});

describe("the CSV reader", () => {
  it("is strict: it refuses what RFC 4180 does not allow", () => {
    expect(() => parseCsv('a,"b"c\r\n')).toThrow(/after a closing quote/);
    expect(() => parseCsv("a,b\n")).toThrow(/unquoted/);
    expect(() => parseCsv('a,"b\r\n')).toThrow(/unterminated/);
    expect(csvRecords('x,y\r\n"1,2","say ""hi"""\r\n')).toEqual([{ x: "1,2", y: 'say "hi"' }]);
  });
});
