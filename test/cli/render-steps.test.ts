/** The render's own parts write their files in steps, and a Ctrl-C is read between steps (buildSite's render). */
import { describe, expect, it } from "vitest";
import { RENDER_STEP, writeInSteps } from "../../src/cli/build.js";

const items = Array.from({ length: RENDER_STEP * 2 + 5 }, (_, i) => i);

describe("writeInSteps", () => {
  it("writes every item, in order, in steps of RENDER_STEP", async () => {
    const steps: number[][] = [];
    await writeInSteps(items, (some) => steps.push([...some]), new AbortController().signal);
    expect(steps.map((s) => s.length)).toEqual([RENDER_STEP, RENDER_STEP, 5]);
    expect(steps.flat()).toEqual(items);
  });

  it("stops before the next step once its signal is aborted, and says so by throwing", async () => {
    const stop = new AbortController();
    const written: number[] = [];
    const writing = writeInSteps(items, (some) => {
      written.push(...some);
      stop.abort(); // a Ctrl-C during the first step
    }, stop.signal);
    await expect(writing).rejects.toThrow();
    expect(written).toEqual(items.slice(0, RENDER_STEP));
  });

  it("writes everything at once without a signal, and calls the writer once for no items (it makes the folders)", async () => {
    const calls: number[] = [];
    await writeInSteps(items, (some) => calls.push(some.length), undefined);
    await writeInSteps([], (some) => calls.push(some.length), new AbortController().signal);
    expect(calls).toEqual([items.length, 0]);
  });
});
