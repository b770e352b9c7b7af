/** Where a local `$ref` (`#/components/schemas/X`) points, or undefined when nothing is there. */
function resolve(document: object, ref: string): unknown {
  let node: unknown = document;
  for (const token of ref.slice(2).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = Object.getOwnPropertyDescriptor(node, key)?.value;
  }
  return node;
}

/** The local `$ref`s of a document that point at nothing (a viewer such as ReDoc refuses the whole document). */
export function danglingReferences(document: object): string[] {
  const dangling = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
        if (resolve(document, value) === undefined) dangling.add(value);
      } else visit(value);
    }
  };
  visit(document);
  return [...dangling].sort();
}
