const NONE: readonly never[] = [];

/**
 * A list field for a lint to loop over: none when it is missing. Like `(value ?? []).flatMap`
 * or `.forEach`, which lints used before, it throws on a value that is not a list, so that
 * the lint runner drops the lint's findings for a profile the schema already refuses.
 * (A plain loop instead of flatMap with a callback: lints run on every profile.)
 */
export function listOf<T>(value: readonly T[] | null | undefined, what: string): readonly T[] {
  if (value === undefined || value === null) return NONE;
  if (!Array.isArray(value)) throw new TypeError(`${what} is not a list`);
  return value;
}
