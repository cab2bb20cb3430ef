/** / — what Shortlist is, how to read a score, entry points by engagement model, top profiles. */
import { html } from "../html.js";
import { profileRow } from "../render/components.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";
import { listingPath } from "../view/directory.js";
import { formatRange, PER_LABEL } from "../view/format.js";

export const data = { permalink: "/index.html", eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  const s = d.shortlist;
  const top = s.profiles.slice(0, 5);
  const body = html`<section class="hero" aria-labelledby="hero-h">
<h1 id="hero-h">Choose a Python partner on evidence, not keywords</h1>
<p class="lead">Hourly rates and résumé keywords do not predict whether a Python firm or freelancer will <em>deliver</em>: ship a system that runs for real users, on time, and can be maintained after hand-off. Shortlist records the six signals that do, with sourced evidence, scores them with a published rubric, and sets every rate against the 2026 market band.</p>
<p class="hero-actions"><a class="button" href="/profiles/">Browse ${s.profiles.length} profiles</a> <a class="button button-secondary" href="/compare/">Compare side by side</a></p>
</section>

<section aria-labelledby="read-h">
<h2 id="read-h">How to read a score</h2>
<div class="explain">
<div><h3>Delivery score, 0–100</h3><p>The weighted sum of six delivery signals — business-first discovery, maintained systems, testing, trade-off reasoning, modern Python practice and AI integration — plus the track record. Each signal scores 0–10 from rubric rules, and every point comes with a reason.</p></div>
<div><h3>Confidence</h3><p><strong>High</strong>, <strong>medium</strong> or <strong>low</strong>: how much of the score rests on evidence you can check (a public source, or verified by a maintainer) rather than on the firm's own word. Claims alone are capped.</p></div>
<div><h3>Rates against the market</h3><p>Published rates are converted to US dollars and placed below, within or above the 2026 band for their engagement model. Below is not a bargain by itself; above should be justified by the evidence.</p></div>
</div>
<p><a href="/methodology/">The full methodology</a>, generated from the same rubric the scores use.</p>
</section>

<section aria-labelledby="models-h">
<h2 id="models-h">Start from how you want to hire</h2>
<ul class="model-cards">
${s.engagementPages.map(
  (e) => html`<li class="model-card">
<h3><a href="${e.path}">${e.market.label}</a></h3>
<p>${e.market.description}</p>
<p class="muted">Market band: ${e.market.bands.map((b, i) => html`${i > 0 ? "; " : ""}${b.label} ${formatRange(b.min, b.max, "USD")} ${PER_LABEL[b.per]}`)}</p>
<p><a href="${listingPath("score", { facet: "model", value: e.model })}">${e.offerCount} profile${e.offerCount === 1 ? "" : "s"} offer it</a></p>
</li>`,
)}
</ul>
</section>

<section aria-labelledby="top-h">
<h2 id="top-h">Highest delivery scores</h2>
<ol class="rows">
${top.map((p) => profileRow(p))}
</ol>
<p><a href="/profiles/">See the whole directory</a> · <a href="/search/">Search profiles</a></p>
</section>

<section aria-labelledby="open-h">
<h2 id="open-h">Open data, open process</h2>
<p>Every profile is a Markdown file in a public repository, changed by pull request and checked by the same validator and scorer that build this site. Download everything as <a href="/api/profiles.json">JSON</a> or <a href="/api/profiles.csv">CSV</a>, follow <a href="/feed.xml">new and updated profiles</a>, or <a href="/contribute/">add one</a>.</p>
</section>`;
  return page({
    title: "Python firms and freelancers compared on evidence",
    description: "Compare Python development firms and freelancers on six delivery signals backed by sourced evidence, with rates set against 2026 market bands.",
    path: "/",
    section: "home",
    body,
  });
}
