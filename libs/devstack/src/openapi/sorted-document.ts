import type { OpenApiDocument } from 'openapi-merge';
import { HTTP_METHODS } from './client-view';

const TOP_LEVEL = ['openapi', 'info', 'servers', 'security', 'tags', 'x-tagGroups', 'paths', 'components'];
const PATH_ITEM = ['summary', 'description', 'parameters', ...HTTP_METHODS];

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const rank = (key: string, order: readonly string[]): number =>
  order.includes(key) ? order.indexOf(key) : order.length;

/** Re-inserts the keys of `value`: those in `order` first, in that order; the rest after them, by name. */
function reorder(value: object, order: readonly string[] = []): void {
  const entries = Object.entries(value).sort(([a], [b]) => rank(a, order) - rank(b, order) || compare(a, b));
  for (const [key] of entries) Reflect.deleteProperty(value, key);
  for (const [key, entry] of entries) Reflect.set(value, key, entry);
}

/**
 * Puts the document's maps in a fixed order, whatever order the services registered their routes
 * and models in: top-level fields as OpenAPI lists them, paths and every component bucket by name,
 * a path's operations by method. Schemas and lists inside operations keep their order. In place.
 */
export function sortDocument(document: OpenApiDocument): void {
  reorder(document, TOP_LEVEL);
  if (document.paths) {
    reorder(document.paths);
    for (const item of Object.values(document.paths)) reorder(item, PATH_ITEM);
  }
  if (document.components) {
    reorder(document.components);
    for (const bucket of Object.values(document.components)) if (bucket) reorder(bucket);
  }
}
