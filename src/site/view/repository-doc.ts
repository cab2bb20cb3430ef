/**
 * Renders one of the repository's own Markdown documents (CONTRIBUTING.md) as a page, so
 * the site and the repository never disagree. The document is ours, but it is rendered as
 * strictly as a profile: no raw HTML, no images; relative links point at the file on GitHub.
 */
import MarkdownIt from "markdown-it";
import { DEFAULT_BRANCH, REPO_URL } from "../config.js";
import { raw, type SafeHtml } from "../html.js";

export function renderRepositoryDoc(markdown: string, sourcePath: string): SafeHtml {
  const md = new MarkdownIt("default", { html: false, linkify: false, typographer: false });
  md.disable(["image"]);
  const base = `${REPO_URL}/blob/${DEFAULT_BRANCH}/${sourcePath}`;
  md.normalizeLink = (url) => {
    const trimmed = url.trim();
    if (/^https:\/\//i.test(trimmed) || trimmed.startsWith("#")) return MarkdownIt().normalizeLink(trimmed);
    return new URL(trimmed, base).href;
  };
  md.validateLink = (url) => /^(https:\/\/|#)/i.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());
  md.core.ruler.push("shortlist_heading_ids", (state) => {
    const used = new Set<string>();
    state.tokens.forEach((token, i) => {
      if (token.type !== "heading_open") return;
      const text = state.tokens[i + 1]?.content ?? "";
      let id = text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "section";
      while (used.has(id)) id += "-";
      used.add(id);
      token.attrSet("id", id);
    });
  });
  return raw(md.render(markdown));
}
