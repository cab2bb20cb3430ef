/**
 * Looks up the part of the profile schema that describes a field path, so that reference
 * data (the rubric) can be checked against the profile contract: does the field exist,
 * what type is it, and which vocabulary does it draw on.
 */
type SchemaNode = Record<string, unknown>;

function resolve(node: SchemaNode, root: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
    const target = (root.$defs as Record<string, SchemaNode> | undefined)?.[ref.slice("#/$defs/".length)];
    if (target) return { ...resolve(target, root), ...node, $ref: undefined };
  }
  return node;
}

/** The subschema at a path of property names (no array indices), or undefined. */
export function schemaAt(root: SchemaNode, path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode = resolve(root, root);
  for (const part of path) {
    const props = node.properties as Record<string, SchemaNode> | undefined;
    const child = props && Object.hasOwn(props, part) ? props[part] : undefined;
    if (!child) return undefined;
    node = resolve(child, root);
  }
  return node;
}

export function itemsOf(node: SchemaNode, root: SchemaNode): SchemaNode | undefined {
  return node.items && typeof node.items === "object" ? resolve(node.items as SchemaNode, root) : undefined;
}

/** "array", "object", "number", "string", "boolean" or "enum". */
export function kindOf(node: SchemaNode): string {
  const type = node.type;
  if (type === "integer") return "number";
  if (typeof type === "string") return type;
  if (Array.isArray(node.enum)) return "enum";
  return "unknown";
}

export function propertyNames(node: SchemaNode): string[] {
  return Object.keys((node.properties as Record<string, unknown> | undefined) ?? {});
}

export type { SchemaNode };
