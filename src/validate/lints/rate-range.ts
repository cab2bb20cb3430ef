import type { ProfileLint } from "./types.js";

export const rateRangeLint: ProfileLint = {
  name: "rate-range",
  description: "A rate's min must not exceed its max.",
  check({ data }) {
    return (data.engagement_models ?? []).flatMap((m, i) =>
      m.rate && m.rate.min > m.rate.max
        ? [{ pointer: `/engagement_models/${i}/rate/min`, severity: "error" as const, message: `rate min ${m.rate.min} is greater than max ${m.rate.max}`, hint: "swap the two values, or set max equal to min for a single price" }]
        : [],
    );
  },
};
