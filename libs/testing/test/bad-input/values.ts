import type { Random } from './random';
import type { Schema, SchemaResolver } from './openapi';

/** Ids the services answered while the suite seeded them, by collection (`projects`, `runs`, `jobs`). */
export type KnownIds = Map<string, string[]>;

/** Fields that name another collection than their noun says. */
const ALIASES: Record<string, string> = {
  owner: 'users',
  assignee: 'users',
  requested_by: 'users',
  org: 'organizations',
  session: 'chat_sessions',
  set: 'patch_sets',
  channel: 'notification_channels',
  rule: 'notification_rules',
  alert: 'cost_alerts',
  adjusts: 'spend_ledger',
};

/** The collection a field or path parameter names: `project_id` → `projects`, `parent_run_id` → `runs`. */
export function collectionOf(field: string): string | undefined {
  const match = /(?:^|_)([a-z]+)_id$/.exec(field);
  if (!match) return undefined;
  const noun = match[1];
  if (ALIASES[noun]) return ALIASES[noun];
  return noun.endsWith('s') ? noun : noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** Stands for a JSON literal that JSON.stringify cannot write (1e400, -0, 30 digits): replaced in the text. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may hold RawJson literals. */
export function jsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RawJson) {
      raws.push(item.text);
      return `\u0001raw${raws.length - 1}\u0001`;
    }
    return item;
  });
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_m, index: string) => raws[Number(index)]);
}

/** An object nested `depth` levels deep, as JSON text (built as text: no recursion anywhere). */
export function deepJson(depth: number, kind: 'object' | 'array' = 'object'): string {
  return kind === 'object'
    ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/** Tried in order against a string's pattern: the first that matches is its valid value (a currency, a country…). */
const STRING_CANDIDATES = ['valid-value', 'a1', 'x', '1.5', '0'.repeat(64), 'abc.def', 'EUR', 'FR'];

const clampLength = (text: string, schema: Schema): string => {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Infinity;
  const padded = text.length < min ? text + 'x'.repeat(min - text.length) : text;
  return padded.slice(0, Math.max(min, Math.min(max, padded.length)));
};

/** Values that a schema accepts: the generator's starting point for every mutation. */
export class ValidValues {
  constructor(
    private readonly resolver: SchemaResolver,
    private readonly known: KnownIds,
    private readonly random: Random,
  ) {}

  /** A value of `schema`; `full` fills optional properties too (valid-but-odd cases). */
  of(raw: Schema | undefined, field = '', full = false, depth = 0): unknown {
    const schema = this.resolver.resolve(raw);
    if (schema.enum?.length) return schema.enum[0];
    if (schema.oneOf?.length || schema.anyOf?.length)
      return this.of((schema.oneOf ?? schema.anyOf ?? [])[0], field, full, depth);
    const type = schema.type ?? (schema.properties ? 'object' : undefined);
    switch (type) {
      case 'string':
        return this.string(schema, field);
      case 'integer':
      case 'number':
        return this.number(schema);
      case 'boolean':
        return schema.example ?? true;
      case 'array': {
        const count = Math.max(schema.minItems ?? 0, full ? 1 : 0);
        return Array.from({ length: count }, () => this.of(schema.items, field, full, depth + 1));
      }
      case 'object':
        return depth > 4 ? {} : this.object(schema, full, depth);
      case undefined:
      default:
        return schema.example ?? 'valid-value';
    }
  }

  object(schema: Schema, full: boolean, depth = 0): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const required = new Set(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (required.has(name) || full) result[name] = this.of(property, name, full, depth + 1);
    }
    if (
      Object.keys(result).length === 0 &&
      schema.example !== undefined &&
      typeof schema.example === 'object'
    )
      return { ...(schema.example as Record<string, unknown>) };
    return result;
  }

  /** An id the services know for `field`, else a fresh UUID that names nothing. */
  idFor(field: string): string {
    const collection = collectionOf(field);
    const ids = collection ? this.known.get(collection) : undefined;
    return ids?.[0] ?? this.random.uuid();
  }

  private string(schema: Schema, field: string): string {
    switch (schema.format) {
      case 'uuid':
        return this.idFor(field);
      case 'date-time':
        return '2024-05-06T07:08:09.000Z';
      case 'date':
        return '2024-05-06';
      case 'uri':
        return 'https://example.com/slipway/repo.git';
      case 'email':
        return 'dev@example.com';
      case undefined:
      default:
        break;
    }
    const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
    const candidates = [
      ...(typeof schema.example === 'string' ? [schema.example] : []),
      ...STRING_CANDIDATES,
    ].map((c) => clampLength(c, schema));
    return candidates.find((c) => !pattern || pattern.test(c)) ?? clampLength('valid-value', schema);
  }

  private number(schema: Schema): number {
    if (typeof schema.example === 'number') return schema.example;
    const low = schema.minimum ?? 1;
    const high = schema.maximum ?? Math.max(low, 1);
    return Math.min(Math.max(low, 1), high);
  }
}
