/** /404.html — served by the local server (and most static hosts) for unknown paths. */
import { html } from "../html.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

export function render(_d: TemplateData): string {
  return page({
    title: "Page not found",
    description: "This page does not exist on Shortlist.",
    path: "/404.html",
    body: html`<h1>Page not found</h1>
<p>There is no page at this address. A profile may have been renamed or removed.</p>
<ul><li><a href="/profiles/">Browse the directory</a></li><li><a href="/search/">Search profiles</a></li><li><a href="/">Go to the home page</a></li></ul>`,
  });
}
