/**
 * Finds profile files. Profiles are `content/profiles/<slug>.md`, directly in that folder.
 * Anything else there (folders, other files, links leading outside content/, files too
 * large to read) becomes a positioned diagnostic instead of being read or ignored silently.
 */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { contentDir, profilesDir, repoRoot } from "../paths.js";
import { MAX_FILE_BYTES } from "./decode.js";
import { ReadAhead } from "./read-ahead.js";

export interface ProfileSource {
  /** Path as shown in messages: relative to the repository root when inside it. */
  file: string;
  slug: string;
  bytes: Uint8Array;
}

export interface Discovery {
  sources: ProfileSource[];
  diagnostics: Diagnostic[];
}

export function displayPath(path: string): string {
  const rel = relative(repoRoot, resolve(path));
  return rel.startsWith("..") || rel === "" ? path : rel.split(sep).join("/");
}

function problem(file: string, rule: string, message: string, hint: string): Diagnostic {
  return { file, line: 1, column: 1, severity: "error", rule, message, hint };
}

/** Reads one profile file, refusing links out of content/ and oversized files before reading them. */
export function readProfileFile(path: string, root = contentDir): ProfileSource | Diagnostic {
  const file = displayPath(path);
  const slug = basename(path, extname(path));
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    return problem(file, "file-unreadable", `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, "check the path");
  }
  let target = path;
  if (stat.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return problem(file, "symlink-broken", "symbolic link points at nothing", "replace the link with the profile file itself");
    }
    const realRoot = realpathSync(root);
    if (!(real + sep).startsWith(realRoot + sep)) {
      return problem(file, "symlink-outside-content", "symbolic link points outside content/", "commit the profile file itself instead of a link");
    }
    target = real;
    stat = statSync(real);
  }
  if (!stat.isFile()) return problem(file, "not-a-file", "not a regular file", "profiles are plain .md files");
  if (stat.size > MAX_FILE_BYTES) {
    return problem(file, "file-too-large", `file is ${Math.ceil(stat.size / 1024)} KB, over the ${MAX_FILE_BYTES / 1024} KB limit for a profile`, "keep the profile to its facts and link to long material instead of pasting it");
  }
  return { file, slug, bytes: readFileSync(target) };
}

/** `root` is the folder symbolic links may point into (content/ for content/profiles/). */
export function discoverProfiles(dir = profilesDir, root = dirname(dir)): Discovery {
  const files = openProfiles(dir, root, { readAhead: false });
  return { sources: [...files.sources], diagnostics: files.diagnostics };
}

/** From this many regular files on, openProfiles reads them in a worker thread (see read-ahead.ts). */
export const READ_AHEAD_FROM = 1000;

/** The profile files of a folder, read as they are reached. */
export interface ProfileFiles {
  /**
   * The readable profiles in name order. Iterating reads them; each problem met on the way
   * (and those of the listing) is added to `diagnostics` at its place in name order, so
   * that once the sources have been iterated, the two are what discoverProfiles returns.
   */
  sources: Iterable<ProfileSource>;
  diagnostics: Diagnostic[];
  /** Stops reading ahead (for a caller that will not iterate to the end). */
  close(): void;
}

/** One name of the listing, in name order: a problem, a regular file (with its place among them) or anything else. */
type Listed = { diagnostic: Diagnostic } | { path: string; file: string; slug: string; index: number } | { path: string };

/**
 * discoverProfiles, with the files read when `sources` is iterated; with `readAhead` (the
 * default) and at least READ_AHEAD_FROM regular files, a worker thread reads them ahead
 * of the caller from the moment this returns.
 */
export function openProfiles(dir = profilesDir, root = dirname(dir), options: { readAhead?: boolean } = {}): ProfileFiles {
  const diagnostics: Diagnostic[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    diagnostics.push(problem(displayPath(dir), "profiles-dir", `cannot list profiles: ${(error as Error).message}`, "run from the repository root"));
    return { sources: [], diagnostics, close() {} };
  }
  // join(dir, name) for a name out of the listing (no separator, not "." or ".."), with the
  // folder normalised once rather than with every file (join drops a leading "./").
  const normalised = join(dir, sep);
  const inDir = normalised === `.${sep}` ? "" : normalised;
  const shown = new DisplayPaths(dir, inDir);
  const listed: Listed[] = [];
  const regular: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = inDir + entry.name;
    if (entry.name.startsWith(".")) continue; // editor and OS files (.DS_Store, .swp)
    if (entry.isDirectory()) {
      listed.push({ diagnostic: problem(shown.of(entry.name), "profiles-nested", "folders are not allowed in content/profiles/", "move each profile to content/profiles/<slug>.md") });
    } else if (extname(entry.name) !== ".md") {
      listed.push({ diagnostic: problem(shown.of(entry.name), "profiles-not-markdown", "only .md profiles belong in content/profiles/", "rename it to <slug>.md if it is a profile, otherwise move it elsewhere") });
    } else if (entry.isFile()) {
      // A regular file (the listing says so without another system call) is read directly;
      // links and anything unusual go through readProfileFile and its checks.
      listed.push({ path, file: shown.of(entry.name), slug: entry.name.slice(0, -".md".length), index: regular.length });
      regular.push(path);
    } else {
      listed.push({ path });
    }
  }
  const ahead = options.readAhead !== false && regular.length >= READ_AHEAD_FROM ? new ReadAhead(regular, { room: READ_ROOM }) : undefined;
  return { sources: readListed(listed, root, diagnostics, ahead), diagnostics, close: () => ahead?.close() };
}

function* readListed(listed: readonly Listed[], root: string, diagnostics: Diagnostic[], ahead: ReadAhead | undefined): Generator<ProfileSource> {
  try {
    for (const entry of listed) {
      if ("diagnostic" in entry) {
        diagnostics.push(entry.diagnostic);
        continue;
      }
      let result: ProfileSource | Diagnostic;
      if ("index" in entry) {
        const bytes = ahead?.take(entry.index);
        result = bytes ? { file: entry.file, slug: entry.slug, bytes } : readRegularProfile(entry.path, entry.file, entry.slug);
      } else {
        result = readProfileFile(entry.path, root);
      }
      if ("bytes" in result) yield result;
      else diagnostics.push(result);
    }
  } finally {
    ahead?.close();
  }
}

/**
 * displayPath() of the files in one folder, worked out once for the folder: for 10,000
 * profiles, resolving and relativising every path took longer than reading the listing.
 * A file name has no separator, so a file's path relative to the repository is the
 * folder's plus its name, and lies outside the repository exactly when the folder does.
 */
class DisplayPaths {
  private readonly prefix: string;

  /** `inDir` is join(dir, name) without the name, the path shown for a folder outside the repository. */
  constructor(dir: string, inDir: string) {
    const rel = relative(repoRoot, resolve(dir));
    this.prefix = rel.startsWith("..") ? inDir : rel === "" ? "" : `${rel.split(sep).join("/")}/`;
  }

  of(name: string): string {
    return this.prefix + name;
  }
}

/** Room for the largest profile allowed plus one byte, which tells a file that is too large. */
const READ_ROOM = MAX_FILE_BYTES + 1;
let scratch: Buffer | undefined;

/**
 * Reads a file the listing reports as a regular file: open, read, close, with no stat
 * before it. A read that fills the whole scratch buffer means the file is over the limit;
 * only then is its size asked for, for the message.
 */
function readRegularProfile(path: string, file: string, slug: string): ProfileSource | Diagnostic {
  scratch ??= Buffer.allocUnsafe(READ_ROOM);
  const fd = openSync(path, "r");
  try {
    let length = 0;
    for (;;) {
      const n = readSync(fd, scratch, length, scratch.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === scratch.length) {
        const size = fstatSync(fd).size;
        return problem(file, "file-too-large", `file is ${Math.ceil(size / 1024)} KB, over the ${MAX_FILE_BYTES / 1024} KB limit for a profile`, "keep the profile to its facts and link to long material instead of pasting it");
      }
    }
    return { file, slug, bytes: Buffer.from(scratch.subarray(0, length)) };
  } finally {
    closeSync(fd);
  }
}
