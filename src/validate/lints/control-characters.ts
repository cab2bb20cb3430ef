import type { Finding, ProfileLint } from "./types.js";

/** C0/C1 controls other than tab and newline, plus the bidirectional overrides used to disguise text. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

function describe(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

function escapeSegment(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Walks every string in the data. The JSON pointer of a value is only written out when the
 * value is reported: `path` holds the segments on the way down (this walk visits every
 * value of every profile, and building a pointer string for each was most of its cost).
 */
function walk(value: unknown, path: Array<string | number>, out: Finding[]): void {
  if (typeof value === "string") {
    if (FORBIDDEN.test(value)) {
      const match = FORBIDDEN.exec(value)!;
      let pointer = "";
      for (const segment of path) pointer += `/${typeof segment === "number" ? segment : escapeSegment(segment)}`;
      out.push({ pointer, severity: "error", message: `text contains the invisible control character ${describe(match[0])}`, hint: "remove it; write plain text" });
    }
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, out);
      path.pop();
    }
  } else if (value && typeof value === "object") {
    // for…in rather than Object.keys: same keys in the same order for this plain data
    // (Object.prototype has no enumerable properties), without an array per object.
    for (const key in value) {
      path.push(key);
      walk((value as Record<string, unknown>)[key], path, out);
      path.pop();
    }
  }
}

/** One finding per line of the Markdown body that has such a character (the first on the line is named). */
function scanBody(body: string, out: Finding[]): void {
  if (!FORBIDDEN.test(body)) return; // the usual case: one pass over the text
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = FORBIDDEN.exec(lines[i]!);
    if (match) out.push({ pointer: "", bodyLine: i + 1, severity: "error", message: `the Markdown body contains the invisible control character ${describe(match[0])}`, hint: "remove it; write plain text" });
  }
}

export const controlCharactersLint: ProfileLint = {
  name: "control-characters",
  description: "Text values and the Markdown body contain no invisible control characters or bidirectional overrides (YAML escapes such as \"\\0\" or \"\\u202E\" can smuggle them in).",
  check({ data, body, plainText }) {
    const out: Finding[] = [];
    if (plainText) return out; // the reader found none anywhere in the file
    walk(data, [], out);
    scanBody(body, out);
    return out;
  },
};
