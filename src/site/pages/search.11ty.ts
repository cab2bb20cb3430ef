/**
 * /search/ — full-text search over the profiles with Pagefind, filtered by engagement model,
 * kind, country and services, sorted by relevance or delivery score. search.js drives it;
 * the filter values are the ones each profile's search document carries in
 * data-pagefind-filter (render/search-document.ts).
 *
 * With no words and no filters the answer is every profile, highest delivery score first:
 * the page carries the first SEARCH_LIMIT of them as HTML, in the markup search.js gives a
 * result, so it shows them without loading the index (at 10,000 profiles Pagefind's code,
 * WebAssembly and metadata are ~220 KB, and listing everything kept a phone's main thread
 * busy for ~0.4 s). search.js opens the index once the visitor turns to the form.
 */
import { html, type SafeHtml } from "../html.js";
import { location, scorePill } from "../render/components.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";
import type { FacetKey } from "../view/directory.js";
import type { ProfileSummary } from "../view/summary.js";

/** Results a search shows (search.js's LIMIT): the blank search's are in the page. */
const SEARCH_LIMIT = 50;

/** A result as search.js builds it from Pagefind's data (its resultItem), without an excerpt. */
function resultRow(p: ProfileSummary): SafeHtml {
  return html`<li class="row" data-url="${p.path}"><article class="card"><div class="card-head"><h2 class="card-title"><a href="${p.path}">${p.name}</a></h2>${scorePill(p.score)}</div><p class="card-meta">${[p.kind === "firm" ? "Firm" : "Freelancer", location(p)].filter(Boolean).join(" · ")}</p>${p.summary ? html`<p class="card-summary">${p.summary}</p>` : ""}</article></li>`;
}

/** search.js's status line for `count` results. */
function resultsStatus(count: number): string {
  return `${count} profile${count === 1 ? "" : "s"} found${count > SEARCH_LIMIT ? `; showing the first ${SEARCH_LIMIT}` : ""}.`;
}

export const data = { permalink: "/search/index.html", eleventyExcludeFromCollections: true };

/** Directory facet → Pagefind filter name, for the four filters search offers. */
export const SEARCH_FILTERS: ReadonlyArray<{ facet: FacetKey; filter: string; legend: string; collapsed: boolean }> = [
  { facet: "model", filter: "model", legend: "Engagement model", collapsed: false },
  { facet: "kind", filter: "kind", legend: "Kind", collapsed: false },
  { facet: "country", filter: "country", legend: "Country", collapsed: true },
  { facet: "service", filter: "service", legend: "Services", collapsed: true },
];

export function render(d: TemplateData): string {
  const facets = d.shortlist.facets;
  const profiles = d.shortlist.profiles; // highest delivery score first: the blank search's order
  const body = html`<h1>Search profiles</h1>
<p class="lead">Search the profiles' text — services, stack, industries, evidence — and narrow by engagement model, kind, country and services. Leave the words empty to list everything that matches the filters.</p>
<noscript><p class="notice">Search runs in your browser and needs JavaScript. Without it, use the <a href="/profiles/">directory</a>, which has the same filters as plain links.</p></noscript>
<form id="search-form" class="search-form" role="search" action="/search/" method="get" aria-label="Profiles" data-search-indexes="${d.shortlist.searchIndexes.join(" ")}">
<div class="search-bar">
<label for="search-q">Search words</label>
<input id="search-q" name="q" type="search" autocomplete="off" spellcheck="false">
<label for="search-sort">Sort by</label>
<select id="search-sort" name="sort"><option value="">Best match</option><option value="score">Delivery score</option></select>
<button type="submit">Search</button>
</div>
<div class="search-filters">
${SEARCH_FILTERS.map(({ facet, filter, legend, collapsed }) => {
  const f = facets.find((x) => x.key === facet)!;
  const boxes = html`<fieldset><legend>${legend}</legend><ul class="checks">${f.options.map(
    (o) => html`<li><label><input type="checkbox" name="${filter}" value="${o.value}"> ${o.label} <span class="count">(${o.count})</span></label></li>`,
  )}</ul></fieldset>`;
  return collapsed ? html`<details class="facet"><summary>${legend}</summary>${boxes}</details>` : boxes;
})}
<p><button type="reset" class="button-secondary">Clear filters</button></p>
</div>
</form>
<p id="search-status" role="status" class="status">${resultsStatus(profiles.length)}</p>
<ol id="search-results" class="rows search-results" data-blank data-shown="" data-query="" data-count="${profiles.length}">
${profiles.slice(0, SEARCH_LIMIT).map(resultRow)}
</ol>`;
  return page({
    title: "Search",
    description: "Search Python development firms and freelancers by what they do, filtered by engagement model, kind, country and services.",
    path: "/search/",
    section: "search",
    scripts: ["/assets/search.js"],
    body,
  });
}
