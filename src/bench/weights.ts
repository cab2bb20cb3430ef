/**
 * Page weights of a built Shortlist site: how many files and bytes, and the heaviest
 * directory page and profile page as gzip -9 of the HTML. Gzip sizes follow raw sizes
 * closely, so only the `candidates` largest pages of each kind are compressed (all of them
 * when there are fewer); the render-blocking stylesheet is reported beside them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  path: string;
  bytes: number;
  gzip: number;
}

export interface SiteWeights {
  files: number;
  htmlPages: number;
  bytes: number;
  directoryPages: number;
  profilePages: number;
  heaviestDirectory?: PageWeight;
  heaviestProfile?: PageWeight;
  /** gzip -9 of /assets/site.css (render-blocking on every page). */
  cssGzip?: number;
}

function walk(dir: string, out: Array<{ rel: string; size: number }>, root = dir): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out, root);
    else out.push({ rel: relative(root, path).split(sep).join("/"), size: statSync(path).size });
  }
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function heaviest(root: string, pages: Array<{ rel: string; size: number }>, candidates: number): PageWeight | undefined {
  const largest = [...pages].sort((a, b) => b.size - a.size).slice(0, candidates);
  let best: PageWeight | undefined;
  for (const p of largest) {
    const weight = { path: `/${p.rel}`, bytes: p.size, gzip: gz(join(root, p.rel)) };
    if (!best || weight.gzip > best.gzip) best = weight;
  }
  return best;
}

/** Profile pages are /profiles/<slug>/index.html for slugs in `slugs`; directory pages are the other /profiles/… pages. */
export function siteWeights(root: string, slugs: ReadonlySet<string>, candidates = 50): SiteWeights {
  const files: Array<{ rel: string; size: number }> = [];
  walk(root, files);
  const html = files.filter((f) => f.rel.endsWith(".html") && !f.rel.startsWith("pagefind/"));
  const isProfile = (rel: string) => {
    const m = /^profiles\/([^/]+)\/index\.html$/.exec(rel);
    return m !== null && slugs.has(m[1]!);
  };
  const profiles = html.filter((f) => isProfile(f.rel));
  const directory = html.filter((f) => f.rel.startsWith("profiles/") && !isProfile(f.rel));
  let cssGzip: number | undefined;
  try {
    cssGzip = gz(join(root, "assets", "site.css"));
  } catch {
    cssGzip = undefined;
  }
  const hd = heaviest(root, directory, candidates);
  const hp = heaviest(root, profiles, candidates);
  return {
    files: files.length,
    htmlPages: html.length,
    bytes: files.reduce((n, f) => n + f.size, 0),
    directoryPages: directory.length,
    profilePages: profiles.length,
    ...(hd ? { heaviestDirectory: hd } : {}),
    ...(hp ? { heaviestProfile: hp } : {}),
    ...(cssGzip !== undefined ? { cssGzip } : {}),
  };
}

/** Number of files and bytes under a folder (baseline outputs). */
export function folderSize(root: string): { files: number; bytes: number } {
  const files: Array<{ rel: string; size: number }> = [];
  walk(root, files);
  return { files: files.length, bytes: files.reduce((n, f) => n + f.size, 0) };
}
