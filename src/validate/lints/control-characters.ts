import type { Finding, ProfileLint } from "./types.js";

/** C0/C1 controls other than tab and newline, plus the bidirectional overrides used to disguise text. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

function describe(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

export const controlCharactersLint: ProfileLint = {
  name: "control-characters",
  description: "Text values contain no invisible control characters or bidirectional overrides (YAML escapes such as \"\\0\" or \"\\u202E\" can smuggle them in).",
  check({ data }) {
    const out: Finding[] = [];
    const walk = (value: unknown, pointer: string) => {
      if (typeof value === "string") {
        const match = FORBIDDEN.exec(value);
        if (match) out.push({ pointer, severity: "error", message: `text contains the invisible control character ${describe(match[0])}`, hint: "remove it; write plain text" });
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, `${pointer}/${i}`));
      } else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      }
    };
    walk(data, "");
    return out;
  },
};
