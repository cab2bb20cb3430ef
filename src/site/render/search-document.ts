/**
 * The search document of one profile: a small HTML page, never published, that holds
 * exactly what the Pagefind index should know about the profile — the words a buyer
 * searches for, the filters, the sort key and the meta shown in a result, among them the URL
 * of the real profile page (the `url` meta, which search results link to).
 *
 * Why not index the profile page itself: the page is 27–37 KB of HTML, most of it scores,
 * reasons, charts and tables that search must ignore, and it exists only once the render has
 * reached it. These documents (~3 KB) are written straight after the view models, so Pagefind
 * indexes them in its own processes while the site renders, and it parses a tenth of the
 * HTML. What is searchable is decided here, in one place.
 */
import { html, type SafeHtml } from "../html.js";
import { formatScore } from "../view/format.js";
import type { Fact, ProfilePageModel } from "../view/profile.js";
import { rankSortKey } from "../search-shards.js";
import { location } from "./components.js";


/**
 * The profile facts worth searching for by word. The others are in the meta line (kind,
 * headquarters), are search filters, or are numbers that would only add noise (founded, team
 * size, minimum project) — and every indexed word costs indexing time.
 */
const SEARCHED_PROFILE_FACTS = new Set(["Regions served", "Working languages", "Services", "Industries", "Client sizes", "Certifications"]);
/** Signal facts that are counts or percentages rather than words. */
const NUMERIC_SIGNAL_FACTS = new Set(["Longest-maintained system", "Systems in maintenance today", "Coverage target"]);

/** Fact values only, one paragraph each (Pagefind separates paragraphs): the labels are the same words on every profile. */
function factValues(items: readonly Fact[], keep: (f: Fact) => boolean): SafeHtml {
  return html`${items.filter(keep).map((f) => html`<p>${f.text}</p>`)}`;
}

/**
 * Filters (exact facets), the sort key and the meta a search result shows. Never indexed as
 * words. The sort key is the profile's rank (0 = highest delivery score, ties by name): it
 * orders results like the directory, and tells the browser where each result of a shard
 * falls in the merged order (search-shards.ts).
 */
function searchData(m: ProfilePageModel, rank: number): SafeHtml {
  const s = m.summary;
  const filters: Array<[string, string]> = [
    ...s.models.map((x): [string, string] => ["model", x.model]),
    ["kind", s.kind],
    ["country", s.country.id],
    ...s.services.map((x): [string, string] => ["service", x.id]),
  ];
  return html`<div hidden data-pagefind-ignore>${filters.map(([k, v]) => html`<span data-pagefind-filter="${k}">${v}</span>`)}<span data-pagefind-sort="rank">${rankSortKey(rank)}</span><span data-pagefind-meta="score">${formatScore(s.score)}</span><span data-pagefind-meta="kind">${s.kind === "firm" ? "Firm" : "Freelancer"}</span><span data-pagefind-meta="location">${location(s)}</span><span data-pagefind-meta="summary">${s.summary}</span><span data-pagefind-meta="url">${s.path}</span></div>`;
}

/** The host of a website URL, as the profile page shows it. */
function host(website: string): string {
  return URL.canParse(website) ? new URL(website).host : website;
}

/**
 * Searchable: name, kind, location, website host, summary, services, industries, regions,
 * languages, client sizes, certifications and stack, each signal's statement and practices,
 * evidence titles, and the Markdown body. Not searchable: scores, reasons, rates, charts,
 * disclosure, headings and labels — derived or boilerplate text that would make every profile
 * match every query, and that Pagefind would index 10,000 times over.
 */
export function searchDocument(m: ProfilePageModel, rank: number): string {
  const s = m.summary;
  return html`<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${s.name}</title></head>
<body>
<main data-pagefind-body>
<h1>${s.name}</h1>
<p>${s.kind === "firm" ? "Firm" : "Freelancer"} · ${location(s)} · ${host(s.website)}</p>
<p>${s.summary}</p>
${factValues(m.facts, (f) => SEARCHED_PROFILE_FACTS.has(f.label))}
<p>${m.stack.map((t) => t.label).join(", ")}</p>
${m.signals.map((x) => html`${x.statement ? html`<p>${x.statement}</p>` : ""}${factValues(x.facts, (f) => !NUMERIC_SIGNAL_FACTS.has(f.label))}`)}
${m.evidence.length ? html`<ul>${m.evidence.map((e) => html`<li>${e.title}</li>`)}</ul>` : ""}
${m.bodyHtml}
${searchData(m, rank)}
</main>
</body>
</html>
`.value;
}
