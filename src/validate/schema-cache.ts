/**
 * Compiled schemas kept on disk between runs. Compiling the schemas with Ajv took about a
 * tenth of a second in every process that validates anything (a build, `npm run validate`,
 * each test file); the validators Ajv generates are plain JavaScript, so they are written
 * once as one module (Ajv's standalone code) and read back in a few milliseconds.
 *
 * The file's name is a hash of everything the generated code depends on (the schemas, the
 * Ajv and ajv-formats versions, the options and the code of our own keywords; see ajv.ts),
 * so a change to any of them makes a new file and an old one is never used for it. The
 * file starts with the sha256 of the code after that line, checked before the code is run:
 * a file cut short or altered is not used (and is written again). The code runs with a
 * `require` of its own that hands out only the modules named in `runtime` and Ajv's runtime
 * helpers. The folder is node_modules/.cache/shortlist/, which is as trusted as
 * node_modules itself; no cache is used when there is no node_modules folder, or when
 * SHORTLIST_SCHEMA_CACHE=0.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { repoRoot } from "../paths.js";
import { writeFileAtomic } from "../util/write-atomic.js";

/** Modules the generated code may require by name (ours: formats and keyword helpers). */
export type Runtime = Readonly<Record<string, unknown>>;

const requireHere = createRequire(import.meta.url);

/** Ajv's own runtime helpers (ucs2length, equal, …), which its generated code requires by path. */
const AJV_RUNTIME = /^ajv\/dist\/runtime\/[a-z0-9_]+$/;

const HEADER = "// shortlist compiled schemas, sha256=";

/** How many cache files are kept (one per combination of schemas, versions and options seen recently). */
const KEEP_FILES = 4;

/** The folder, or undefined when schemas are not to be cached. */
export function schemaCacheDir(root = repoRoot): string | undefined {
  if (process.env.SHORTLIST_SCHEMA_CACHE === "0") return undefined;
  const modules = join(root, "node_modules");
  return existsSync(modules) ? join(modules, ".cache", "shortlist") : undefined;
}

/** A hash of the parts, each counted with its length (so that no two lists of parts collide by joining). */
export function cacheKey(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest("hex").slice(0, 32);
}

export function cacheFile(dir: string, key: string): string {
  return join(dir, `schemas-${key}.cjs`);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Runs standalone code and returns what it exports, with `require` limited to `runtime`
 * and Ajv's runtime helpers.
 */
export function evaluateStandalone(code: string, runtime: Runtime): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  const require = (id: string): unknown => {
    if (Object.hasOwn(runtime, id)) return runtime[id];
    if (AJV_RUNTIME.test(id)) return requireHere(id);
    throw new Error(`compiled schemas require ${id}, which is not provided`);
  };
  new Function("require", "exports", "module", code)(require, exports, { exports });
  return exports;
}

/** The exports of the cache file, or undefined when there is none or it is not intact. */
export function readSchemaCache(path: string, runtime: Runtime): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  const newline = text.indexOf("\n");
  if (!text.startsWith(HEADER) || newline === -1) return undefined;
  const code = text.slice(newline + 1);
  if (text.slice(HEADER.length, newline) !== sha256(code)) return undefined;
  try {
    return evaluateStandalone(code, runtime);
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache file (through a temporary file and a rename, so that a reader never sees
 * half of it) and removes the oldest files beyond KEEP_FILES. Failing to write is not an
 * error: the next run compiles again.
 */
export function writeSchemaCache(path: string, code: string): void {
  const dir = join(path, "..");
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(path, `${HEADER}${sha256(code)}\n${code}`);
  } catch {
    return;
  }
  try {
    const files = readdirSync(dir)
      .filter((name) => name.startsWith("schemas-") && name.endsWith(".cjs"))
      .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of files.slice(KEEP_FILES)) if (old.path !== path) rmSync(old.path, { force: true });
  } catch {
    // another process may be tidying the same folder
  }
}
