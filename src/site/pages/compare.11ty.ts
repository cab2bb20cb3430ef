/**
 * /compare/?p=a,b,c — the choice lives in the URL. compare.js fetches only the chosen
 * profiles' /api/profiles/<slug>.json and builds the side-by-side table; its picker finds
 * more profiles through the search index, fetched in pieces as the visitor types. The page
 * itself stays small at any number of profiles: it lists a few ready-made comparisons
 * (the best overall, by kind and by engagement model), which also work as plain links.
 */
import { html } from "../html.js";
import { scorePill } from "../render/components.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";
import type { ProfileSummary } from "../view/summary.js";

export const data = { permalink: "/compare/index.html", eleventyExcludeFromCollections: true };

/** Profiles in a comparison (and in each ready-made one). */
const MAX = 4;

interface Suggestion {
  title: string;
  profiles: readonly ProfileSummary[];
}

function compareHref(profiles: readonly ProfileSummary[]): string {
  return `/compare/?p=${profiles.map((p) => p.slug).join(",")}`;
}

function suggestions(d: TemplateData): Suggestion[] {
  const s = d.shortlist;
  const best = (keep: (p: ProfileSummary) => boolean) => {
    const out: ProfileSummary[] = [];
    for (const p of s.profiles) if (out.length < MAX && keep(p)) out.push(p); // profiles: highest delivery score first
    return out;
  };
  return [
    { title: "Highest delivery scores", profiles: best(() => true) },
    { title: "Highest-scoring firms", profiles: best((p) => p.kind === "firm") },
    { title: "Highest-scoring freelancers", profiles: best((p) => p.kind === "freelancer") },
    ...s.engagementPages.map((e) => ({ title: `${e.market.label}: best offers`, profiles: e.top.slice(0, MAX).map((o) => o.profile) })),
  ].filter((x) => x.profiles.length >= 2);
}

export function render(d: TemplateData): string {
  const ready = suggestions(d);
  const example = ready[0]?.profiles.slice(0, 2) ?? [];
  const body = html`<h1>Compare profiles side by side</h1>
<p class="lead">Put two to four profiles next to each other: delivery score and confidence, each signal with its reasons, rates against the market band, paid trial and the things to check. The choice is kept in the address${example.length === 2 ? html` (for example <code>${compareHref(example)}</code>)` : ""}, so you can bookmark or share a comparison.</p>
<noscript><p class="notice">The comparison table is built in your browser and needs JavaScript. Without it, open the profiles below one by one, or download <a href="/api/profiles.csv">all profiles as CSV</a> to compare them in a spreadsheet.</p></noscript>
<p id="compare-status" role="status" class="status"></p>
<div id="compare-result" class="compare-result" data-models="${JSON.stringify(Object.fromEntries(d.shortlist.modelLabels))}"></div>

<section id="compare-picker" aria-labelledby="picker-h" data-search-indexes="${d.shortlist.searchIndexes.join(" ")}" hidden>
<h2 id="picker-h">Choose the profiles</h2>
<h3>In the comparison</h3>
<ul id="compare-chosen" class="rows"></ul>
<form id="compare-form" class="search-form" role="search" action="/compare/" method="get" aria-label="Find profiles to compare">
<div class="search-bar">
<label for="compare-q">Find a profile</label>
<input id="compare-q" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="compare-q-hint" aria-controls="compare-matches">
<button type="submit">Find</button>
</div>
<p id="compare-q-hint" class="muted small">By name, or by what they do (for example “Django” or “RAG”). Add up to ${MAX}.</p>
</form>
<p id="compare-found" role="status" class="status"></p>
<ul id="compare-matches" class="rows"></ul>
</section>

<section aria-labelledby="ready-h">
<h2 id="ready-h">Ready-made comparisons</h2>
<ul class="model-cards">
${ready.map(
  (r) => html`<li class="model-card">
<h3>${r.title}</h3>
<ol>${r.profiles.map((p) => html`<li><a href="${p.path}">${p.name}</a> ${scorePill(p.score)}</li>`)}</ol>
<p><a href="${compareHref(r.profiles)}">Compare side by side<span class="visually-hidden">: ${r.title.toLowerCase()}</span></a></p>
</li>`,
)}
</ul>
<p>Every profile is also in the <a href="/profiles/">directory</a> and in <a href="/search/">search</a>; each <a href="/engagement/">engagement model</a> page lists its best offers.</p>
</section>`;
  return page({
    title: "Compare",
    description: "Compare two to four Python development firms and freelancers side by side: delivery scores, signals, reasons and rates.",
    path: "/compare/",
    section: "compare",
    scripts: ["/assets/compare.js"],
    // A shared comparison (?p=…) appears above the picker: compare.js keeps room for it from the first paint.
    scriptsBeforePaint: true,
    body,
  });
}
