import { evidenceEntries } from "../../profile/evidence-entries.js";
import type { Finding, ProfileLint } from "./types.js";

export const evidenceHttpsLint: ProfileLint = {
  name: "evidence-https",
  description: "Evidence URLs use https://, carry no credentials and point at a public host.",
  check({ data }) {
    const out: Finding[] = [];
    for (const { pointer, item } of evidenceEntries(data)) {
      if (!item.url) continue;
      let url: URL;
      try {
        url = new URL(item.url);
      } catch {
        continue; // the schema's uri format reports it
      }
      const at = `${pointer}/url`;
      if (url.protocol !== "https:") {
        const hint = url.protocol === "http:" ? `use \`${item.url.replace(/^http:/i, "https:")}\`` : "link to a public https:// page";
        out.push({ pointer: at, severity: "error", message: `evidence URL must use https, not ${url.protocol.replace(":", "")}`, hint });
      } else if (url.username || url.password) {
        out.push({ pointer: at, severity: "error", message: "evidence URL must not contain a user name or password", hint: "remove the `user:password@` part" });
      } else if (isPrivateHost(url.hostname)) {
        out.push({ pointer: at, severity: "error", message: `evidence URL points at a private or local host (${url.hostname})`, hint: "link to a page a buyer can open" });
      }
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
