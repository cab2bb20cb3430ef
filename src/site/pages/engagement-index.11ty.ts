/** /engagement/ — the three ways to hire, with their bands and links to each model's page. */
import { html } from "../html.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";
import { formatRange, PER_LABEL } from "../view/format.js";

export const data = { permalink: "/engagement/index.html", eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  const s = d.shortlist;
  const body = html`<h1>Engagement models</h1>
<p class="lead">Three common ways to hire Python developers. Freelancers suit small, specific tasks; firms add project management, code review, QA and accountability, which lowers the risk for production-grade and AI work.</p>
<ul class="model-cards">
${s.engagementPages.map(
  (e) => html`<li class="model-card">
<h2><a href="${e.path}">${e.market.label}</a></h2>
<p>${e.market.description}</p>
<p class="muted">2026 band: ${e.market.bands.map((b, i) => html`${i > 0 ? "; " : ""}${b.label} ${formatRange(b.min, b.max, "USD")} ${PER_LABEL[b.per]}`)}</p>
<p>${e.offerCount} profile${e.offerCount === 1 ? "" : "s"} offer it; ${e.published} publish a rate.</p>
</li>`,
)}
</ul>`;
  return page({ title: "Engagement models", description: "Dedicated developers, project-based work and staff augmentation: what each is, its 2026 market band and who offers it.", path: "/engagement/", section: "engagement", body });
}
