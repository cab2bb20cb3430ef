import type { ProfileLint } from "./types.js";

export const uniqueModelsLint: ProfileLint = {
  name: "engagement-model-unique",
  description: "Each engagement model appears at most once in a profile.",
  check({ data }) {
    const seen = new Map<string, number>();
    return (data.engagement_models ?? []).flatMap((m, i) => {
      const first = seen.get(m.model);
      if (first === undefined) {
        seen.set(m.model, i);
        return [];
      }
      return [{ pointer: `/engagement_models/${i}/model`, severity: "error" as const, message: `engagement model \`${m.model}\` is listed twice (also item ${first + 1})`, hint: "merge the two entries into one; give a rate range that covers both" }];
    });
  },
};
