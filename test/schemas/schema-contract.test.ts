import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemasDir } from "../../src/paths.js";
import { getAjv } from "../../src/validate/ajv.js";

type Node = Record<string, unknown>;
const files = readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json"));

/** Every subschema that describes an object property, with its path. */
function walk(node: Node, path: string, visit: (node: Node, path: string) => void): void {
  visit(node, path);
  for (const key of ["properties", "$defs"]) {
    for (const [name, child] of Object.entries((node[key] ?? {}) as Record<string, Node>)) walk(child, `${path}/${key}/${name}`, visit);
  }
  for (const key of ["items", "additionalProperties"]) {
    if (node[key] && typeof node[key] === "object") walk(node[key] as Node, `${path}/${key}`, visit);
  }
}

describe.each(files)("schemas/%s", (file) => {
  const schema = JSON.parse(readFileSync(join(schemasDir, file), "utf8")) as Node;

  it("is a 2020-12 schema with an $id under the published /schemas/ URL and compiles", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`https://shortlist.example/schemas/${file}`);
    expect(getAjv().getSchema(schema.$id as string)).toBeTypeOf("function");
  });

  it("gives every property a title and a description", () => {
    const missing: string[] = [];
    walk(schema, "#", (node, path) => {
      for (const [name, prop] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
        const target = typeof prop.$ref === "string" && prop.$ref.startsWith("#/$defs/") ? ((schema.$defs as Record<string, Node>)[prop.$ref.slice(8)] ?? {}) : {};
        const merged = { ...target, ...prop };
        if (typeof merged.title !== "string" || typeof merged.description !== "string") missing.push(`${path}/properties/${name}`);
      }
    });
    expect(missing).toEqual([]);
  });

  it("closes every object with additionalProperties: false or a typed map", () => {
    const open: string[] = [];
    walk(schema, "#", (node, path) => {
      if (node.type === "object" && node.additionalProperties === undefined) open.push(path);
    });
    expect(open).toEqual([]);
  });

  it("only requires properties it defines", () => {
    const undefinedRequired: string[] = [];
    walk(schema, "#", (node, path) => {
      const props = Object.keys((node.properties ?? {}) as Node);
      for (const name of (node.required ?? []) as string[]) if (!props.includes(name)) undefinedRequired.push(`${path}: ${name}`);
    });
    expect(undefinedRequired).toEqual([]);
  });

  it("has a prose guide beside it", () => {
    expect(readdirSync(schemasDir)).toContain(file.replace(".json", ".md"));
  });
});
