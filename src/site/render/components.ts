/** Small pieces of markup shared by several pages. All text goes through `html`, so it is escaped. */
import { html, safeHttpUrl, type SafeHtml } from "../html.js";
import type { Confidence, Reason } from "../data/scorecards.js";
import { formatPoints } from "../view/numbers.js";
import { CONFIDENCE_LABEL, formatDate, formatRate, formatScore, LEVEL_LABEL } from "../view/format.js";
import type { ModelSummary, ProfileSummary } from "../view/summary.js";

export function fictionalBadge(): SafeHtml {
  return html`<span class="badge badge-fiction">Fictional sample profile</span>`;
}

export function confidenceTag(c: Confidence): SafeHtml {
  return html`<span class="confidence confidence-${c}">${CONFIDENCE_LABEL[c]}</span>`;
}

export function levelTag(level: "claimed" | "sourced" | "verified"): SafeHtml {
  return html`<span class="level level-${level}">${LEVEL_LABEL[level]}</span>`;
}

/** "72/100" with the words a screen reader needs. */
export function scorePill(score: number, size: "small" | "large" = "small"): SafeHtml {
  const band = score >= 70 ? "good" : score >= 45 ? "fair" : "weak";
  return html`<span class="score score-${size} score-${band}"><span class="score-num">${formatScore(score)}</span><span class="score-max">/100</span><span class="visually-hidden"> delivery score</span></span>`;
}

export function modelRateText(m: ModelSummary): string {
  return m.rate ? formatRate(m.rate) : "rate on request";
}

/** An external link from profile data: only http(s), never followed by search engines. */
export function externalLink(url: string | undefined, text: string): SafeHtml {
  const safe = safeHttpUrl(url);
  return safe ? html`<a href="${safe}" rel="noopener noreferrer nofollow ugc">${text}</a>` : html`${text}`;
}

export function location(p: ProfileSummary): string {
  return [p.city, p.country.label].filter(Boolean).join(", ");
}

const rows = new WeakMap<ProfileSummary, SafeHtml>();

/**
 * One profile in a list: the directory, the home page and the engagement pages use it. The
 * default (h3) row is made once per profile and reused: a profile appears on one directory
 * page per sort order and per facet value it has.
 */
export function profileRow(p: ProfileSummary, headingLevel: 2 | 3 = 3): SafeHtml {
  if (headingLevel !== 3) return makeProfileRow(p, headingLevel);
  let row = rows.get(p);
  if (!row) rows.set(p, (row = makeProfileRow(p, 3)));
  return row;
}

function makeProfileRow(p: ProfileSummary, headingLevel: 2 | 3): SafeHtml {
  const id = `row-${p.slug}`;
  const heading = html`<a href="${p.path}">${p.name}</a>`;
  return html`<li class="row" data-slug="${p.slug}">
<article class="card" aria-labelledby="${id}">
<div class="card-head">${headingLevel === 2 ? html`<h2 id="${id}" class="card-title">${heading}</h2>` : html`<h3 id="${id}" class="card-title">${heading}</h3>`}${scorePill(p.score)}</div>
<p class="card-meta">${p.kind === "firm" ? "Firm" : "Freelancer"} · ${location(p)} · ${confidenceTag(p.confidence)}${p.fictional ? html` · <span class="tag-fiction">fictional</span>` : ""}</p>
<p class="card-summary">${p.summary}</p>
<ul class="card-models">${p.models.map((m) => html`<li><span class="model-name">${m.label}</span> ${modelRateText(m)}</li>`)}</ul>
<p class="card-services"><span class="visually-hidden">Services: </span>${p.services.map((s, i) => html`${i > 0 ? " · " : ""}${s.label}`)}</p>
</article>
</li>`;
}

export function reasonList(reasons: readonly Reason[], empty = "No rule added points."): SafeHtml {
  if (reasons.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<ul class="reasons">${reasons.map(
    (r) => html`<li><span class="points${r.points < 0 ? " negative" : ""}">${r.points > 0 ? "+" : ""}${formatPoints(r.points)}</span> ${r.text}${
      r.evidence && r.evidence.length
        ? html`<ul class="reason-evidence">${r.evidence.map((e) => html`<li>${externalLink(e.url, e.title)} ${levelTag(e.level)} <span class="muted">${formatDate(e.date)}</span></li>`)}</ul>`
        : ""
    }</li>`,
  )}</ul>`;
}

export { formatPoints };

export function breadcrumbs(items: ReadonlyArray<{ label: string; path?: string }>): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${items.map((i) => (i.path ? html`<li><a href="${i.path}">${i.label}</a></li>` : html`<li><span aria-current="page">${i.label}</span></li>`))}</ol></nav>`;
}
