/**
 * /engagement/<model>/ — what the model is, its market band, how the published rates spread
 * against it (a histogram and its table), and the offers with the best engagement scores. The
 * page has the same size at any number of profiles; the directory, filtered by the model,
 * lists every offer.
 */
import { html, type SafeHtml } from "../html.js";
import { breadcrumbs, location, scorePill } from "../render/components.js";
import { histogramChart, rangeBar } from "../render/charts.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";
import { listingPath } from "../view/directory.js";
import type { EngagementPageModel, Offer, RateBin } from "../view/engagement.js";
import { formatMoney, formatRange, formatRate, formatScore, formatUsdShort, PER_LABEL, POSITION_LABEL } from "../view/format.js";

export const data = {
  pagination: { data: "shortlist.engagementPages", size: 1, alias: "model", addAllPagesToCollections: false },
  permalink: (d: { model: EngagementPageModel }) => `${d.model.path}index.html`,
  eleventyExcludeFromCollections: true,
};

/** 5024 → "5,024". */
const count = (n: number) => n.toLocaleString("en-US");
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

function bracketLabel(b: RateBin, last: boolean): string {
  return last ? `${formatMoney(b.from, "USD")} to ${formatMoney(b.to, "USD")}` : `${formatMoney(b.from, "USD")} to under ${formatMoney(b.to, "USD")}`;
}

function spread(e: EngagementPageModel, summary: string): SafeHtml {
  const m = e.market;
  const per = PER_LABEL[m.per];
  if (e.histogram.length === 0) return html`<p>${summary}</p>`;
  const share = (n: number) => `${Math.round((n / e.published) * 100)}%`;
  return html`<p>${summary}</p>
<figure class="chart">
${histogramChart(`hist-${e.model}`, e.histogram, m.bands, e.scale, summary)}
<figcaption><span class="axis-labels"><span>${formatUsdShort(e.scale.min)}</span><span>${formatUsdShort(e.scale.max)}</span></span><span class="legend"><span class="key key-band"></span> market band <span class="key key-rate"></span> profiles whose published range (USD ${per}) has its midpoint in the bracket; the taller the bar, the more profiles. The table below has the figures.</span></figcaption>
</figure>
<section class="table-scroll" aria-label="Published rates by bracket" tabindex="0">
<table class="data">
<caption>Published rates by bracket of their midpoint, in US dollars ${per}</caption>
<thead><tr><th scope="col">Midpoint</th><th scope="col">Profiles</th><th scope="col">Share</th><th scope="col">Below the band</th><th scope="col">Within the band</th><th scope="col">Above the band</th></tr></thead>
<tbody>${e.histogram.map(
    (b, i) => html`<tr><th scope="row">${bracketLabel(b, i === e.histogram.length - 1)}</th><td>${count(b.count)}</td><td>${share(b.count)}</td><td>${count(b.below)}</td><td>${count(b.within)}</td><td>${count(b.above)}</td></tr>`,
  )}</tbody>
</table>
</section>`;
}

function compareLink(offers: readonly Offer[]): string {
  return `/compare/?p=${offers.map((o) => o.profile.slug).join(",")}`;
}

function topOffers(e: EngagementPageModel): SafeHtml {
  const m = e.market;
  const directory = listingPath("score", { facet: "model", value: e.model });
  if (e.offerCount === 0) return html`<p>No profile offers this model yet.</p>`;
  const all = e.top.length === e.offerCount;
  return html`<p>The engagement score (0–100) says how easy an offer is to budget and to judge: a published rate, where it sits against the band, a narrow range, a paid trial, a short minimum term and notes on the terms (<a href="/methodology/#engagement">how it is scored</a>). Ties go to the higher delivery score.${all ? "" : html` <a href="${directory}">All ${plural(e.offerCount, "profile")} that offer it</a> are in the directory.`}</p>
<section class="table-scroll" aria-label="Table of offers" tabindex="0">
<table class="data offers">
<caption>${all ? `Every ${m.label.toLowerCase()} offer, highest engagement score first` : `The ${e.top.length} ${m.label.toLowerCase()} offers with the highest engagement scores, of ${count(e.offerCount)}`}</caption>
<thead><tr><th scope="col">Profile</th><th scope="col">Engagement score</th><th scope="col">Delivery score</th><th scope="col">Published rate</th><th scope="col">In US dollars</th><th scope="col" class="col-bar">On the scale ${formatUsdShort(e.scale.min)}–${formatUsdShort(e.scale.max)}</th><th scope="col">Against the band</th></tr></thead>
<tbody>${e.top.map(
    (o) => html`<tr><th scope="row"><a href="${o.profile.path}">${o.profile.name}</a><br><span class="muted small">${o.profile.kind === "firm" ? "Firm" : "Freelancer"}, ${location(o.profile)}</span></th><td>${formatScore(o.model.score)}</td><td>${scorePill(o.profile.score)}</td><td>${o.model.rate ? formatRate(o.model.rate) : "On request"}</td><td>${o.model.usd ? formatRange(o.model.usd.min, o.model.usd.max, "USD") : "—"}</td><td class="col-bar">${rangeBar(o.model.usd, o.model.band ? [o.model.band] : m.bands, e.scale)}</td><td>${o.model.position ? POSITION_LABEL[o.model.position].replace(" the market band", "") : "—"}${o.model.band && m.bands.length > 1 ? html`<br><span class="muted small">${o.model.band.label}</span>` : ""}</td></tr>`,
  )}</tbody>
</table>
</section>
<p><a href="${directory}">${all ? "These profiles" : `All ${plural(e.offerCount, "profile")}`} in the directory, by delivery score</a> · <a href="${listingPath("rate", { facet: "model", value: e.model })}">cheapest first</a>${
    e.top.length >= 2 ? html` · <a href="${compareLink(e.top.slice(0, 4))}">compare the first ${Math.min(4, e.top.length)} side by side</a>` : ""
  }</p>`;
}

export function render(d: TemplateData & { model: EngagementPageModel }): string {
  const e = d.model;
  const m = e.market;
  const per = PER_LABEL[m.per];
  const summary = e.published
    ? `${plural(e.published, "published rate")} from ${formatMoney(e.minUsd!, "USD")} to ${formatMoney(e.maxUsd!, "USD")} ${per}; median midpoint ${formatMoney(e.medianUsd!, "USD")}. ${count(e.positions.within)} within, ${count(e.positions.below)} below and ${count(e.positions.above)} above the market band (${m.bands.map((b) => `${b.label} ${formatRange(b.min, b.max, "USD")}`).join("; ")}).${e.onRequest ? ` ${plural(e.onRequest, "more profile")} quote${e.onRequest === 1 ? "s" : ""} on request.` : ""}`
    : e.offerCount
      ? `No published rates yet: ${plural(e.offerCount, "profile")} quote${e.offerCount === 1 ? "s" : ""} on request.`
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
<h2 id="dist-h">Published rates against the band</h2>
${spread(e, summary)}
</section>

<section aria-labelledby="who-h">
<h2 id="who-h">${e.offerCount > e.top.length ? `Best engagement scores (top ${e.top.length} of ${count(e.offerCount)})` : `Who offers it (${e.offerCount})`}</h2>
${topOffers(e)}
</section>`;
  return page({
    title: `${m.label} — market band and who offers it`,
    description: `${m.label}: ${m.description} The 2026 market band, how published rates compare with it, and the Python firms and freelancers with the best offers.`,
    path: e.path,
    section: "engagement",
    body,
  });
}
