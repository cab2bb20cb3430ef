/**
 * /profiles/<slug>/ — one profile: score and why, evidence, rates against the market,
 * disclosure. Written by render/per-profile-files.ts, not by Eleventy (see there why).
 */
import { html, jsonForScript, type SafeHtml } from "../html.js";
import { breadcrumbs, confidenceTag, externalLink, fictionalBadge, formatPoints, levelTag, location, reasonList, scorePill } from "./components.js";
import { rateVsBand, scoreBar } from "./charts.js";
import { page } from "./layout.js";
import { facetSlug } from "../view/directory.js";
import { engagementPath } from "../view/engagement.js";
import { formatDate, formatPercent, formatRate, formatScore, POSITION_LABEL } from "../view/format.js";
import type { Fact, ProfilePageModel } from "../view/profile.js";

/** Labelled facts; long values (lists) take a whole row. */
function facts(items: readonly Fact[], extra = ""): SafeHtml {
  return html`<dl class="facts${extra}">${items.map((f) => html`<div${f.text.length > 44 ? html` class="wide"` : ""}><dt>${f.label}</dt><dd>${f.text}</dd></div>`)}</dl>`;
}

function signalSection(m: ProfilePageModel): SafeHtml {
  return html`<section aria-labelledby="signals-h">
<h2 id="signals-h">Delivery signals</h2>
<p class="lead-in">Each signal scores 0–10 from the rubric; the delivery score is their weighted sum. Evidence counts for more when sourced or verified and for less as it ages. <a href="/methodology/">How scoring works</a>.</p>
<ol class="signals">
${m.signals.map(
  (s) => html`<li class="signal" id="signal-${s.id}">
<div class="signal-head"><h3>${s.label}</h3><span class="signal-score"><strong>${formatScore(s.score)}</strong> / ${s.max}</span></div>
${scoreBar(s.score, s.max)}
<p class="signal-weight muted">Weight ${s.weight} of 100 · ${s.evidenceCount} evidence item${s.evidenceCount === 1 ? "" : "s"}</p>
${s.statement ? html`<blockquote class="statement"><p>${s.statement}</p><footer class="muted">— in their own words (a claim, not evidence)</footer></blockquote>` : ""}
${s.facts.length ? facts(s.facts, " compact") : ""}
<details class="why" open><summary>Why ${formatScore(s.score)}: ${s.reasons.length} reason${s.reasons.length === 1 ? "" : "s"}</summary>${reasonList(s.reasons, "Nothing recorded for this signal, so it scores zero.")}</details>
</li>`,
)}</ol>
</section>`;
}

function trackRecordSection(m: ProfilePageModel): SafeHtml {
  const t = m.trackRecord;
  return html`<section aria-labelledby="track-h">
<h2 id="track-h">Track record</h2>
<div class="signal-head"><p class="muted">Scored like a signal · weight ${t.weight} of 100</p><span class="signal-score"><strong>${formatScore(t.score)}</strong> / ${t.max}</span></div>
${scoreBar(t.score, t.max)}
${t.facts.length ? facts(t.facts) : ""}
${t.references.length
  ? html`<table class="data">
<caption>Client references</caption>
<thead><tr><th scope="col">Role</th><th scope="col">Organisation</th><th scope="col">Years together</th><th scope="col">Contactable</th></tr></thead>
<tbody>${t.references.map((r) => html`<tr><td>${r.role}</td><td>${r.organisation}</td><td>${r.years_working_together ?? "—"}</td><td>${r.contactable ? "Yes" : "No"}</td></tr>`)}</tbody>
</table>`
  : ""}
<details class="why" open><summary>Why ${formatScore(t.score)}: ${t.reasons.length} reason${t.reasons.length === 1 ? "" : "s"}</summary>${reasonList(t.reasons, "Nothing recorded, so the track record scores zero.")}</details>
</section>`;
}

function evidenceSection(m: ProfilePageModel): SafeHtml {
  return html`<section aria-labelledby="evidence-h">
<h2 id="evidence-h">Evidence</h2>
${m.evidence.length === 0
  ? html`<p>No evidence recorded.</p>`
  : html`<p class="lead-in"><strong>Claimed</strong>: their word only. <strong>Sourced</strong>: a public source you can read. <strong>Verified</strong>: a maintainer checked it.</p>
<section class="table-scroll" aria-label="Evidence table" tabindex="0">
<table class="data evidence">
<thead><tr><th scope="col">Evidence</th><th scope="col">Signal</th><th scope="col">Level</th><th scope="col">Date</th></tr></thead>
<tbody>${m.evidence.map(
      (e) => html`<tr><td>${externalLink(e.url, e.title)}<br><span class="muted">${e.kind}</span></td><td>${e.signal}</td><td>${levelTag(e.level)}${e.verifiedOn ? html`<br><span class="muted">checked ${formatDate(e.verifiedOn)}</span>` : ""}</td><td class="nowrap"><time datetime="${e.date}">${formatDate(e.date)}</time></td></tr>`,
    )}</tbody>
</table>
</section>`}
</section>`;
}

function engagementSection(m: ProfilePageModel): SafeHtml {
  return html`<section aria-labelledby="engagement-h">
<h2 id="engagement-h">Engagement models and rates</h2>
<div class="models">
${m.engagement.map(
  (e) => html`<article class="model" aria-labelledby="model-${e.model}-h">
<h3 id="model-${e.model}-h"><a href="${engagementPath(e.model)}">${e.label}</a></h3>
<p class="rate">${e.rate ? formatRate(e.rate) : "Rate on request"}${e.rate && e.usd && e.rate.currency !== "USD" ? html` <span class="muted">(about ${formatRate({ ...e.usd, currency: "USD" })})</span>` : ""}</p>
${e.usd && e.band ? rateVsBand(`chart-${e.model}`, e.usd, [e.band], e.position) : ""}
${e.position ? html`<p class="position"><strong>${POSITION_LABEL[e.position][0]!.toUpperCase()}${POSITION_LABEL[e.position].slice(1)}</strong>${e.band ? html` <span class="muted">(${e.band.label})</span>` : ""}</p>` : ""}
<dl class="facts compact">
${e.minimumTermMonths !== undefined ? html`<div><dt>Minimum term</dt><dd>${e.minimumTermMonths === 0 ? "None" : `${e.minimumTermMonths} month${e.minimumTermMonths === 1 ? "" : "s"}`}</dd></div>` : ""}
${e.delivery ? html`<div><dt>Engineers work</dt><dd>${e.delivery === "onshore" ? "Onshore (US or Europe)" : "Offshore"}</dd></div>` : ""}
<div><dt>Engagement score</dt><dd>${Math.round(e.score)} / 100</dd></div>
</dl>
${e.notes ? html`<p class="notes">${e.notes}</p>` : ""}
${e.reasons.length ? html`<details class="why"><summary>Why ${formatScore(e.score)}</summary>${reasonList(e.reasons)}</details>` : ""}
</article>`,
)}
</div>
<h3>Before you sign</h3>
<ul class="checklist">
<li class="${m.profile.paid_trial.offered ? "yes" : "no"}">${m.paidTrial}</li>
${m.dueDiligence.map((d) => html`<li class="${d.offered ? "yes" : "no"}"><span class="visually-hidden">${d.offered ? "Yes: " : "Not stated: "}</span>${d.label}</li>`)}
</ul>
</section>`;
}

export function renderProfilePage(m: ProfilePageModel): string {
  const s = m.summary;
  const card = m.scorecard;
  const body = html`${breadcrumbs([{ label: "Directory", path: "/profiles/" }, { label: s.name }])}
<article class="profile" aria-labelledby="profile-h">
<header class="profile-header">
<div class="profile-title">
<h1 id="profile-h">${s.name}</h1>
<p class="profile-meta">${s.kind === "firm" ? "Firm" : "Freelancer"} · <a href="/profiles/country/${facetSlug("country", s.country.id)}/">${location(s)}</a> · ${externalLink(s.website, URL.canParse(s.website) ? new URL(s.website).host : s.website)}</p>
${s.fictional || m.stale ? html`<p>${s.fictional ? fictionalBadge() : ""}${s.fictional && m.stale ? " " : ""}${m.stale ? html`<span class="badge badge-stale" title="Not reviewed for more than a year">Stale: last reviewed ${formatDate(m.lastReviewed)}</span>` : ""}</p>` : ""}
</div>
<div class="score-box">
${scorePill(s.score, "large")}
<p>${confidenceTag(s.confidence)}<br><span class="muted">${formatPercent(s.backedShare)} of points backed by sourced or verified evidence</span></p>
</div>
</header>
<p class="profile-summary">${s.summary}</p>
${m.stale ? html`<p class="notice" role="note">Last reviewed ${formatDate(m.lastReviewed)}: more than a year ago. Check the facts before relying on them.</p>` : ""}
${card.warnings.length ? html`<div class="notice" role="note"><p><strong>Things to check</strong></p><ul>${card.warnings.map((w) => html`<li>${w.message}</li>`)}</ul></div>` : ""}
<section aria-labelledby="facts-h">
<h2 id="facts-h" class="visually-hidden">Key facts</h2>
${facts([...m.facts, { label: "Stack", text: m.stack.map((t) => t.label).join(", ") }])}
</section>
${signalSection(m)}
${trackRecordSection(m)}
${engagementSection(m)}
${evidenceSection(m)}
<section aria-labelledby="about-h" class="prose">
<h2 id="about-h">In their own words</h2>
<p class="muted small">Written by the submitter; links are theirs.</p>
${m.bodyHtml}
</section>
${card.improvements.length
  ? html`<section aria-labelledby="improve-h">
<h2 id="improve-h">How this profile could score higher</h2>
<ul>${card.improvements.map((i) => html`<li>${i.text} <span class="muted">(up to ${formatPoints(i.points)} points)</span></li>`)}</ul>
</section>`
  : ""}
<section aria-labelledby="disclosure-h">
<h2 id="disclosure-h">Disclosure</h2>
${facts(m.disclosure)}
</section>
<footer class="profile-footer">
<p>Last reviewed <time datetime="${m.lastReviewed}">${formatDate(m.lastReviewed)}</time> · scored with rubric ${card.rubric_version} on <time datetime="${card.today}">${formatDate(card.today)}</time></p>
<ul class="actions">
<li><a href="${m.editUrl}" rel="noopener">Edit this profile</a></li>
<li><a href="/compare/?p=${m.slug}">Compare with others</a></li>
<li><a href="${m.apiPath}">Profile and scorecard as JSON</a></li>
</ul>
</footer>
</article>`;
  return page({
    title: s.name,
    description: `${s.summary} Delivery score ${s.score}/100.`,
    path: s.path,
    section: "profiles",
    head: html`<script type="application/ld+json">${jsonForScript(m.jsonLd)}</script>\n`,
    body,
  });
}
