import { daysBetween } from "../../util/dates.js";
import type { ProfileLint } from "./types.js";

export const staleReviewLint: ProfileLint = {
  name: "stale-review",
  description: "A profile whose last_reviewed date is older than the review horizon (365 days) gets a warning.",
  check({ data }, { today, staleAfterDays }) {
    if (!data.last_reviewed || data.last_reviewed > today) return [];
    const age = daysBetween(data.last_reviewed, today);
    if (age <= staleAfterDays) return [];
    return [{ pointer: "/last_reviewed", severity: "warning", message: `profile was last reviewed ${age} days ago (more than ${staleAfterDays})`, hint: "check the facts and evidence against their sources, then set last_reviewed to today" }];
  },
};
