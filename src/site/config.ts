/** Site-wide constants: one place for the public URL, the repository and the policies. */
export const SITE_URL = "https://shortlist.example";
export const SITE_NAME = "Shortlist";
export const SITE_TAGLINE = "Evidence-backed comparison of Python development firms and freelancers";
export const REPO_URL = "https://github.com/shortlist-directory/shortlist";
export const DEFAULT_BRANCH = "main";
/** Rows per directory page (static pages and the enhanced client-side list). */
export const PAGE_SIZE = 50;
/** Hours in a developer-month, to compare monthly and hourly rates on one scale. */
export const HOURS_PER_MONTH = 160;

/** Link to edit a profile's source file on GitHub. */
export function editUrl(slug: string): string {
  return `${REPO_URL}/edit/${DEFAULT_BRANCH}/content/profiles/${encodeURIComponent(slug)}.md`;
}

/** Absolute URL on the deployed site for a site path such as "/profiles/x/". */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL + "/").href;
}

/**
 * The Content Security Policy, sent as a header by the local server and repeated in a
 * <meta> element for static hosts. 'wasm-unsafe-eval' lets Pagefind's WebAssembly run;
 * nothing inline, nothing third-party.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ["default-src", "'self'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self' data:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["worker-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'self'"],
];

/** Directives that only work as an HTTP header (not in <meta>). */
export const CSP_HEADER_ONLY: ReadonlyArray<readonly [string, string]> = [["frame-ancestors", "'none'"]];

export function cspHeader(): string {
  return [...CSP_DIRECTIVES, ...CSP_HEADER_ONLY].map(([k, v]) => `${k} ${v}`).join("; ");
}

export function cspMeta(): string {
  return CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join("; ");
}
