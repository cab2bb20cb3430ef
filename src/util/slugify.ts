/**
 * A clean URL slug from any name: other scripts transliterated to Latin (the
 * `transliteration` package covers Cyrillic, Greek, CJK, Arabic and more), accents folded,
 * `&` read as "and", punctuation dropped, words joined by single hyphens.
 * Returns "" when nothing usable is left (the caller reports that).
 */
import { transliterate } from "transliteration";

export function slugify(name: string, maxLength = 60): string {
  const latin = transliterate(name.normalize("NFKC").replace(/&/g, " and ").replace(/\+/g, " plus ").replace(/@/g, " at "));
  const slug = latin
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}
