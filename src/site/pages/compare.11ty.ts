/**
 * /compare/?p=a,b,c — the choice lives in the URL. compare.js fetches only the chosen
 * profiles' /api/profiles/<slug>.json and builds the side-by-side table.
 */
import { html } from "../html.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";
import { compareNames } from "../view/format.js";

export const data = { permalink: "/compare/index.html", eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  const profiles = [...d.shortlist.profiles].sort((a, b) => compareNames(a.name, b.name));
  const body = html`<h1>Compare profiles side by side</h1>
<p class="lead">Pick two to four profiles. The choice is kept in the address (for example <code>/compare/?p=${profiles
    .slice(0, 2)
    .map((p) => p.slug)
    .join(",")}</code>), so you can bookmark or share it.</p>
<noscript><p class="notice">The comparison table is built in your browser and needs JavaScript. Without it, open the profiles one by one, or download <a href="/api/profiles.csv">all profiles as CSV</a>.</p></noscript>
<form class="picker" id="compare-form" action="/compare/" method="get">
<fieldset>
<legend>Profiles to compare (2 to 4)</legend>
<ul class="picker-list">
${profiles.map((p) => html`<li><label><input type="checkbox" name="p" value="${p.slug}"> ${p.name} <span class="muted">(${p.score})</span></label></li>`)}
</ul>
</fieldset>
<p><button type="submit">Compare</button></p>
</form>
<p id="compare-status" role="status" class="status"></p>
<div id="compare-result" class="compare-result" data-models="${JSON.stringify(Object.fromEntries(d.shortlist.modelLabels))}"></div>`;
  return page({
    title: "Compare",
    description: "Compare two to four Python development firms and freelancers side by side: delivery scores, signals, reasons and rates.",
    path: "/compare/",
    section: "compare",
    scripts: ["/assets/compare.js"],
    body,
  });
}
