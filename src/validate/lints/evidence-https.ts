import { fullFormats } from "ajv-formats/dist/formats.js";
import { evidenceEntries } from "../../profile/evidence-entries.js";
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
  if (isPrivateHost(url.hostname)) return { message: `${what} points at a private or local host (${url.hostname})`, hint: "link to a page a buyer can open" };
  return undefined;
}

export const evidenceHttpsLint: ProfileLint = {
  name: "evidence-https",
  description: "Evidence URLs are https:// URLs a browser can open, carry no credentials and point at a public host.",
  check({ data }) {
    const out: Finding[] = [];
    for (const { pointer, item } of evidenceEntries(data)) {
      if (typeof item.url !== "string" || !item.url) continue;
      const problem = publicHttpsUrlProblem(item.url, "evidence URL");
      if (problem) out.push({ pointer: `${pointer}/url`, severity: "error", ...problem });
    }
    return out;
  },
};

function isPrivateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")) return true;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(h)) return true;
  return h.includes(":");
}
