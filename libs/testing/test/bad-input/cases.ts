import type { Operation, Schema, SchemaResolver } from './openapi';
import type { Random } from './random';
import {
  ALWAYS,
  API_KEY_VALUES,
  badValues,
  CONTENT_TYPES,
  CSV_BODIES,
  CSV_TYPES,
  cursorValues,
  HEADER_VALUES,
  IDENTITY_VALUES,
  MALFORMED_JSON,
  PATH_VALUES,
  queryValues,
  WHOLE_BODIES,
} from './inputs';
import { deepJson, jsonText, RawJson, type ValidValues } from './values';

/** One request the suite sends. `path` is sent as written: already percent-encoded, dots kept. */
export interface Case {
  service: string;
  /** The operation's templated path, e.g. `/api/projects/{id}`. */
  route: string;
  /** What was wrong with it, e.g. `body.name: NUL`. */
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Without any identity header. */
  anonymous: boolean;
  /** The one status the answer must have (an odd key of a route that needs one: 401). */
  expect?: number;
}

/** What the generator needs to know about the running services. */
export interface CaseContext {
  random: Random;
  resolver: SchemaResolver;
  values: ValidValues;
  /** The identity headers of an authenticated request to the operation. */
  identity(operation: Operation): Record<string, string>;
  /**
   * Where requests carry a key of the service's own (X-API-Key): the service token and forwarded
   * user it takes as well, which the odd user headers are tried on.
   */
  forwarded(operation: Operation): Record<string, string> | undefined;
  /** A cursor the list at `path` issued, if it had more than one row. */
  cursor(service: string, path: string): string | undefined;
}

const encode = (value: string): string => encodeURIComponent(value);

/** The header of a service's own keys (cost-api's organization and root keys). */
const API_KEY = 'x-api-key';

/** Builds the requests for one operation. */
export class CaseBuilder {
  constructor(
    private readonly context: CaseContext,
    private readonly ids: (operation: Operation, parameter: string) => string,
  ) {}

  build(operation: Operation): Case[] {
    const cases: Case[] = [];
    const add = (label: string, change: Partial<Case> = {}) =>
      cases.push({ ...this.base(operation), label, ...change });
    add('valid');
    this.pathCases(operation, add);
    this.queryCases(operation, add);
    this.headerCases(operation, add);
    if (['POST', 'PUT', 'PATCH'].includes(operation.method)) this.bodyCases(operation, add);
    if (operation.method === 'GET') add('HEAD', { method: 'HEAD' });
    const random = this.context.random;
    // Every write also with an over-long e-mail: services store who asked.
    const identity =
      operation.method === 'GET'
        ? random.sample(IDENTITY_VALUES, 2)
        : [IDENTITY_VALUES[0], ...random.sample(IDENTITY_VALUES.slice(1), 3)];
    const keyed = API_KEY in cases[0].headers;
    const forwarded = keyed ? this.context.forwarded(operation) : undefined;
    for (const [header, value] of identity) {
      const base = this.base(operation);
      // Beside a key of the service's own, user headers count only with the service token.
      const onto =
        forwarded && header !== 'x-request-id'
          ? { ...this.withoutIdentity(base.headers), ...forwarded }
          : base.headers;
      add(`header ${header}: ${value.length > 40 ? `${value.length} characters` : value}`, {
        headers: { ...onto, [header]: value },
      });
    }
    if (keyed) {
      for (const [label, value] of random.sample(API_KEY_VALUES, operation.method === 'GET' ? 2 : 3))
        add(`header ${API_KEY}: ${label}`, {
          headers: { ...this.base(operation).headers, [API_KEY]: value },
          ...(operation.access === 'public' ? {} : { expect: 401 }),
        });
    }
    // A share of everything, again without identity.
    for (const item of random.sample(cases, Math.max(2, Math.ceil(cases.length / 16)))) {
      cases.push({
        ...item,
        label: `${item.label} (anonymous)`,
        anonymous: true,
        headers: this.withoutIdentity(item.headers),
      });
    }
    return cases;
  }

  /** A request that should succeed: known ids, required parameters and a minimal valid body. */
  base(operation: Operation): Case {
    const headers: Record<string, string> = { ...this.context.identity(operation) };
    for (const parameter of operation.parameters) {
      const name = parameter.name.toLowerCase();
      // Identity headers a document declares keep the suite's identity.
      if (parameter.in === 'header' && parameter.required && !(name in headers))
        headers[name] = String(this.context.values.of(parameter.schema, parameter.name));
    }
    const body = this.validBody(operation);
    if (body !== undefined) headers['content-type'] = 'application/json';
    return {
      service: operation.service,
      route: operation.path,
      label: 'valid',
      method: operation.method,
      path: this.path(operation, {}),
      headers,
      ...(body !== undefined ? { body } : {}),
      anonymous: false,
    };
  }

  validBody(operation: Operation, full = false): string | undefined {
    if (!operation.body) return ['POST', 'PUT', 'PATCH'].includes(operation.method) ? '{}' : undefined;
    return jsonText(this.context.values.of(operation.body, '', full));
  }

  private path(operation: Operation, overrides: Record<string, string>, query = ''): string {
    const filled = operation.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
      name in overrides ? overrides[name] : encode(this.ids(operation, name)),
    );
    const required = operation.parameters
      .filter((p) => p.in === 'query' && p.required && !query.includes(`${p.name}=`))
      .map((p) => `${p.name}=${encode(String(this.context.values.of(p.schema, p.name)))}`);
    const search = [query, ...required].filter(Boolean).join('&');
    return search ? `${filled}?${search}` : filled;
  }

  private pathCases(operation: Operation, add: (label: string, change?: Partial<Case>) => void): void {
    const always = new Set(['dot dot', 'NUL', '101 characters', 'bad percent-encoding']);
    for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
      const values = [
        ...PATH_VALUES.filter(([label]) => always.has(label)),
        ...this.context.random.sample(
          PATH_VALUES.filter(([label]) => !always.has(label)),
          5,
        ),
      ];
      for (const [label, value] of values)
        add(`path ${parameter.name}: ${label}`, { path: this.path(operation, { [parameter.name]: value }) });
    }
  }

  private queryCases(operation: Operation, add: (label: string, change?: Partial<Case>) => void): void {
    const random = this.context.random;
    const query = operation.parameters.filter((p) => p.in === 'query');
    for (const parameter of query) {
      const schema = this.context.resolver.resolve(parameter.schema);
      const values =
        parameter.name === 'cursor'
          ? cursorValues(this.context.cursor(operation.service, operation.path))
          : queryValues(
              parameter.name,
              schema.type === 'array' ? this.context.resolver.resolve(schema.items) : schema,
            );
      for (const [label, value] of random.sample(values, 3))
        add(`query ${parameter.name}: ${label}`, {
          path: this.path(operation, {}, `${parameter.name}=${value}`),
        });
    }
    if (operation.method !== 'GET') return;
    add('query: unknown parameter', { path: this.path(operation, {}, 'no_such_parameter=1') });
    add('query: bracket syntax', { path: this.path(operation, {}, 'limit[]=1&filter[a][b]=2') });
    add('query: 300 parameters', {
      path: this.path(operation, {}, Array.from({ length: 300 }, (_, i) => `p${i}=${i}`).join('&')),
    });
    const first = query[0];
    if (first)
      add(`query ${first.name}: repeated`, {
        path: this.path(operation, {}, `${first.name}=1&${first.name}=2`),
      });
    if (query.some((p) => p.name === 'limit')) {
      for (const odd of [
        'limit=100',
        'limit=1&offset=1000000',
        'limit=1&count=true',
        'created_after=9999-12-31T23%3A59%3A59Z',
      ])
        add(`query: valid but odd (${odd})`, { path: this.path(operation, {}, odd) });
    }
  }

  private headerCases(operation: Operation, add: (label: string, change?: Partial<Case>) => void): void {
    const headers = operation.parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
    if (operation.streams && !headers.includes('last-event-id')) headers.push('last-event-id');
    for (const name of headers) {
      const values = HEADER_VALUES[name] ?? ['h'.repeat(5000), '%00', ' '];
      for (const value of name === 'last-event-id' ? values : this.context.random.sample(values, 3)) {
        const base = this.base(operation);
        add(`header ${name}: ${value.length > 40 ? `${value.length} characters` : value}`, {
          headers: { ...base.headers, [name]: value },
        });
      }
    }
  }

  private bodyCases(operation: Operation, add: (label: string, change?: Partial<Case>) => void): void {
    const random = this.context.random;
    const json = (body: string, label: string) =>
      add(label, { body, headers: { ...this.base(operation).headers, 'content-type': 'application/json' } });
    for (const [label, text] of random.sample(MALFORMED_JSON, 3))
      json(text, `body: malformed JSON (${label})`);
    json(deepJson(5000), 'body: nested 5000 deep');
    for (const [label, text] of random.sample(WHOLE_BODIES, 3)) json(text, `body: ${label}`);
    for (const [label, type, text] of random.sample(CONTENT_TYPES, 3)) {
      const headers = { ...this.base(operation).headers };
      delete headers['content-type'];
      add(`body: content type ${label}`, {
        body: text,
        headers: type ? { ...headers, 'content-type': type } : headers,
      });
    }
    if (operation.csv) this.csvCases(operation, add);
    const schema = operation.body ? this.context.resolver.resolve(operation.body) : undefined;
    if (!schema) return;
    if (schema.type === 'array') {
      const item = this.context.resolver.resolve(schema.items);
      const valid = this.context.values.of(item);
      json(
        jsonText(Array.from({ length: (schema.maxItems ?? 100) + 1 }, () => valid)),
        'body: too many items',
      );
      json(jsonText([valid, 'not an object', null]), 'body: items of the wrong type');
      if (item.properties)
        this.propertyCases(item, (body, label) => json(jsonText([body]), `[0].${label}`), random, 0);
      return;
    }
    json(this.validBody(operation, true) ?? '{}', 'body: valid, every optional field');
    json(oddStrings(this.validBody(operation, true) ?? '{}'), 'body: valid, odd unicode');
    json(jsonText({ ...asObject(this.context.values.of(schema)), no_such_field: 1 }), 'body: unknown field');
    this.propertyCases(schema, (body, label) => json(jsonText(body), `body.${label}`), random, 2);
  }

  /** Every CSV file as text/csv, and the valid one under the other CSV media types. */
  private csvCases(operation: Operation, add: (label: string, change?: Partial<Case>) => void): void {
    const headers = { ...this.base(operation).headers, 'content-type': 'text/csv' };
    for (const [label, body] of CSV_BODIES) add(`csv: ${label}`, { body, headers });
    for (const type of CSV_TYPES)
      add(`csv: valid as ${type}`, { body: CSV_BODIES[0][1], headers: { ...headers, 'content-type': type } });
  }

  /** For each property: the required one missing, and bad values in its place. */
  private propertyCases(
    schema: Schema,
    send: (body: unknown, label: string) => void,
    random: Random,
    extra: number,
  ): void {
    const valid = asObject(this.context.values.of(schema));
    for (const name of schema.required ?? []) {
      const { [name]: _dropped, ...rest } = valid;
      send(rest, `${name}: missing`);
    }
    for (const [name, raw] of Object.entries(schema.properties ?? {})) {
      const property = this.context.resolver.resolve(raw);
      const bad = badValues(property);
      const always = bad.filter((b) => ALWAYS.has(b.label));
      const picked = [
        ...always,
        ...random.sample(
          bad.filter((b) => !always.includes(b)),
          extra,
        ),
      ];
      if (property.type === 'object' || property.additionalProperties)
        picked.push({ label: 'nested 5000 deep', value: new RawJson(deepJson(5000)) });
      for (const { label, value } of picked) send({ ...valid, [name]: value }, `${name}: ${label}`);
    }
  }

  private withoutIdentity(headers: Record<string, string>): Record<string, string> {
    const identity = new Set([
      API_KEY,
      'x-service-token',
      'x-user-id',
      'x-user-email',
      'x-telegram-id',
      'x-user-role',
    ]);
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !identity.has(name)));
  }
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
}

/** The same JSON with its short strings replaced by combining marks, right-to-left text and emoji. */
function oddStrings(text: string): string {
  return text.replace(/"valid-value"/g, '"e\u0301\u202e\u{1F4A9}\u200d"');
}
