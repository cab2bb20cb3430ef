import { closest } from "../../util/closest.js";
import { listOf } from "./list-of.js";
import type { Finding, ProfileLint } from "./types.js";

const ZONES = new Set<string>([...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/UTC"]);
/** Canonical IANA spelling: capitalised segments such as America/Argentina/Cordoba. */
const SHAPE = /^(UTC|[A-Z][A-Za-z_-]*(\/[A-Z0-9][A-Za-z0-9_+-]*)+)$/;

/**
 * Node's own list (Intl.supportedValuesOf) holds CLDR's canonical names, which are
 * sometimes older than IANA's current ones (Asia/Calcutta for Asia/Kolkata, Europe/Kiev
 * for Europe/Kyiv). A name is known when it is in that list, or when ICU accepts it as
 * an alias and it is spelt in the canonical capitalised form.
 */
const aliases = new Map<string, boolean>();

export function isKnownTimeZone(zone: string): boolean {
  if (ZONES.has(zone)) return true;
  if (!SHAPE.test(zone)) return false;
  let known = aliases.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (aliases.size < 1000) aliases.set(zone, known);
  }
  return known;
}

export const timezonesLint: ProfileLint = {
  name: "known-timezone",
  description: "Time zones are IANA names such as Europe/Berlin or America/Sao_Paulo.",
  check({ data }) {
    const out: Finding[] = [];
    const zones = listOf(data.timezones, "timezones");
    for (let i = 0; i < zones.length; i++) {
      const zone = zones[i]!;
      if (isKnownTimeZone(zone)) continue;
      const suggestion = closest(zone, ZONES);
      out.push({ pointer: `/timezones/${i}`, severity: "error", message: `\`${zone}\` is not an IANA time zone`, hint: suggestion ? `did you mean \`${suggestion}\`?` : "use a name such as Europe/Berlin" });
    }
    return out;
  },
};
