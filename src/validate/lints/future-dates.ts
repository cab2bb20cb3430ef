import { evidenceEntries } from "../../profile/evidence-entries.js";
import type { Finding, ProfileLint } from "./types.js";

export const futureDatesLint: ProfileLint = {
  name: "no-future-dates",
  description: "No date (evidence, verification, last review, founding year) may lie after today; a verification cannot predate its evidence.",
  check({ data }, { today }) {
    const out: Finding[] = [];
    const future = (pointer: string, what: string, value: string) =>
      out.push({ pointer, severity: "error", message: `${what} ${value} is in the future (today is ${today})`, hint: "use the date the thing actually happened" });
    if (data.last_reviewed && data.last_reviewed > today) future("/last_reviewed", "last_reviewed", data.last_reviewed);
    if (typeof data.founded === "number" && data.founded > Number(today.slice(0, 4))) future("/founded", "founded year", String(data.founded));
    for (const { pointer, item } of evidenceEntries(data)) {
      if (item.date > today) future(`${pointer}/date`, "evidence date", item.date);
      if (item.verified_on && item.verified_on > today) future(`${pointer}/verified_on`, "verified_on", item.verified_on);
      if (item.verified_on && item.verified_on < item.date) {
        out.push({ pointer: `${pointer}/verified_on`, severity: "error", message: `verified_on ${item.verified_on} is before the evidence date ${item.date}`, hint: "a maintainer can only verify evidence that already exists" });
      }
    }
    return out;
  },
};
