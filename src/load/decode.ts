/**
 * Turns the bytes of a contributed file into text, refusing what is not a text file:
 * too large, empty, binary (NUL bytes) or not UTF-8. Each refusal names the position.
 */
export const MAX_FILE_BYTES = 256 * 1024;

export type Decoded =
  | { ok: true; text: string; hadBom: boolean }
  | { ok: false; line: number; column: number; rule: string; message: string; hint: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Any character but a newline, printable ASCII and printable non-ASCII: tabs, carriage
 * returns, C0 and C1 controls, the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), U+FEFF, surrogates and the non-characters.
 */
const NOT_PLAIN = /[^\n\x20-\x7e\xa0-\u2029\u202f-\u2065\u206a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;

/**
 * Whether the text has none of the characters above: one native scan, which tells the
 * YAML reader (simple-yaml.ts) and the control-characters lint that they need not look
 * for them character by character. Nearly every profile is plain text.
 */
export function isPlainText(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

export function decodeSource(bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): Decoded {
  if (bytes.length > maxBytes) {
    return refuse(1, 1, "file-too-large", `file is ${formatKb(bytes.length)}, over the ${formatKb(maxBytes)} limit for a profile`, "keep the profile to its facts and link to long material instead of pasting it");
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = bytePosition(bytes, nul);
    return refuse(line, column, "binary-file", "file contains a NUL byte, so it is not a text file", "save the profile as plain UTF-8 text");
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = bytePosition(bytes, bad);
    return refuse(line, column, "not-utf8", `byte 0x${bytes[bad]!.toString(16).padStart(2, "0")} is not valid UTF-8`, "re-save the file with UTF-8 encoding");
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  if (hadBom) text = text.slice(1);
  if (text.trim() === "") {
    return refuse(1, 1, "empty-file", "file is empty", "start from `npm run new -- --name \"…\" --kind firm` or copy a profile from content/profiles/");
  }
  return { ok: true, text, hadBom };
}

function refuse(line: number, column: number, rule: string, message: string, hint: string): Decoded {
  return { ok: false, line, column, rule, message, hint };
}

function formatKb(n: number): string {
  return `${Math.ceil(n / 1024)} KB`;
}

/** Line and column (counted in bytes) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8 (only called once decoding failed). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length - 1;
}
