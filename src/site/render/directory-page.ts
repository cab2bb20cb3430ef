/**
 * A directory page: /profiles/ and its static variants, one per sort × filter × page
 * (view/directory.ts builds their models). Works without JavaScript: the whole list under
 * every sort, every single filter by delivery score and each engagement model by its rate
 * are pages; directory.js adds any other filter under another sort and combined filters.
 *
 * Written by render/per-profile-files.ts like the profile pages, not by Eleventy: at 10,000
 * profiles there are ~2,000 of them, and Eleventy's per-page pipeline cost more than the
 * rendering (see BENCHMARKS.md).
 */
import { html, type SafeHtml } from "../html.js";
import { breadcrumbs, profileRow } from "./components.js";
import { page } from "./layout.js";
import { FACETS, listingPath, SORTS, type DirectoryPage } from "../view/directory.js";

function filterNav(l: DirectoryPage): SafeHtml {
  return html`<nav class="filters" aria-labelledby="filters-h" data-static-filters>
<h2 id="filters-h">Filter</h2>
${l.filter ? html`<p class="active-filter">Showing <strong>${l.filter.facetLabel}: ${l.filter.label}</strong>. <a href="${listingPath(l.sort)}">Show all profiles</a></p>` : ""}
${l.facets.map(
  (f) => html`<details class="facet"${l.filter?.facet === f.key || f.key === "model" ? html` open` : ""}>
<summary>${f.label}</summary>
<ul>${f.options.map((o) => {
    const current = l.filter?.facet === f.key && l.filter.value === o.value;
    return html`<li><a href="${listingPath("score", { facet: f.key, value: o.value })}"${current ? html` aria-current="page"` : ""}>${o.label}</a> <span class="count">(${o.count})</span></li>`;
  })}</ul>
</details>`,
)}
</nav>`;
}

/**
 * The enhanced form: `hidden` until directory.js takes over (it needs the JSON index), but
 * shown from the first paint where scripts run (site.css). Folded unless the page is a
 * filter's: on narrow screens it sits above the list, and directory.js unfolds it only beside
 * the list, so that the list does not move when the script starts.
 */
function comboForm(l: DirectoryPage): SafeHtml {
  return html`<form class="combo" id="directory-form" action="/profiles/" method="get" hidden data-sort="${l.sort}"${l.filter ? html` data-facet="${l.filter.facet}" data-value="${l.filter.value}"` : ""}>
<details class="combo-details"${l.filter ? html` open` : ""}>
<summary>Filter and sort</summary>
${l.facets.map(
  (f) => html`<div class="field"><label for="f-${f.key}">${FACETS.find((x) => x.key === f.key)!.label}</label>
<select id="f-${f.key}" name="${f.key}"><option value="">Any</option>${f.options.map((o) => html`<option value="${o.value}">${o.label} (${o.count})</option>`)}</select></div>`,
)}
<div class="field"><label for="f-sort">Sort by</label>
<select id="f-sort" name="sort">${SORTS.map((s) => html`<option value="${s.key}">${s.label}</option>`)}</select></div>
<div class="field field-actions"><button type="submit">Apply</button> <button type="reset">Clear</button></div>
</details>
</form>`;
}

export function renderDirectoryPage(l: DirectoryPage): string {
  const sortNote =
    l.sort === "rate" && l.filter?.facet === "model"
      ? `Lowest published ${l.filter.label.toLowerCase()} rate first, in US dollars; rates on request come last.`
      : SORTS.find((s) => s.key === l.sort)!.note;
  const from = l.total === 0 ? 0 : l.offset + 1;
  const to = l.offset + l.rows.length;
  const body = html`${l.filter || l.page > 1 || l.sort !== "score" ? breadcrumbs([{ label: "Directory", path: "/profiles/" }, { label: l.title }]) : ""}
<h1>${l.filter ? html`Python partners — ${l.filter.label}` : "Python development firms and freelancers"}</h1>
<p class="lead">Every profile scored on six delivery signals from sourced evidence, with rates set against 2026 market bands. <a href="/methodology/">How to read a score</a>.</p>
<div class="directory">
<div class="directory-side">
${comboForm(l)}
${filterNav(l)}
</div>
<div class="directory-main">
<nav class="sort" aria-label="Sort order" data-static-sort>
<span>Sort by</span>
<ul>${l.sortLinks.map((s) => html`<li><a href="${s.path}"${s.current ? html` aria-current="page"` : ""}>${s.label}${s.wholeList ? " (all profiles)" : ""}</a></li>`)}</ul>
</nav>
<h2 id="results-h" class="results-count">${l.total === 0 ? "No profiles" : l.pageCount > 1 ? `Profiles ${from}–${to} of ${l.total}` : `${l.total} profile${l.total === 1 ? "" : "s"}`}</h2>
<p class="muted small" id="sort-note">${sortNote}</p>
<ol class="rows" id="directory-rows" start="${from}">
${l.rows.map((r) => profileRow(r))}
</ol>
${l.pageCount > 1
  ? html`<nav class="pager" aria-label="Pages" data-static-pager>
${l.prevPath ? html`<a rel="prev" href="${l.prevPath}">← Previous</a>` : ""}
<span>Page ${l.page} of ${l.pageCount}</span>
${l.nextPath ? html`<a rel="next" href="${l.nextPath}">Next →</a>` : ""}
</nav>`
  : ""}
<div class="pager" id="client-pager" hidden></div>
</div>
</div>`;
  return page({
    title: l.filter ? `${l.title} — directory` : l.sort === "score" && l.page === 1 ? "Directory" : `Directory — ${l.title}, sorted by ${l.sort}`,
    description: "Python development firms and freelancers, ranked by delivery score and filterable by engagement model, kind, country, region and service.",
    path: l.path,
    section: "profiles",
    scripts: ["/assets/directory.js"],
    body,
  });
}
