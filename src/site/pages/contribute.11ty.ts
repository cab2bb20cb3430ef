/** /contribute/ — how to add or correct a profile, and what happens to it. */
import { REPO_URL } from "../config.js";
import { html } from "../html.js";
import { page } from "../render/layout.js";
import type { TemplateData } from "../render/types.js";

export const data = { permalink: "/contribute/index.html", eleventyExcludeFromCollections: true };

export function render(_d: TemplateData): string {
  const body = html`<h1>Add or correct a profile</h1>
<p class="lead">Shortlist is maintained in the open. Every profile is one Markdown file with YAML frontmatter in <code>content/profiles/</code>, changed by pull request and checked by the same validator and scorer that build this site.</p>

<section aria-labelledby="who-h">
<h2 id="who-h">Who can contribute</h2>
<ul>
<li><strong>A firm or freelancer</strong> can add or update its own profile. Say so in the disclosure (<code>submitted_by: self</code>).</li>
<li><strong>A client or anyone else</strong> can add a profile or evidence they can point to (<code>submitted_by: third-party</code>).</li>
<li><strong>Anyone</strong> can report a mistake with the <a href="${REPO_URL}/issues/new?template=correction.yml">correction form</a>, or ask for a profile to be removed with the <a href="${REPO_URL}/issues/new?template=removal-request.yml">removal request</a>.</li>
</ul>
</section>

<section aria-labelledby="steps-h">
<h2 id="steps-h">Step by step</h2>
<ol class="steps">
<li><p><strong>Start from the scaffold.</strong> Fork <a href="${REPO_URL}">the repository</a>, run <code>npm install</code>, then <code>npm run new -- "Your Firm Name"</code>. It writes <code>content/profiles/your-firm-name.md</code> with every field explained.</p></li>
<li><p><strong>Fill in the facts and the evidence.</strong> For each of the six signals, record what you do (practices from the controlled vocabularies) and evidence a buyer can check: case studies, public repositories, talks, articles, contactable references. Evidence without a link counts as <em>claimed</em> and is worth least; leave a signal out rather than claim it without evidence.</p></li>
<li><p><strong>Check it locally.</strong> <code>npm run validate</code> prints every problem as <code>file:line:column</code> with a suggested fix. <code>npm run score -- your-firm-name</code> shows the scorecard: each point with its reason, and the steps that would raise it.</p></li>
<li><p><strong>Preview the site.</strong> <code>npm start</code> builds the site and serves it at <code>http://localhost:8080</code>, rebuilding when you save.</p></li>
<li><p><strong>Open a pull request.</strong> CI runs the same checks and comments with the score change. A maintainer reviews the evidence, may verify items (they then show as <em>verified</em>), and merges.</p></li>
</ol>
</section>

<section aria-labelledby="rules-h">
<h2 id="rules-h">House rules</h2>
<ul>
<li>Facts, not marketing: one or two plain sentences of summary, no superlatives.</li>
<li>No personal names of references; describe the role and organisation instead.</li>
<li>Disclose any paid relationship with the subject or the maintainers.</li>
<li>The narrative is plain Markdown: raw HTML and images are not rendered, and only http(s) links become links.</li>
<li>Profiles not reviewed for a year are marked as stale.</li>
</ul>
</section>

<section aria-labelledby="ref-h">
<h2 id="ref-h">Reference</h2>
<ul>
<li><a href="/schemas/profile.schema.json">Profile JSON Schema</a> — the contract every profile must meet (point your editor at it for completion).</li>
<li><a href="/methodology/">Methodology</a> — how the rubric turns evidence into scores.</li>
<li><a href="${REPO_URL}/blob/main/CONTRIBUTING.md">CONTRIBUTING.md</a> — the full guide, including how maintainers verify evidence.</li>
</ul>
</section>`;
  return page({ title: "Contribute", description: "Add or correct a profile on Shortlist: scaffold, validate, preview and open a pull request.", path: "/contribute/", section: "contribute", body });
}
