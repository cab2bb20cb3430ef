/** /methodology/ — generated from the rubric and market data that the scorer uses. */
import { html } from "../html.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";
import { formatDate, formatMoney, formatRange, PER_LABEL } from "../view/format.js";
import { formatPoints } from "../view/numbers.js";

export const data = { permalink: "/methodology/index.html", eleventyExcludeFromCollections: true };

const pct = (share: number) => `${Math.round(share * 100)}%`;

export function render(d: TemplateData): string {
  const m = d.shortlist.methodology;
  const body = html`<h1>How Shortlist scores a profile</h1>
<p class="lead">${m.summary}</p>
<p class="muted">Generated from rubric version <strong>${m.version}</strong> (effective ${formatDate(m.effective)}) — the same data the scorer reads, so this page and the scores cannot disagree. Changing a number is a pull request to <code>content/reference/rubric.yaml</code>.</p>
<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h" class="toc-title">On this page</h2><ul>
<li><a href="#weights">Weights</a></li>
<li><a href="#evidence">Evidence levels and age</a></li>
<li><a href="#cap">The claims cap</a></li>
<li><a href="#confidence">Confidence</a></li>
<li><a href="#rules">Rules, section by section</a></li>
<li><a href="#engagement">Engagement scores</a></li>
<li><a href="#market">Market bands</a></li>
<li><a href="#currencies">Currency conversion</a></li>
<li><a href="#warnings">Warnings</a></li>
</ul></nav>

<section aria-labelledby="weights">
<h2 id="weights">Weights</h2>
<p>Every section scores 0 to 10. A section at 10 contributes its full weight to the 100-point delivery score; at 5, half of it.</p>
<table class="data">
<caption>Weight of each section in the delivery score</caption>
<thead><tr><th scope="col">Section</th><th scope="col" class="num">Weight</th></tr></thead>
<tbody>${m.sections.map((s) => html`<tr><th scope="row"><a href="#section-${s.id}">${s.label}</a></th><td class="num">${s.weight}</td></tr>`)}</tbody>
<tfoot><tr><th scope="row">Total</th><td class="num">${m.totalWeight}</td></tr></tfoot>
</table>
</section>

<section aria-labelledby="evidence">
<h2 id="evidence">Evidence levels and age</h2>
<p>${m.evidence.explanation}</p>
<table class="data">
<caption>Worth of one fresh evidence item</caption>
<thead><tr><th scope="col">Level</th><th scope="col" class="num">Worth</th><th scope="col">Meaning</th></tr></thead>
<tbody>${m.evidence.levels.map((l) => html`<tr><th scope="row">${l.level[0]!.toUpperCase()}${l.level.slice(1)}</th><td class="num">${formatPoints(l.worth)}</td><td>${l.explanation}</td></tr>`)}</tbody>
</table>
<p>Age: full worth for ${m.evidence.fullWorthMonths} months, then falling linearly to ${pct(m.evidence.floor)} at ${m.evidence.floorMonths} months, and staying there.</p>
</section>

<section aria-labelledby="cap">
<h2 id="cap">The claims cap</h2>
<p>${m.claimsCap.explanation}</p>
</section>

<section aria-labelledby="confidence">
<h2 id="confidence">Confidence</h2>
<p>${m.confidence.explanation}</p>
<ul><li><strong>High</strong>: ${pct(m.confidence.high)} or more of the score backed by sourced or verified evidence.</li><li><strong>Medium</strong>: from ${pct(m.confidence.medium)}.</li><li><strong>Low</strong>: below ${pct(m.confidence.medium)}.</li></ul>
</section>

<section aria-labelledby="rules">
<h2 id="rules">Rules, section by section</h2>
<p>Each rule that fires shows on the profile page with its points, its reason and the evidence it used. Rules may together offer more than 10, so there is more than one way to a full score; points above 10 are not counted.</p>
${m.sections.map(
  (s) => html`<section aria-labelledby="section-${s.id}" class="rubric-section">
<h3 id="section-${s.id}">${s.label} <span class="muted">— weight ${s.weight}</span></h3>
<p>${s.explanation}</p>
<section class="table-scroll" aria-label="Rules for ${s.label.toLowerCase()}" tabindex="0">
<table class="data rules">
<thead><tr><th scope="col">Rule</th><th scope="col">How it earns points</th><th scope="col" class="num">Up to</th></tr></thead>
<tbody>${s.rules.map((r) => html`<tr><td><code>${r.id}</code></td><td>${r.how}${r.explanation ? html`<br><span class="muted">${r.explanation}</span>` : ""}</td><td class="num">${formatPoints(r.upTo)}</td></tr>`)}</tbody>
<tfoot><tr><th scope="row" colspan="2">Available (capped at 10)</th><td class="num">${formatPoints(s.available)}</td></tr></tfoot>
</table>
</section>
</section>`,
)}
</section>

<section aria-labelledby="engagement">
<h2 id="engagement">Engagement scores</h2>
<p>${m.engagement.explanation}</p>
<table class="data rules">
<caption>Points out of 100 for each engagement model offered (only one band rule applies)</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">When it applies</th><th scope="col" class="num">Points</th></tr></thead>
<tbody>${m.engagement.rules.map((r) => html`<tr><td><code>${r.id}</code></td><td>${r.when}</td><td class="num">${formatPoints(r.points)}</td></tr>`)}</tbody>
</table>
</section>

<section aria-labelledby="market">
<h2 id="market">Market bands</h2>
<p>${m.market.explanation}</p>
<table class="data">
<caption>${m.market.year} market bands in US dollars</caption>
<thead><tr><th scope="col">Model</th><th scope="col">Band</th><th scope="col">Range</th></tr></thead>
<tbody>${m.market.models.flatMap((mm) => mm.bands.map((b) => html`<tr><th scope="row"><a href="/engagement/${mm.model}/">${mm.label}</a></th><td>${b.label}</td><td>${formatRange(b.min, b.max, "USD")} ${PER_LABEL[b.per]}</td></tr>`))}</tbody>
</table>
<p>Hourly work counts as onshore (US or European band) when the profile says so, or when it does not say and the headquarters is in one of: ${m.market.onshoreCountries.join(", ")}. Everywhere else counts as offshore.</p>
<p class="muted small">Source: ${m.market.source}; bands checked ${formatDate(m.market.as_of)}.</p>
</section>

<section aria-labelledby="currencies">
<h2 id="currencies">Currency conversion</h2>
<p>Rates are converted to US dollars with this table, dated ${formatDate(m.currencies.asOf)}.</p>
<section class="table-scroll" aria-label="Currency table" tabindex="0">
<table class="data compact-table">
<thead><tr><th scope="col">Code</th><th scope="col">Currency</th><th scope="col" class="num">US dollars per unit</th><th scope="col" class="num">1,000 units in US dollars</th></tr></thead>
<tbody>${m.currencies.rows.map((c) => html`<tr><td>${c.code}</td><td>${c.name}</td><td class="num">${c.usdPerUnit}</td><td class="num">${formatMoney(c.usdPerUnit * 1000, "USD")}</td></tr>`)}</tbody>
</table>
</section>
</section>

<section aria-labelledby="warnings">
<h2 id="warnings">Warnings</h2>
<p>Warnings do not change a score; they tell a buyer what to check. A profile page lists the ones that apply.</p>
<ul>${m.warnings.map((w) => html`<li><strong>${w.label}</strong>: ${w.text}</li>`)}</ul>
</section>`;
  return page({ title: "Methodology", description: "How Shortlist turns evidence into delivery scores, confidence and engagement scores, generated from the rubric data.", path: "/methodology/", section: "methodology", body });
}
