/**
 * A clean URL slug from any name: accents folded (é → e), other scripts transliterated
 * where Unicode decomposition allows, punctuation dropped, words joined by single hyphens.
 * Returns "" when nothing usable is left (the caller reports that).
 */
const SPECIAL: Record<string, string> = {
  ß: "ss", æ: "ae", ø: "o", å: "a", œ: "oe", đ: "d", ð: "d", þ: "th", ł: "l", ı: "i", "&": " and ", "+": " plus ", "@": " at ",
};

export function slugify(name: string, maxLength = 60): string {
  const folded = name
    .toLowerCase()
    .replace(/[ßæøåœđðþłı&+@]/g, (c) => SPECIAL[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");
  const slug = folded
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}
