import { plainHttpsHost } from "./evidence-https.js";
import type { CollectionLint, LintSubject } from "./types.js";

// Module-level: a regular expression literal in a function is a new object on every call.
const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]+/g;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
const WWW = /^www\./;
const TRAILING_SLASHES = /\/+$/;

export function normaliseName(name: string): string {
  // ASCII text is its own NFKC form, and its letters and digits are [a-z0-9] once lower-cased:
  // the same result without the Unicode normalisation, for nearly every name.
  if (ASCII.test(name)) return name.toLowerCase().replace(NOT_ASCII_ALPHANUMERIC, "");
  return name.normalize("NFKC").toLowerCase().replace(NOT_ALPHANUMERIC, "");
}

function normaliseWebsite(website: string): string {
  // A plain https link (see plainHttpsHost) without dot segments parses to its own host and
  // path, so it needs no URL object.
  const host = plainHttpsHost(website);
  if (host !== undefined) {
    const path = website.slice("https://".length + host.length);
    if (!path.includes("/.")) return `${host.replace(WWW, "")}${path.replace(TRAILING_SLASHES, "")}`.toLowerCase();
  }
  try {
    const url = new URL(website);
    return `${url.hostname.replace(WWW, "")}${url.pathname.replace(TRAILING_SLASHES, "")}`.toLowerCase();
  } catch {
    return website.toLowerCase();
  }
}

/** The key of each identity field, in the order they are reported. */
const KEYS: ReadonlyArray<{ field: string; pointer: string; key: (s: LintSubject) => string | undefined }> = [
  { field: "slug", pointer: "", key: (s) => s.slug },
  { field: "name", pointer: "/name", key: (s) => (typeof s.data.name === "string" ? normaliseName(s.data.name) : undefined) },
  { field: "website", pointer: "/website", key: (s) => (typeof s.data.website === "string" ? normaliseWebsite(s.data.website) : undefined) },
];

export const uniqueIdentityLint: CollectionLint = {
  name: "unique-identity",
  description: "No two profiles share a slug, a name (ignoring case and punctuation) or a website (ignoring www. and a trailing slash).",
  check(subjects) {
    const out: ReturnType<CollectionLint["check"]> = [];
    for (const { field, pointer, key } of KEYS) {
      const groups = new Map<string, LintSubject[]>();
      for (const s of subjects) {
        const k = key(s);
        if (!k) continue;
        const group = groups.get(k);
        if (group) group.push(s);
        else groups.set(k, [s]);
      }
      for (const group of groups.values()) {
        if (group.length < 2) continue;
        for (const subject of group) {
          const others = group.filter((o) => o !== subject).map((o) => o.file).join(", ");
          out.push({ subject, pointer, severity: "error", message: `${field} is the same as in ${others}`, hint: field === "slug" ? "each profile needs its own file name" : `one firm, one profile: merge them, or make the ${field} distinct` });
        }
      }
    }
    return out;
  },
};
