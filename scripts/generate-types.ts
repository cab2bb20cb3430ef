/**
 * Generates src/generated/*.ts from the JSON Schemas in schemas/.
 * The schemas are the contract; these types follow them and are never edited by hand.
 *
 *   npm run types          write the files
 *   npm run types -- --check   exit 1 when a committed file is stale (used by CI and tests)
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const schemaDir = join(root, "schemas");
const outDir = join(root, "src/generated");

const HEADER = `/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/{{file}}. Regenerate with \`npm run types\`.
 */`;

export async function generateTypes(): Promise<Map<string, string>> {
  const files = (await readdir(schemaDir)).filter((f) => f.endsWith(".schema.json")).sort();
  const out = new Map<string, string>();
  for (const file of files) {
    const schema = JSON.parse(await readFile(join(schemaDir, file), "utf8"));
    const ts = await compile(schema, schema.title ?? file, {
      bannerComment: HEADER.replace("{{file}}", file),
      additionalProperties: false,
      unreachableDefinitions: false,
      strictIndexSignatures: true,
      ignoreMinAndMaxItems: true,
      cwd: schemaDir,
      style: { printWidth: 100 },
    });
    out.set(join(outDir, file.replace(".schema.json", ".ts")), ts);
  }
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const generated = await generateTypes();
  const stale: string[] = [];
  for (const [path, text] of generated) {
    const current = await readFile(path, "utf8").catch(() => "");
    if (current === text) continue;
    if (check) stale.push(path);
    else await writeFile(path, text);
  }
  if (check && stale.length > 0) {
    for (const path of stale) console.error(`${path}: error: generated types are stale; run \`npm run types\``);
    process.exit(1);
  }
  if (!check) console.log(`wrote ${generated.size} type files to src/generated/`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
