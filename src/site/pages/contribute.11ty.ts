/** /contribute/ — CONTRIBUTING.md from the repository, so the site and the repo say the same thing. */
import { REPO_URL } from "../config.js";
import { html } from "../html.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";

export const data = { permalink: "/contribute/index.html", eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  const body = html`<div class="prose contributing">${d.shortlist.contributing}</div>
<p class="muted">This page is <a href="${REPO_URL}/blob/main/CONTRIBUTING.md">CONTRIBUTING.md</a> from the repository. The profile contract: <a href="/schemas/profile.schema.json">profile JSON Schema</a>; how scores are made: <a href="/methodology/">methodology</a>.</p>`;
  return page({ title: "Contribute", description: "Add, update or remove a profile on Shortlist: scaffold, validate, score preview and pull request.", path: "/contribute/", section: "contribute", body });
}
