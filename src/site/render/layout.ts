/** The page shell every HTML page shares: head with CSP, skip link, header navigation, footer. */
import { absoluteUrl, cspMeta, REPO_URL, SITE_NAME } from "../config.js";
import { html, type SafeHtml } from "../html.js";

export type Section = "home" | "profiles" | "compare" | "engagement" | "search" | "methodology" | "contribute";

export interface PageOptions {
  title: string;
  description: string;
  path: string;
  section?: Section;
  /** Extra elements for <head> (our own markup only). */
  head?: SafeHtml;
  /** Module scripts to load, site paths. */
  scripts?: readonly string[];
  /**
   * The scripts run before the page is first shown (`blocking="render"`, where supported):
   * for a page whose script changes the layout the first paint would show from the address.
   */
  scriptsBeforePaint?: boolean;
  /** Extra stylesheets, site paths. */
  styles?: readonly string[];
  body: SafeHtml;
}

const NAV: ReadonlyArray<{ section: Section; path: string; label: string }> = [
  { section: "profiles", path: "/profiles/", label: "Directory" },
  { section: "compare", path: "/compare/", label: "Compare" },
  { section: "engagement", path: "/engagement/", label: "Engagement models" },
  { section: "search", path: "/search/", label: "Search" },
  { section: "methodology", path: "/methodology/", label: "Methodology" },
  { section: "contribute", path: "/contribute/", label: "Contribute" },
];

export function page(o: PageOptions): string {
  const fullTitle = o.section === "home" ? `${SITE_NAME} — ${o.title}` : `${o.title} · ${SITE_NAME}`;
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${cspMeta()}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="color-scheme" content="light dark">
<title>${fullTitle}</title>
<meta name="description" content="${o.description}">
<link rel="canonical" href="${absoluteUrl(o.path)}">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
${(o.styles ?? []).map((s) => html`<link rel="stylesheet" href="${s}">\n`)}<link rel="alternate" type="application/atom+xml" title="${SITE_NAME}: new and updated profiles" href="/feed.xml">
${(o.scripts ?? []).map((s) => html`<script type="module" src="${s}"${o.scriptsBeforePaint ? html` blocking="render"` : ""}></script>\n`)}${o.head ?? ""}</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap header-inner">
<a class="brand" href="/"${o.section === "home" ? html` aria-current="page"` : ""}><span class="brand-mark" aria-hidden="true">✓</span> ${SITE_NAME}</a>
<nav aria-label="Main">
<ul class="nav-list">
${NAV.map((n) => html`<li><a href="${n.path}"${n.section === o.section ? html` aria-current="${n.path === o.path ? "page" : "true"}"` : ""}>${n.label}</a></li>\n`)}</ul>
</nav>
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
${o.body}
</main>
<footer class="site-footer">
<div class="wrap">
<p class="fiction-note"><strong>Sample data.</strong> Every profile on this site is fictional, invented to show how Shortlist works: the firms, freelancers, rates and evidence are not real, and their links use reserved <code>.example</code> addresses.</p>
<ul class="footer-links">
<li><a href="/methodology/">How scores work</a></li>
<li><a href="/contribute/">Add or correct a profile</a></li>
<li><a href="/api/profiles.json">Data (JSON)</a></li>
<li><a href="/api/profiles.csv">Data (CSV)</a></li>
<li><a href="/schemas/profile.schema.json">Profile schema</a></li>
<li><a href="/feed.xml">Feed of new and updated profiles</a></li>
<li><a href="${REPO_URL}">Source on GitHub</a></li>
</ul>
</div>
</footer>
</body>
</html>
`}`;
}
