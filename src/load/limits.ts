/** Limits on contributed YAML that every reader enforces (see yaml.ts and simple-yaml.ts). */

/** Deepest nesting of mappings and lists a file may use; profiles need only a few levels. */
export const MAX_DEPTH = 32;

/** Keys that would reach or replace an object's prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Keys the careful reader refuses as not plain names (js-yaml would turn them into strings). */
export const NON_NAME_KEYS: ReadonlySet<string> = new Set(["null", "true", "false"]);
