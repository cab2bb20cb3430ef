/** Shared by the build tests and the browser tests: build the samples once into a temp dir, list and read the output. */
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { buildSite, type BuildOptions, type BuildResult } from "../../src/cli/build.js";
import { TODAY } from "../helpers.js";

export async function buildSamples(log: string[] = [], options: BuildOptions = {}): Promise<{ dir: string; root: string; result: BuildResult }> {
  const root = mkdtempSync(join(tmpdir(), "shortlist-site-"));
  const dir = join(root, "site");
  const result = await buildSite({ outDir: dir, today: TODAY, log: (line) => log.push(line), ...options });
  if (!result.ok) throw new Error(`build failed:\n${log.join("\n")}`);
  return { dir, root, result };
}

/** Every file under dir, as paths relative to it with forward slashes. */
export function listFiles(dir: string, skip: (path: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p).split("\\").join("/");
      if (skip(rel)) continue;
      if (statSync(p).isDirectory()) walk(p);
      else out.push(rel);
    }
  };
  walk(dir);
  return out;
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), "utf8");
}
