/**
 * Reads the `x-vocabulary` annotations out of the profile schema, so that which field
 * draws from which vocabulary is stated once, in the contract, and nowhere in code.
 */
export interface VocabularyBinding {
  /** JSON-pointer segments; "*" matches any array index. */
  path: string[];
  vocabulary: string;
}

type SchemaNode = Record<string, unknown>;

export function vocabularyBindings(schema: SchemaNode): VocabularyBinding[] {
  const defs = (schema.$defs ?? {}) as Record<string, SchemaNode>;
  const out: VocabularyBinding[] = [];
  const resolve = (node: SchemaNode): SchemaNode => {
    const ref = node.$ref;
    if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
      const target = defs[ref.slice("#/$defs/".length)];
      if (target) return { ...target, ...node, $ref: undefined };
    }
    return node;
  };
  const walk = (raw: SchemaNode, path: string[], depth: number) => {
    if (depth > 20) return;
    const node = resolve(raw);
    if (typeof node["x-vocabulary"] === "string") out.push({ path, vocabulary: node["x-vocabulary"] });
    const props = node.properties as Record<string, SchemaNode> | undefined;
    for (const [key, child] of Object.entries(props ?? {})) walk(child, [...path, key], depth + 1);
    if (node.items && typeof node.items === "object") walk(node.items as SchemaNode, [...path, "*"], depth + 1);
  };
  walk(schema, [], 0);
  return out;
}

/** Every value in `data` at a binding's path, with its JSON pointer. */
export function valuesAt(data: unknown, path: readonly string[]): Array<{ pointer: string; value: unknown }> {
  let frontier: Array<{ pointer: string; value: unknown }> = [{ pointer: "", value: data }];
  for (const segment of path) {
    const next: typeof frontier = [];
    for (const { pointer, value } of frontier) {
      if (segment === "*") {
        if (Array.isArray(value)) value.forEach((v, i) => next.push({ pointer: `${pointer}/${i}`, value: v }));
      } else if (value && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, segment)) {
        next.push({ pointer: `${pointer}/${segment}`, value: (value as Record<string, unknown>)[segment] });
      }
    }
    frontier = next;
  }
  return frontier;
}
