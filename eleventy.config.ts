/**
 * Eleventy registrations only; the site lives in src/site. Eleventy does not read a .ts
 * config by itself: `npm run build` runs it from src/cli/build.ts inside tsx.
 */
import shortlistSite, { type EleventyConfigLike } from "./src/site/eleventy-plugin.js";

export default function (eleventyConfig: EleventyConfigLike) {
  // Only our TypeScript templates: no Markdown, Liquid, Nunjucks or HTML templates at all.
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
  eleventyConfig.addPlugin(shortlistSite);
}
