import MarkdownIt from "markdown-it";
import { isAllowedLink } from "../../site/markdown.js";
import type { Finding, ProfileLint } from "./types.js";

/** A parser that keeps every link, so the lint sees the ones the site will not render. */
const parser = new MarkdownIt("default", { html: false, linkify: false, typographer: false });
parser.validateLink = () => true;

/** Anything that could be a link: `](`, `<scheme:`, or a reference definition. */
const MAYBE_LINK = /\]\(|<[a-z][a-z0-9+.-]*:|^ {0,3}\[[^\]]+\]:/im;

/**
 * Each of MAYBE_LINK's alternatives contains `](`, `<` or `]:`. Three substring searches
 * settle most bodies before the regular expression runs (it was visible in a profile of
 * 10,000 files).
 */
function maybeLink(body: string): boolean {
  if (!body.includes("](") && !body.includes("<") && !body.includes("]:")) return false;
  return MAYBE_LINK.test(body);
}

export const bodyLinksLint: ProfileLint = {
  name: "body-links",
  description: "Links in the Markdown body are absolute https:// URLs; the site shows any other link (http:, javascript:, relative) as plain text.",
  check({ body }) {
    if (typeof body !== "string" || !maybeLink(body)) return [];
    const out: Finding[] = [];
    for (const block of parser.parse(body, {})) {
      for (const token of block.children ?? []) {
        if (token.type !== "link_open") continue;
        const href = String(token.attrGet("href") ?? "");
        if (isAllowedLink(href)) continue;
        const line = (block.map?.[0] ?? 0) + 1;
        const hint = /^http:\/\//i.test(href) ? `use \`${href.replace(/^http:/i, "https:")}\`` : "link to a full https:// address, or remove the link";
        out.push({ pointer: "", bodyLine: line, severity: "warning", message: `the link to \`${href}\` will show as plain text: only https:// links are rendered as links`, hint });
      }
    }
    return out;
  },
};
