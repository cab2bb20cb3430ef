/**
 * Finds profile files. Profiles are `content/profiles/<slug>.md`, directly in that folder.
 * Anything else there (folders, other files, links leading outside content/, files too
 * large to read) becomes a positioned diagnostic instead of being read or ignored silently.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { contentDir, profilesDir, repoRoot } from "../paths.js";
import { MAX_FILE_BYTES } from "./decode.js";

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
  const sources: ProfileSource[] = [];
  const diagnostics: Diagnostic[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    return { sources, diagnostics: [problem(displayPath(dir), "profiles-dir", `cannot list profiles: ${(error as Error).message}`, "run from the repository root")] };
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith(".")) continue; // editor and OS files (.DS_Store, .swp)
    if (entry.isDirectory()) {
      diagnostics.push(problem(displayPath(path), "profiles-nested", "folders are not allowed in content/profiles/", "move each profile to content/profiles/<slug>.md"));
      continue;
    }
    if (extname(entry.name) !== ".md") {
      diagnostics.push(problem(displayPath(path), "profiles-not-markdown", "only .md profiles belong in content/profiles/", "rename it to <slug>.md if it is a profile, otherwise move it elsewhere"));
      continue;
    }
    const result = readProfileFile(path, root);
    if ("bytes" in result) sources.push(result);
    else diagnostics.push(result);
  }
  return { sources, diagnostics };
}
