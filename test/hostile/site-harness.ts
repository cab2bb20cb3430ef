/**
 * Shared by the hostile site suites: build real sites from profile files in temp dirs, then
 * read every output back with real parsers — Chromium's HTML parser (DOMParser), a strict
 * RFC 4180 reader for the CSV, fast-xml-parser for the feed and the sitemap, zlib for the
 * Pagefind fragments — and audit the pages for script, third-party loads and unsafe links.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { XMLParser } from "fast-xml-parser";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildSite, type BuildResult } from "../../src/cli/build.js";
import { REPO_URL, SITE_URL } from "../../src/site/config.js";
import { CONTRIBUTED_LINK_REL } from "../../src/site/markdown.js";
import { startStaticServer } from "../../src/site/server/static-server.js";
import { CHROMIUM } from "../browser/browser.js";
import { TODAY } from "../helpers.js";
import { listFiles, read } from "../site/built-site.js";

export { listFiles, read };

export function tempRoot(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `shortlist-${prefix}-`));
}

/** Writes profile files (name → text or bytes) into a fresh folder and returns its path. */
export function writeProfiles(dir: string, files: Record<string, string | Uint8Array>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export interface Built {
  result: BuildResult;
  log: string[];
  dir: string;
}

export async function build(profilesDir: string, outDir: string): Promise<Built> {
  const log: string[] = [];
  const result = await buildSite({ outDir, profilesDir, today: TODAY, log: (line) => log.push(line) });
  return { result, log, dir: outDir };
}

/** sha-256 of every file under dir, by relative path. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}

export function htmlPages(dir: string): string[] {
  return listFiles(dir, (p) => p.startsWith("pagefind/")).filter((p) => p.endsWith(".html"));
}

/** What the HTML parser normalises in any input stream: CR LF and lone CR become LF. */
export function htmlText(s: string): string {
  return s.replace(/\r\n?/g, "\n");
}

// ---------------------------------------------------------------------------------------
// Pagefind

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Every Pagefind fragment of every shard of the index (pagefind/, pagefind-2/, …), by the
 * profile page it stands for (its "url" meta). A fragment is gzip, then the "pagefind_dcd"
 * signature, then JSON.
 */
export function pagefindFragments(dir: string): Map<string, Fragment & { shard: string }> {
  const out = new Map<string, Fragment & { shard: string }>();
  for (const shard of readdirSync(dir).filter((name) => /^pagefind(-\d+)?$/.test(name))) {
    const folder = join(dir, shard, "fragment");
    for (const name of readdirSync(folder)) {
      const bytes = gunzipSync(readFileSync(join(folder, name)));
      const signature = "pagefind_dcd";
      if (bytes.subarray(0, signature.length).toString("utf8") !== signature) throw new Error(`${name}: not a Pagefind fragment`);
      const fragment = JSON.parse(bytes.subarray(signature.length).toString("utf8")) as Fragment;
      const page = fragment.meta.url ?? fragment.url;
      if (out.has(page)) throw new Error(`${page} is in the search index twice`);
      out.set(page, { ...fragment, shard });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// CSV and XML

/** RFC 4180, strictly: CRLF row ends, quotes doubled inside quoted fields, nothing after a closing quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("CSV: unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== "," && !(text[i] === "\r" && text[i + 1] === "\n")) throw new Error(`CSV: text after a closing quote at ${i}`);
      continue;
    }
    const c = text[i]!;
    if (c === ",") {
      endField();
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '"' || c === "\r" || c === "\n") {
      throw new Error(`CSV: unquoted ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || row.length) throw new Error("CSV does not end with CRLF");
  return rows;
}

/** The CSV as records keyed by the header row. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error("CSV has no header");
  for (const r of rows) if (r.length !== header.length) throw new Error(`CSV row has ${r.length} fields, header has ${header.length}`);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
}

/** What a spreadsheet would run as a formula gets a leading apostrophe (src/site/view/csv.ts). */
export function csvDefused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: false, isArray: (name) => name === "entry" || name === "url" });

export function parseXml(text: string): Record<string, unknown> {
  return xml.parse(text, true) as Record<string, unknown>;
}

/** What xmlEscape drops (characters XML 1.0 cannot carry), and the line-end normalisation of any XML reader. */
export function xmlText(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/\r\n?/g, "\n");
}

// ---------------------------------------------------------------------------------------
// HTML, parsed by Chromium

/** A question to ask of a page: the text (or an attribute) of every element a selector matches. */
export type Probe = [name: string, selector: string, attribute?: string];

export interface PageFacts {
  /** Every element outside contributed Markdown in document order: `tag[attr attr …]`. Inert input cannot change it. */
  structure: string;
  /** The contributed Markdown (profile bodies), element by element with attribute values. */
  markdown: Array<{ tag: string; attrs: Record<string, string> }>;
  /** Every attribute that holds a URL, anywhere in the page. */
  urls: Array<{ tag: string; attr: string; value: string; rel: string }>;
  scripts: Array<{ src: string | null; type: string | null; text: string }>;
  /** CSP meta elements and whether each comes before any script or stylesheet. */
  csp: Array<{ content: string; early: boolean }>;
  /** Attribute names starting with "on", and style attributes/elements: must be none. */
  inlineCode: string[];
  probes: Record<string, string[]>;
}

/** Runs in the browser: parses HTML with DOMParser (inert: no script runs, nothing loads). */
function analyse(pages: Array<{ html: string; probes: Probe[] }>): PageFacts[] {
  const URL_ATTRS = new Set(["href", "src", "srcset", "action", "formaction", "poster", "data", "cite", "background", "ping", "longdesc", "manifest", "codebase", "xlink:href", "imagesrcset"]);
  return pages.map(({ html, probes }) => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const markdownRoots = new Set<Element>();
    for (const prose of Array.from(doc.querySelectorAll("section.prose"))) {
      const kids = Array.from(prose.children);
      const intro = kids.findIndex((k) => k.matches("p.muted.small"));
      for (const k of kids.slice(intro + 1)) markdownRoots.add(k);
    }
    const structure: string[] = [];
    const markdown: PageFacts["markdown"] = [];
    const urls: PageFacts["urls"] = [];
    const inlineCode: string[] = [];
    const describe = (el: Element) => `${el.localName}[${Array.from(el.attributes).map((a) => a.name).sort().join(" ")}]`;
    const walk = (el: Element, inMarkdown: boolean) => {
      const md = inMarkdown || markdownRoots.has(el);
      if (md) markdown.push({ tag: el.localName, attrs: Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value])) });
      else structure.push(describe(el) + (el.matches("section.prose") ? " [contributed Markdown]" : ""));
      for (const a of Array.from(el.attributes)) {
        if (URL_ATTRS.has(a.name)) urls.push({ tag: el.localName, attr: a.name, value: a.value, rel: el.getAttribute("rel") ?? "" });
        if (a.name.startsWith("on") || a.name === "style") inlineCode.push(`${el.localName}[${a.name}]`);
      }
      if (el.localName === "style") inlineCode.push("style element");
      if (el.localName === "meta" && /refresh/i.test(el.getAttribute("http-equiv") ?? "")) inlineCode.push("meta refresh");
      const children = el.localName === "template" ? (el as HTMLTemplateElement).content.children : el.children;
      for (const child of Array.from(children)) walk(child, md);
    };
    walk(doc.documentElement, false);
    const scripts = Array.from(doc.querySelectorAll("script")).map((s) => ({ src: s.getAttribute("src"), type: s.getAttribute("type"), text: s.textContent ?? "" }));
    const loaders = Array.from(doc.querySelectorAll("script, link[rel~=stylesheet], link[rel~=preload], link[rel~=modulepreload]"));
    const csp = Array.from(doc.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')).map((m) => ({
      content: m.getAttribute("content") ?? "",
      early: loaders.every((l) => (m.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
    }));
    const answers: Record<string, string[]> = {};
    for (const [name, selector, attribute] of probes) {
      answers[name] = Array.from(doc.querySelectorAll(selector)).map((e) => (attribute ? (e.getAttribute(attribute) ?? "") : (e.textContent ?? "")));
    }
    return { structure: structure.join("\n"), markdown, urls, scripts, csp, inlineCode, probes: answers };
  });
}

export interface HtmlReader {
  /** Parses the pages of a built site (paths relative to dir) and returns what each holds. */
  read(dir: string, paths: readonly string[], probes?: (path: string) => Probe[]): Promise<Map<string, PageFacts>>;
  /** Parses HTML fragments (e.g. the row markup in /api/directory.json). */
  readFragments(fragments: readonly string[]): Promise<PageFacts[]>;
  browser: Browser;
  close(): Promise<void>;
}

export async function openHtmlReader(): Promise<HtmlReader> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  const page: Page = await browser.newPage({ javaScriptEnabled: true });
  const run = async (items: Array<{ html: string; probes: Probe[] }>) => {
    const out: PageFacts[] = [];
    for (let i = 0; i < items.length; i += 60) out.push(...(await page.evaluate(analyse, items.slice(i, i + 60))));
    return out;
  };
  return {
    browser,
    async read(dir, paths, probes = () => []) {
      const facts = await run(paths.map((p) => ({ html: read(dir, p), probes: probes(p) })));
      return new Map(paths.map((p, i) => [p, facts[i]!]));
    },
    readFragments: (fragments) => run(fragments.map((html) => ({ html, probes: [] }))),
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------------------------------
// Output hardening: the checks every hostile build must pass

const CONTRIBUTED = CONTRIBUTED_LINK_REL.split(" ");
/** Elements and attributes that make the browser fetch something when the page loads. */
function loads(u: PageFacts["urls"][number]): boolean {
  if (u.tag === "a" || u.tag === "area" || u.tag === "form" || u.tag === "blockquote" || u.tag === "q" || u.tag === "del" || u.tag === "ins") return false;
  if (u.tag === "link") return /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|preconnect|dns-prefetch)\b/.test(u.rel);
  return true;
}
const OWN_ABSOLUTE = [SITE_URL + "/", REPO_URL];

/**
 * The site's promises about every HTML page, whatever the profiles say:
 * - a CSP meta before any script or stylesheet, with no 'unsafe-inline'/'unsafe-eval' for scripts;
 * - scripts only from this site, or JSON-LD data blocks that parse as JSON;
 * - no inline event handlers, style attributes or style elements, no meta refresh;
 * - every URL attribute is site-relative, an in-page anchor or https:// (no mixed content, no javascript:/data:);
 * - nothing a page loads comes from another origin;
 * - every link to another site that is not our own repository carries rel="noopener noreferrer nofollow ugc".
 */
export function hardeningProblems(path: string, f: PageFacts): string[] {
  const out: string[] = [];
  if (f.csp.length !== 1) out.push(`${path}: ${f.csp.length} CSP meta elements`);
  for (const c of f.csp) {
    if (!c.early) out.push(`${path}: the CSP meta comes after a script or stylesheet`);
    const directives = new Map(c.content.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    const scriptSrc = directives.get("script-src") ?? directives.get("default-src");
    if (!scriptSrc) out.push(`${path}: CSP has no script-src or default-src`);
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:", "blob:"]) if (scriptSrc?.includes(bad)) out.push(`${path}: CSP script-src allows ${bad}`);
    if (directives.get("default-src")?.join(" ") !== "'self'") out.push(`${path}: CSP default-src is not 'self'`);
    if (directives.get("object-src")?.join(" ") !== "'none'") out.push(`${path}: CSP object-src is not 'none'`);
    if (directives.get("base-uri")?.join(" ") !== "'none'") out.push(`${path}: CSP base-uri is not 'none'`);
    for (const d of ["style-src", "img-src", "font-src", "connect-src"]) if ((directives.get(d) ?? []).some((v) => v.includes("unsafe-inline") || /^https?:/.test(v) || v === "*")) out.push(`${path}: CSP ${d} allows inline or other origins`);
  }
  for (const s of f.scripts) {
    if (s.type === "application/ld+json" && s.src === null) {
      try {
        JSON.parse(s.text);
      } catch {
        out.push(`${path}: JSON-LD block is not JSON`);
      }
      if (/<\/?script|<!--/i.test(s.text)) out.push(`${path}: JSON-LD block contains markup`);
    } else if (!s.src || !s.src.startsWith("/") || s.src.startsWith("//")) {
      out.push(`${path}: script without a same-site src: ${JSON.stringify(s).slice(0, 200)}`);
    } else if (s.text.trim() !== "") {
      out.push(`${path}: script with both src and inline text`);
    }
  }
  for (const c of f.inlineCode) out.push(`${path}: inline code or style: ${c}`);
  for (const u of f.urls) {
    const v = u.value.trim();
    const relative = v.startsWith("/") && !v.startsWith("//");
    const anchor = v.startsWith("#") || v.startsWith("?");
    if (relative || anchor) continue;
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      out.push(`${path}: ${u.tag}[${u.attr}] is neither site-relative nor an absolute URL: ${JSON.stringify(v).slice(0, 120)}`);
      continue;
    }
    if (url.protocol !== "https:") {
      out.push(`${path}: ${u.tag}[${u.attr}] uses ${url.protocol} ${JSON.stringify(v).slice(0, 120)}`);
      continue;
    }
    if (loads(u) && !(u.tag === "link" && /\b(canonical|alternate)\b/.test(u.rel))) out.push(`${path}: ${u.tag}[${u.attr}] loads from another origin: ${v}`);
    const own = OWN_ABSOLUTE.some((o) => url.href.startsWith(o));
    if (u.tag === "a" && !own) {
      const rel = u.rel.split(/\s+/);
      const missing = CONTRIBUTED.filter((r) => !rel.includes(r));
      if (missing.length) out.push(`${path}: link to ${url.host} lacks rel ${missing.join(" ")}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// In a real browser: load pages under the site's own headers and catch anything that runs

export interface LiveProblems {
  problems: string[];
  pages: number;
}

/**
 * Serves a built site and opens each path in Chromium with JavaScript on. Records any dialog
 * (alert/confirm/prompt, which most payloads call), any CSP violation (an injected inline
 * script, handler or style would raise one), any page error and any request to another origin.
 */
export async function liveAudit(browser: Browser, dir: string, paths: readonly string[], ready?: (path: string) => string | undefined): Promise<LiveProblems> {
  const server = await startStaticServer({ root: dir, port: 0, host: "127.0.0.1" });
  const context = await browser.newContext();
  context.setDefaultTimeout(20_000);
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const problems: string[] = [];
  const queue = [...paths];
  const worker = async () => {
    const page = await context.newPage();
    page.on("dialog", (d) => {
      problems.push(`${page.url()}: a ${d.type()} dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    page.on("pageerror", (e) => problems.push(`${page.url()}: page error ${e.message}`));
    page.on("request", (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith("data:")) problems.push(`${page.url()}: requested ${r.url()}`);
    });
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const flag = ready?.(path);
      // Static pages: CSP violations from injected inline code would fire while parsing.
      await page.goto(server.url + path, { waitUntil: flag ? "load" : "domcontentloaded" });
      if (flag) await page.waitForFunction((f) => document.documentElement.dataset[f] === "true", flag);
      const found = await page.evaluate(async () => {
        await new Promise((done) => setTimeout(done, 0)); // let queued securitypolicyviolation events arrive
        const out = [...(window as unknown as { __violations: string[] }).__violations];
        for (const el of Array.from(document.querySelectorAll("*"))) {
          for (const a of Array.from(el.attributes)) {
            if (a.name.startsWith("on") || a.name === "style") out.push(`live DOM: ${el.localName}[${a.name}]`);
            if (/^(href|src|action|formaction|data|srcdoc)$/.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) out.push(`live DOM: ${el.localName}[${a.name}=${a.value.slice(0, 60)}]`);
          }
          if (/^(iframe|frame|object|embed|img|video|audio|base|foreignobject)$/i.test(el.localName)) out.push(`live DOM: <${el.localName}>`);
          if (el.localName === "script" && !(el.getAttribute("src") ?? "").startsWith("/") && el.getAttribute("type") !== "application/ld+json") out.push("live DOM: inline <script>");
        }
        return out;
      });
      for (const f of found) problems.push(`${path}: ${f}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: 2 }, worker));
  } finally {
    await context.close();
    await server.close();
  }
  return { problems, pages: paths.length };
}
