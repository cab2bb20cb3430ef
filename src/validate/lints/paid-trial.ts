import type { ProfileLint } from "./types.js";

export const paidTrialLint: ProfileLint = {
  name: "paid-trial-weeks",
  description: "paid_trial.weeks is only given when a paid trial is offered.",
  check({ data }) {
    if (data.paid_trial && !data.paid_trial.offered && data.paid_trial.weeks !== undefined) {
      return [{ pointer: "/paid_trial/weeks", at: "key", severity: "error", message: "paid_trial.weeks is set but offered is false", hint: "remove `weeks`, or set `offered: true`" }];
    }
    return [];
  },
};
