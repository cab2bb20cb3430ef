import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../src/paths.js";
import { renderRepositoryDoc } from "../../src/site/view/repository-doc.js";

const render = (md: string) => String(renderRepositoryDoc(md, "CONTRIBUTING.md"));

describe("rendering a repository document", () => {
  it("points relative links at the file on GitHub and keeps in-page and https links", () => {
    const out = render("[guide](schemas/profile.schema.md) [conduct](.github/CODE_OF_CONDUCT.md) [top](#review) [ext](https://example.org/x)");
    expect(out).toContain('href="https://github.com/shortlist-directory/shortlist/blob/main/schemas/profile.schema.md"');
    expect(out).toContain('href="https://github.com/shortlist-directory/shortlist/blob/main/.github/CODE_OF_CONDUCT.md"');
    expect(out).toContain('href="#review"');
    expect(out).toContain('href="https://example.org/x"');
  });

  it("shows raw HTML as text and does not link other schemes", () => {
    const out = render('<script>alert(1)</script>\n\n[x](javascript:alert(1))');
    expect(out).toContain("&lt;script&gt;");
    expect(out).not.toContain("<script");
    expect(out).not.toContain('href="javascript');
  });

  it("gives headings ids so that sections can be linked", () => {
    expect(render("## Who may submit\n\n## Review")).toMatch(/<h2 id="who-may-submit">[\s\S]*<h2 id="review">/);
  });

  it("renders CONTRIBUTING.md with every section the issue asks for", () => {
    const out = render(readFileSync(join(repoRoot, "CONTRIBUTING.md"), "utf8"));
    for (const id of ["who-may-submit", "evidence-claimed-sourced-verified", "how-a-maintainer-verifies", "disclosure", "updating-or-removing-a-profile", "review", "conduct"]) {
      expect(out).toContain(`id="${id}"`);
    }
  });
});
