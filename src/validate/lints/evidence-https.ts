import { fullFormats } from "ajv-formats/dist/formats.js";
import { EVIDENCE_SECTIONS, evidenceList } from "./evidence-lists.js";
import type { Finding, ProfileLint } from "./types.js";

const schemaUri = fullFormats.uri as (value: string) => boolean;

/**
 * Why a contributed https link is not fit to publish, or undefined. `what` names it in the
 * message ("evidence URL", "website"). A value the schema's `uri` format already refuses is
 * left to the schema; one it accepts but the WHATWG URL parser (the one browsers and the
 * build use) refuses — a port over 65535, a bad IDN or percent-encoded host — is reported here,
 * so that it can neither crash the build nor silently lose its link.
 */
export function publicHttpsUrlProblem(value: string, what: string): Pick<Finding, "message" | "hint"> | undefined {
  const host = plainHttpsHost(value);
  if (host !== undefined) return isPrivateHost(host) ? privateHostProblem(what, host) : undefined;
  return parsedUrlProblem(value, what);
}

/**
 * `https://` + a host of lower-case letters, digits and hyphens in dot-separated labels +
 * an optional path of unreserved characters: the shape of nearly every link in a profile.
 */
const PLAIN_HTTPS = /^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:\/[A-Za-z0-9._~/-]*)?$/;

/**
 * The host of a URL that the WHATWG parser is sure to accept unchanged, or undefined. Such a
 * URL has no user, password, port, query or fragment, and its host comes out of the parser
 * as written, provided that no label is punycode (`xn--`, which the parser validates) and
 * the last label starts with a letter (one that looks like a number makes the host an IPv4
 * address). For these, parsing with `new URL()` (for every link of every profile) would
 * only confirm it; test/validate/lints/evidence-https.test.ts checks that it does.
 */
export function plainHttpsHost(value: string): string | undefined {
  if (!PLAIN_HTTPS.test(value)) return undefined;
  const slash = value.indexOf("/", "https://".length);
  const host = value.slice("https://".length, slash === -1 ? value.length : slash);
  if (host.startsWith("xn--") || host.includes(".xn--")) return undefined;
  const last = host.charCodeAt(host.lastIndexOf(".") + 1);
  return last >= 97 && last <= 122 ? host : undefined; // a-z
}

function privateHostProblem(what: string, hostname: string): Pick<Finding, "message" | "hint"> {
  return { message: `${what} points at a private or local host (${hostname})`, hint: "link to a page a buyer can open" };
}

/** publicHttpsUrlProblem() for any value, through the WHATWG URL parser. */
export function parsedUrlProblem(value: string, what: string): Pick<Finding, "message" | "hint"> | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    if (!schemaUri(value)) return undefined; // the schema's uri format reports it
    return { message: `${what} is not a URL a browser can open`, hint: "check the host name and the port (at most 65535); copy the address from the browser's address bar" };
  }
  if (url.protocol !== "https:") {
    const hint = url.protocol === "http:" ? `use \`${value.replace(/^http:/i, "https:")}\`` : "link to a public https:// page";
    return { message: `${what} must use https, not ${url.protocol.replace(":", "")}`, hint };
  }
  if (url.username || url.password) return { message: `${what} must not contain a user name or password`, hint: "remove the `user:password@` part" };
  if (isPrivateHost(url.hostname)) return privateHostProblem(what, url.hostname);
  return undefined;
}

export const evidenceHttpsLint: ProfileLint = {
  name: "evidence-https",
  description: "Evidence URLs are https:// URLs a browser can open, carry no credentials and point at a public host.",
  check({ data }) {
    const out: Finding[] = [];
    for (const section of EVIDENCE_SECTIONS) {
      const list = evidenceList(data, section);
      for (let i = 0; i < list.length; i++) {
        const item = list[i]!;
        if (typeof item.url !== "string" || !item.url) continue;
        const problem = publicHttpsUrlProblem(item.url, "evidence URL");
        if (problem) out.push({ pointer: `${section.prefix}${i}/url`, severity: "error", ...problem });
      }
    }
    return out;
  },
};

// Module-level: a regular expression literal in a function is a new object on every call.
const BRACKETS = /^\[|\]$/g;
const DOTTED_QUAD = /^\d+\.\d+\.\d+\.\d+$/;

function isPrivateHost(host: string): boolean {
  const h = host.replace(BRACKETS, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")) return true;
  if (DOTTED_QUAD.test(h)) return true;
  return h.includes(":");
}
