/**
 * The benchmark's inputs, written into one temporary folder from the same N synthetic
 * profiles:
 *
 *   profiles/<slug>.md          Shortlist profiles (YAML frontmatter + Markdown body)
 *   eleventy/src/<slug>.md      bare Eleventy: the same body, frontmatter with a title and a
 *                               layout; one small Nunjucks layout in eleventy/src/_includes/
 *   hugo/content/profiles/…     bare Hugo: the same body, frontmatter with a title; a config
 *                               and a single + list layout
 *
 * The baselines get exactly the Markdown bodies Shortlist renders, so the comparison is
 * "the same files, rendered and indexed by the tool a user would pick instead".
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticProfile } from "./synthetic.js";

export interface Corpus {
  root: string;
  profilesDir: string;
  eleventyDir: string;
  eleventyInput: string;
  hugoDir: string;
  count: number;
  /** Total bytes of profile files written. */
  bytes: number;
}

/** A YAML double-quoted string (JSON strings are valid YAML 1.2 double-quoted scalars). */
const yamlString = (text: string) => JSON.stringify(text);

const ELEVENTY_LAYOUT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
</head>
<body>
<main>
<h1>{{ title }}</h1>
{{ content | safe }}
</main>
</body>
</html>
`;

const HUGO_CONFIG = `baseURL = "https://bench.example/"
languageCode = "en"
title = "Bench"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
`;

const HUGO_SINGLE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
</head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
</main>
</body>
</html>
`;

const HUGO_LIST = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1></main></body>
</html>
`;

export function writeCorpus(root: string, count: number, seed = 2026): Corpus {
  const profilesDir = join(root, "profiles");
  const eleventyDir = join(root, "eleventy");
  const eleventyInput = join(eleventyDir, "src");
  const hugoDir = join(root, "hugo");
  const hugoContent = join(hugoDir, "content", "profiles");
  for (const dir of [profilesDir, join(eleventyInput, "_includes"), hugoContent, join(hugoDir, "layouts", "_default")]) mkdirSync(dir, { recursive: true });

  writeFileSync(join(eleventyInput, "_includes", "layout.njk"), ELEVENTY_LAYOUT);
  writeFileSync(join(hugoDir, "hugo.toml"), HUGO_CONFIG);
  writeFileSync(join(hugoDir, "layouts", "_default", "single.html"), HUGO_SINGLE);
  writeFileSync(join(hugoDir, "layouts", "_default", "list.html"), HUGO_LIST);

  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const p = syntheticProfile(i, seed);
    writeFileSync(join(profilesDir, `${p.slug}.md`), p.text);
    bytes += Buffer.byteLength(p.text);
    const title = yamlString(p.data.name);
    writeFileSync(join(eleventyInput, `${p.slug}.md`), `---\ntitle: ${title}\nlayout: layout.njk\n---\n${p.body}`);
    writeFileSync(join(hugoContent, `${p.slug}.md`), `---\ntitle: ${title}\n---\n${p.body}`);
  }
  return { root, profilesDir, eleventyDir, eleventyInput, hugoDir, count, bytes };
}
