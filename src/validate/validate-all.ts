/**
 * The front of the data path used by every tool: reference data → discover profiles →
 * validate. Returns everything a caller needs, or diagnostics that say why not.
 */
import { resolve } from "node:path";
import { compareDiagnostics, type Diagnostic } from "../diagnostics.js";
import { openProfiles, readProfileFile, type ProfileSource } from "../load/discover.js";
import { profilesDir } from "../paths.js";
import { loadReferenceData, type ReferenceData } from "../reference/index.js";
import { validateProfiles, type ValidationCache, type ValidProfile } from "./validate-profiles.js";

export interface ValidateAllOptions {
  today: string;
  /** Folder of profiles (default content/profiles). */
  dir?: string;
  /** Report on these files only (other profiles are still read for the uniqueness checks). */
  files?: readonly string[];
  /** Folder of reference data (default content/reference). */
  referenceDir?: string;
  /** Reference data already loaded; referenceDir is then not read. */
  reference?: ReferenceData;
  /** Per-file results kept between runs (see ValidationCache). */
  cache?: ValidationCache;
}

export interface ValidateAllResult {
  reference: ReferenceData | undefined;
  profiles: ValidProfile[];
  diagnostics: Diagnostic[];
  /** Number of profile files looked at. */
  checked: number;
}

export function validateAll(options: ValidateAllOptions): ValidateAllResult {
  // Listed first: the profiles are read (on another thread, when there are many) while the reference data loads.
  const files = openProfiles(options.dir ?? profilesDir, undefined, { readAhead: !(options.files && options.files.length > 0) });
  const ref = options.reference ? { ok: true as const, data: options.reference, diagnostics: [] } : loadReferenceData(options.referenceDir);
  if (!ref.ok) {
    files.close();
    return { reference: undefined, profiles: [], diagnostics: ref.diagnostics, checked: 0 };
  }

  let read = 0;
  let sources: Iterable<ProfileSource> = counted(files.sources, () => read++);
  let diagnostics: Diagnostic[] = [...ref.diagnostics];
  let only: Set<string> | undefined;

  if (options.files && options.files.length > 0) {
    const named: ProfileSource[] = [];
    for (const path of options.files) {
      const result = readProfileFile(resolve(path));
      if ("bytes" in result) named.push(result);
      else diagnostics.push(result);
    }
    only = new Set([...named.map((s) => s.file), ...diagnostics.map((d) => d.file)]);
    const namedFiles = new Set(named.map((s) => s.file));
    sources = [...named, ...[...files.sources].filter((s) => !namedFiles.has(s.file))];
  }

  const result = validateProfiles(sources, { today: options.today, tables: ref.data.tables, ...(options.cache ? { cache: options.cache } : {}) });
  if (!only) diagnostics.push(...files.diagnostics);
  diagnostics.push(...result.diagnostics);
  if (only) diagnostics = diagnostics.filter((d) => only!.has(d.file));
  const profiles = only ? result.profiles.filter((p) => only!.has(p.file)) : result.profiles;
  return {
    reference: ref.data,
    profiles,
    diagnostics: diagnostics.sort(compareDiagnostics),
    checked: only ? only.size : read + files.diagnostics.length,
  };
}

function* counted<T>(items: Iterable<T>, count: () => void): Generator<T> {
  for (const item of items) {
    count();
    yield item;
  }
}
