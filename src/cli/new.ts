/**
 * npm run new -- --name "…" --kind firm|freelancer [--slug s]
 * Writes content/profiles/<slug>.md with every field present and the schema's guidance as
 * comments. Refuses to overwrite, to reuse a name, or to guess a slug from nothing.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { discoverProfiles } from "../load/discover.js";
import { readSource } from "../load/source-file.js";
import { profilesDir } from "../paths.js";
import { loadReferenceData } from "../reference/index.js";
import { profileTemplate } from "../scaffold/profile-template.js";
import { slugify } from "../util/slugify.js";
import { normaliseName } from "../validate/lints/unique-identity.js";
import { isMain } from "../util/is-main.js";
import { parseCommandLine } from "../util/command-line.js";

const USAGE = 'usage: npm run new -- --name "Firm name" --kind firm|freelancer [--slug file-name]';

export function runNew(argv: string[], dir = profilesDir): number {
  const fail = (message: string) => {
    process.stderr.write(`error: ${message}\n`);
    return 1;
  };
  const parsed = parseCommandLine({ args: argv, options: { name: { type: "string" }, kind: { type: "string" }, slug: { type: "string" }, help: { type: "boolean", short: "h" } } }, USAGE, undefined, "error: ");
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const name = values.name?.trim();
  if (!name) return fail(`--name is required\n${USAGE}`);
  if (name.length < 2 || name.length > 100) return fail("--name must be 2 to 100 characters");
  if (values.kind !== "firm" && values.kind !== "freelancer") return fail(`--kind must be firm or freelancer, not ${JSON.stringify(values.kind ?? "")}`);
  const slug = values.slug ?? slugify(name);
  if (!slug) return fail(`"${name}" leaves no letters or digits for a file name; pass --slug with one, e.g. --slug my-firm`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 60) return fail(`--slug "${slug}" must be lower-case kebab-case, at most 60 characters`);

  const reference = loadReferenceData();
  if (!reference.ok) return fail("the reference data in content/reference/ is invalid; run `npm run validate` for details");

  const wanted = normaliseName(name);
  for (const existing of discoverProfiles(dir).sources) {
    if (existing.slug === slug) return fail(`content/profiles/${slug}.md already exists; edit it instead, or pass another --slug`);
    const data = readSource(existing.file, existing.bytes, { format: "frontmatter" }).data as { name?: unknown } | undefined;
    if (typeof data?.name === "string" && normaliseName(data.name) === wanted) {
      return fail(`${existing.file} already has the name "${data.name}"; one firm, one profile`);
    }
  }

  const path = join(dir, `${slug}.md`);
  try {
    writeFileSync(path, profileTemplate({ name, kind: values.kind, tables: reference.data.tables }), { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === "EEXIST" ? `${path} already exists; edit it instead` : `cannot write ${path}: ${(error as Error).message}`);
  }
  process.stdout.write(`created content/profiles/${slug}.md\nnext: fill in the blanks, then run  npm run validate -- content/profiles/${slug}.md\n`);
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = runNew(process.argv.slice(2));
