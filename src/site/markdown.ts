/**
 * Renders a profile's untrusted Markdown body. Raw HTML is off (it comes out as text), no
 * template engine ever sees the text, images are off (no third-party requests), links are
 * limited to absolute https URLs (no mixed content), every contributed link is marked
 * `rel="noopener noreferrer nofollow ugc"`, and table alignment becomes a class rather than
 * an inline style (the Content Security Policy allows no inline styles). Headings are
 * re-levelled so that the body's highest heading becomes `topLevel` (the page's own h1/h2
 * come first) without gaps.
 */
import MarkdownIt, { type MarkdownIt as Md } from "markdown-it";
import { raw, type SafeHtml } from "./html.js";

export const CONTRIBUTED_LINK_REL = "noopener noreferrer nofollow ugc";

/**
 * Only absolute https URLs survive; anything else (http:, javascript:, data:, relative paths
 * that would point into this site, in-page anchors to ids the body cannot create) stays
 * plain text. The body-links lint warns the contributor about each.
 */
export function isAllowedLink(url: string): boolean {
  return /^https:\/\/[^/\\\s]/i.test(url.trim());
}

function createRenderer(topLevel: number): Md {
  const md = new MarkdownIt("default", { html: false, linkify: false, typographer: false, breaks: false });
  md.disable(["image"]);
  md.validateLink = isAllowedLink;

  md.core.ruler.push("shortlist_relevel_headings", (state) => {
    const headings = state.tokens.filter((t) => t.type === "heading_open" || t.type === "heading_close");
    if (headings.length === 0) return;
    // Levels in use, in order, mapped to consecutive levels from topLevel: # and ### alone become h3 and h4.
    const used = [...new Set(headings.map((t) => Number(t.tag.slice(1))))].sort((a, b) => a - b);
    for (const token of headings) {
      const rank = used.indexOf(Number(token.tag.slice(1)));
      token.tag = `h${Math.min(6, topLevel + rank)}`;
    }
  });

  // markdown-it writes column alignment as style="text-align:…"; the CSP would block it.
  md.core.ruler.push("shortlist_table_align", (state) => {
    for (const token of state.tokens) {
      if ((token.type !== "th_open" && token.type !== "td_open") || !token.attrs) continue;
      const align = /text-align:(left|center|right)/.exec(String(token.attrGet("style") ?? ""))?.[1];
      token.attrs = token.attrs.filter(([name]) => name !== "style");
      if (align) token.attrJoin("class", `align-${align}`);
    }
  });

  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    tokens[idx]!.attrSet("rel", CONTRIBUTED_LINK_REL);
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

const renderers = new Map<number, Md>();

/** Markdown → HTML that is safe to place in a page; the body's highest heading becomes `<h{topLevel}>`. */
export function renderMarkdown(markdown: string, topLevel = 3): SafeHtml {
  let md = renderers.get(topLevel);
  if (!md) {
    md = createRenderer(topLevel);
    renderers.set(topLevel, md);
  }
  return raw(md.render(markdown));
}
