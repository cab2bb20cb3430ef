/**
 * A stopwatch for consecutive stages: each call records, under the name given, the
 * milliseconds since the previous call (or since it was made). Records nothing without
 * `timings`.
 */
export function lapTimer(timings: Record<string, number> | undefined): (stage: string) => void {
  let mark = performance.now();
  return (stage) => {
    const now = performance.now();
    if (timings) timings[stage] = now - mark;
    mark = now;
  };
}
