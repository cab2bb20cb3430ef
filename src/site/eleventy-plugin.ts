/**
 * Everything Eleventy needs to know about the site, as one plugin: TypeScript templates,
 * static assets and published schemas, and the `shortlist` global data (the view models).
 * The build CLI injects data it has already validated; run standalone, the plugin loads it.
 */
import { join, relative } from "node:path";
import { formatText } from "../diagnostics.js";
import { repoRoot, schemasDir } from "../paths.js";
import { resolveToday } from "../util/dates.js";
import { loadSiteData, type SiteData } from "./data/site-data.js";

export const pagesDir = join(repoRoot, "src/site/pages");
export const assetsDir = join(repoRoot, "src/site/assets");

/** The part of Eleventy's UserConfig this plugin uses. */
export interface EleventyConfigLike {
  addExtension(ext: string | string[], options: Record<string, unknown>): void;
  addTemplateFormats(formats: string | string[]): void;
  setTemplateFormats(formats: string | string[]): void;
  addPassthroughCopy(spec: string | Record<string, string>, options?: Record<string, unknown>): unknown;
  addGlobalData(name: string, data: unknown): unknown;
  setQuietMode(quiet: boolean): void;
  addPlugin(plugin: (config: EleventyConfigLike) => void): void;
  globalData: Record<string, unknown>;
  ignores: Set<string>;
}

function loadOrThrow(): SiteData {
  const result = loadSiteData({ today: resolveToday() });
  if (!result.ok) throw new Error(`profiles are not valid:\n${result.diagnostics.map(formatText).join("\n")}`);
  return result.data;
}

/** Paths for passthrough copy are relative to the working directory Eleventy runs in. */
function fromCwd(path: string): string {
  return relative(process.cwd(), path) || ".";
}

export default function shortlistSite(eleventyConfig: EleventyConfigLike): void {
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addPassthroughCopy({ [fromCwd(assetsDir)]: "assets" });
  eleventyConfig.addPassthroughCopy({ [`${fromCwd(schemasDir)}/*.json`]: "schemas" });
  if (!("shortlist" in eleventyConfig.globalData)) eleventyConfig.addGlobalData("shortlist", loadOrThrow);
  eleventyConfig.setQuietMode(true);
}
