/** /engagement/<model>/ — what the model is, its market band, who offers it and how their rates spread. */
import { html } from "../html.js";
import { breadcrumbs, location, scorePill } from "../render/components.js";
import { distributionChart, rangeBar } from "../render/charts.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";
import { listingPath } from "../view/directory.js";
import type { EngagementPageModel } from "../view/engagement.js";
import { formatMoney, formatRange, formatRate, formatScore, formatUsdShort, PER_LABEL, POSITION_LABEL } from "../view/format.js";

export const data = {
  pagination: { data: "shortlist.engagementPages", size: 1, alias: "model", addAllPagesToCollections: false },
  permalink: (d: { model: EngagementPageModel }) => `${d.model.path}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render(d: TemplateData & { model: EngagementPageModel }): string {
  const e = d.model;
  const m = e.market;
  const per = PER_LABEL[m.per];
  const priced = e.offers.filter((o) => o.model.usd);
  const summary = priced.length
    ? `${priced.length} published rate${priced.length === 1 ? "" : "s"} from ${formatMoney(e.minUsd!, "USD")} to ${formatMoney(e.maxUsd!, "USD")} ${per}; median midpoint ${formatMoney(e.medianUsd!, "USD")}. ${e.positions.within} within, ${e.positions.below} below and ${e.positions.above} above the market band (${m.bands.map((b) => `${b.label} ${formatRange(b.min, b.max, "USD")}`).join("; ")}).`
    : "No published rates yet.";
  const body = html`${breadcrumbs([{ label: "Engagement models", path: "/engagement/" }, { label: m.label }])}
<h1>${m.label}</h1>
<p class="lead">${m.description}</p>
${m.notes.map((n) => html`<p>${n}</p>`)}

<section aria-labelledby="band-h">
<h2 id="band-h">Market band</h2>
<table class="data">
<caption>2026 market band in US dollars, ${per}</caption>
<thead><tr><th scope="col">Band</th><th scope="col">From</th><th scope="col">To</th></tr></thead>
<tbody>${m.bands.map((b) => html`<tr><th scope="row">${b.label}</th><td>${formatMoney(b.min, "USD")}</td><td>${formatMoney(b.max, "USD")}</td></tr>`)}</tbody>
</table>
<p class="muted small">Source: ${d.shortlist.market.source} (as of ${d.shortlist.market.as_of}). Rates in other currencies are converted with the <a href="/methodology/#currencies">currency table</a>. AI specialists usually price at the top of the band.</p>
</section>

<section aria-labelledby="dist-h">
<h2 id="dist-h">Rate distribution</h2>
<p>${summary}</p>
${priced.length
  ? html`<figure class="chart">
${distributionChart(`dist-${e.model}`, priced.map((o) => o.model.usd!), m.bands, e.scale, summary)}
<figcaption><span class="axis-labels"><span>${formatUsdShort(e.scale.min)}</span><span>${formatUsdShort(e.scale.max)}</span></span><span class="legend"><span class="key key-band"></span> market band <span class="key key-rate"></span> one profile's published range (USD ${per}), cheapest first; the table below has the figures.</span></figcaption>
</figure>`
  : ""}
</section>

<section aria-labelledby="who-h">
<h2 id="who-h">Who offers it (${e.offers.length})</h2>
${e.offers.length === 0
  ? html`<p>No profile offers this model yet.</p>`
  : html`<section class="table-scroll" aria-label="Table of offers" tabindex="0">
<table class="data offers">
<thead><tr><th scope="col">Profile</th><th scope="col">Delivery score</th><th scope="col">Published rate</th><th scope="col">In US dollars</th><th scope="col" class="col-bar">On the scale ${formatUsdShort(e.scale.min)}–${formatUsdShort(e.scale.max)}</th><th scope="col">Against the band</th><th scope="col">Engagement score</th></tr></thead>
<tbody>${e.offers.map(
      (o) => html`<tr><th scope="row"><a href="${o.profile.path}">${o.profile.name}</a><br><span class="muted small">${o.profile.kind === "firm" ? "Firm" : "Freelancer"}, ${location(o.profile)}</span></th><td>${scorePill(o.profile.score)}</td><td>${o.model.rate ? formatRate(o.model.rate) : "On request"}</td><td>${o.model.usd ? formatRange(o.model.usd.min, o.model.usd.max, "USD") : "—"}</td><td class="col-bar">${rangeBar(o.model.usd, o.model.band ? [o.model.band] : m.bands, e.scale)}</td><td>${o.model.position ? POSITION_LABEL[o.model.position].replace(" the market band", "") : "—"}${o.model.band && m.bands.length > 1 ? html`<br><span class="muted small">${o.model.band.label}</span>` : ""}</td><td>${formatScore(o.model.score)}</td></tr>`,
    )}</tbody>
</table>
</section>
<p><a href="${listingPath("score", { facet: "model", value: e.model })}">These profiles in the directory</a> · <a href="/profiles/?model=${e.model}&amp;sort=rate">sorted by rate</a></p>`}
</section>`;
  return page({
    title: `${m.label} — market band and who offers it`,
    description: `${m.label}: ${m.description} The 2026 market band and the Python firms and freelancers who offer it.`,
    path: e.path,
    section: "engagement",
    body,
  });
}
