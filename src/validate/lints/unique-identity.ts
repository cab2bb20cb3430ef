import type { CollectionLint, LintSubject } from "./types.js";

export function normaliseName(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function normaliseWebsite(website: string): string {
  try {
    const url = new URL(website);
    return `${url.hostname.replace(/^www\./, "")}${url.pathname.replace(/\/+$/, "")}`.toLowerCase();
  } catch {
    return website.toLowerCase();
  }
}

export const uniqueIdentityLint: CollectionLint = {
  name: "unique-identity",
  description: "No two profiles share a slug, a name (ignoring case and punctuation) or a website (ignoring www. and a trailing slash).",
  check(subjects) {
    const out: ReturnType<CollectionLint["check"]> = [];
    const keys: Array<{ field: string; pointer: string; key: (s: LintSubject) => string | undefined }> = [
      { field: "slug", pointer: "", key: (s) => s.slug },
      { field: "name", pointer: "/name", key: (s) => (typeof s.data.name === "string" ? normaliseName(s.data.name) : undefined) },
      { field: "website", pointer: "/website", key: (s) => (typeof s.data.website === "string" ? normaliseWebsite(s.data.website) : undefined) },
    ];
    for (const { field, pointer, key } of keys) {
      const groups = new Map<string, LintSubject[]>();
      for (const s of subjects) {
        const k = key(s);
        if (!k) continue;
        groups.set(k, [...(groups.get(k) ?? []), s]);
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
