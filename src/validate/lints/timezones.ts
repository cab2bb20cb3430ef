import { closest } from "../../util/closest.js";
import type { ProfileLint } from "./types.js";

const ZONES = new Set<string>([...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/UTC"]);

export const timezonesLint: ProfileLint = {
  name: "known-timezone",
  description: "Time zones are IANA names such as Europe/Berlin or America/Sao_Paulo.",
  check({ data }) {
    return (data.timezones ?? []).flatMap((zone, i) => {
      if (ZONES.has(zone)) return [];
      const suggestion = closest(zone, ZONES);
      return [{ pointer: `/timezones/${i}`, severity: "error" as const, message: `\`${zone}\` is not an IANA time zone`, hint: suggestion ? `did you mean \`${suggestion}\`?` : "use a name such as Europe/Berlin" }];
    });
  },
};
