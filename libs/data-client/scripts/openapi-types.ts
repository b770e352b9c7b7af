/**
 * OpenAPI 3.0 → TypeScript types in the `paths` / `components` / `operations` shape that openapi-fetch
 * reads (the shape openapi-typescript emits). It covers what data-api's document uses and throws on
 * anything else, naming where it met it, so an API change it cannot express fails loudly instead of
 * turning into `unknown`.
 *
 * Pure: no imports, so `generate.cjs` can run it after a bare `transpileModule`.
 */

export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  description?: string;
  nullable?: boolean;
  enum?: readonly (string | number | boolean | null)[];
  properties?: Record<string, SchemaObject>;
  required?: readonly string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  allOf?: readonly SchemaObject[];
  oneOf?: readonly SchemaObject[];
  anyOf?: readonly SchemaObject[];
  [keyword: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: SchemaObject;
  $ref?: string;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
}

export interface ResponseObject {
  description?: string;
  headers?: Record<string, { description?: string; required?: boolean; schema?: SchemaObject }>;
  content?: Record<string, MediaTypeObject>;
  $ref?: string;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: readonly ParameterObject[];
  requestBody?: { required?: boolean; content: Record<string, MediaTypeObject>; $ref?: string };
  responses?: Record<string, ResponseObject>;
}

export type PathItemObject = { parameters?: readonly ParameterObject[] } & {
  [method in HttpMethod]?: OperationObject;
};

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, PathItemObject>;
  components?: { schemas?: Record<string, SchemaObject> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
type HttpMethod = (typeof METHODS)[number];
const LOCATIONS = ['query', 'header', 'path', 'cookie'] as const;

/** Keywords that constrain values but not their TypeScript type. */
const ANNOTATIONS = new Set([
  'description',
  'format',
  'example',
  'default',
  'title',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'deprecated',
  'readOnly',
  'writeOnly',
  'examples',
]);
const SHAPING = new Set([
  '$ref',
  'type',
  'nullable',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'allOf',
  'oneOf',
  'anyOf',
]);

/** Where a generated module came from and the command that remakes it, for its header. */
export interface GeneratedFrom {
  document: string;
  command: string;
}

const DATA_API: GeneratedFrom = {
  document: 'apps/data-api/openapi.json',
  command: 'npm run data-client:generate',
};

const header = ({ document, command }: GeneratedFrom): string => `/**
 * Generated from ${document} by libs/data-client/scripts/generate.cjs.
 * Do not edit: change the service, run \`npm run openapi\`, then \`${command}\`.
 */`;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (name: string): string => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
const literal = (value: string | number | boolean | null): string => JSON.stringify(value);

function doc(lines: (string | undefined)[], indent: string): string {
  const text = lines.filter((line): line is string => line !== undefined && line.trim() !== '');
  if (text.length === 0) return '';
  const body = text
    .join('\n')
    .replace(/\*\//g, '*\\/')
    .split('\n')
    .map((line) => `${indent} * ${line}`.trimEnd());
  return `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}

class Unsupported extends Error {
  constructor(where: string, what: string) {
    super(`openapi-types: ${what} at ${where} is not supported`);
  }
}

function refType(ref: string, where: string): string {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  if (!match) throw new Unsupported(where, `$ref ${ref}`);
  return `components['schemas'][${literal(match[1])}]`;
}

function schemaType(schema: SchemaObject, where: string, indent: string): string {
  for (const keyword of Object.keys(schema)) {
    if (!SHAPING.has(keyword) && !ANNOTATIONS.has(keyword)) {
      throw new Unsupported(where, `keyword "${keyword}"`);
    }
  }
  const nullable = (type: string): string => (schema.nullable === true ? `${type} | null` : type);
  if (schema.$ref !== undefined) {
    if (Object.keys(schema).some((k) => SHAPING.has(k) && k !== '$ref')) {
      throw new Unsupported(where, '$ref with sibling keywords');
    }
    return refType(schema.$ref, where);
  }
  if (schema.allOf !== undefined) {
    const parts = schema.allOf.map((part, i) => schemaType(part, `${where}/allOf/${i}`, indent));
    if (schema.type !== undefined || schema.properties !== undefined) {
      parts.push(schemaType(withoutKeys(schema, ['allOf', 'nullable']), where, indent));
    }
    return nullable(parts.map((p) => `(${p})`).join(' & '));
  }
  for (const union of ['oneOf', 'anyOf'] as const) {
    const members = schema[union];
    if (members !== undefined) {
      return nullable(
        members.map((m, i) => `(${schemaType(m, `${where}/${union}/${i}`, indent)})`).join(' | '),
      );
    }
  }
  if (schema.enum !== undefined) {
    const values = [...schema.enum];
    if (schema.nullable === true && !values.includes(null)) values.push(null);
    return values.map(literal).join(' | ');
  }
  switch (schema.type) {
    case 'string':
      return nullable('string');
    case 'number':
    case 'integer':
      return nullable('number');
    case 'boolean':
      return nullable('boolean');
    case 'array':
      if (schema.items === undefined) throw new Unsupported(where, 'array without items');
      return nullable(`(${schemaType(schema.items, `${where}/items`, indent)})[]`);
    case 'object':
    case undefined:
      if (schema.type === undefined && schema.properties === undefined) {
        if (schema.additionalProperties === undefined) return nullable('unknown');
      }
      return nullable(objectType(schema, where, indent));
    default:
      throw new Unsupported(where, `type "${schema.type}"`);
  }
}

function withoutKeys(schema: SchemaObject, keys: readonly string[]): SchemaObject {
  return Object.fromEntries(Object.entries(schema).filter(([k, v]) => !keys.includes(k) && v !== undefined));
}

function objectType(schema: SchemaObject, where: string, indent: string): string {
  const inner = `${indent}  `;
  const required = new Set(schema.required ?? []);
  const members: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const type = schemaType(property, `${where}/properties/${name}`, inner);
    const comment = doc(
      [
        property.description !== undefined ? `@description ${property.description}` : undefined,
        property.format !== undefined ? `@format ${property.format}` : undefined,
      ],
      inner,
    );
    members.push(`${comment}${inner}${key(name)}${required.has(name) ? '' : '?'}: ${type};`);
  }
  for (const name of required) {
    if (!(name in (schema.properties ?? {})))
      throw new Unsupported(where, `required "${name}" without a property`);
  }
  const extra = schema.additionalProperties;
  if (extra === true || (extra === undefined && members.length === 0)) {
    members.push(`${inner}[key: string]: unknown;`);
  } else if (typeof extra === 'object') {
    members.push(`${inner}[key: string]: ${schemaType(extra, `${where}/additionalProperties`, inner)};`);
  }
  if (members.length === 0) return 'Record<string, never>';
  return `{\n${members.join('\n')}\n${indent}}`;
}

function parametersType(parameters: readonly ParameterObject[], where: string, indent: string): string {
  const inner = `${indent}  `;
  const lines = LOCATIONS.map((location) => {
    const here = parameters.filter((p) => p.in === location);
    if (here.length === 0) return `${inner}${location}?: never;`;
    const optional = (p: ParameterObject): boolean => location !== 'path' && p.required !== true;
    const members = here.map((p) => {
      const type = p.schema ? schemaType(p.schema, `${where}/parameters/${p.name}`, `${inner}  `) : 'string';
      return `${doc([p.description], `${inner}  `)}${inner}  ${key(p.name)}${optional(p) ? '?' : ''}: ${type};`;
    });
    const anyRequired = here.some((p) => !optional(p));
    return `${inner}${location}${anyRequired ? '' : '?'}: {\n${members.join('\n')}\n${inner}};`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function contentType(
  content: Record<string, MediaTypeObject> | undefined,
  where: string,
  indent: string,
): string | undefined {
  if (content === undefined || Object.keys(content).length === 0) return undefined;
  const inner = `${indent}  `;
  const members = Object.entries(content).map(
    ([media, { schema }]) =>
      `${inner}${literal(media)}: ${schema ? schemaType(schema, `${where}/${media}`, inner) : 'unknown'};`,
  );
  return `{\n${members.join('\n')}\n${indent}}`;
}

function operationType(
  operation: OperationObject,
  inherited: readonly ParameterObject[],
  where: string,
): string {
  const indent = '    ';
  const parameters = new Map<string, ParameterObject>();
  for (const p of [...inherited, ...(operation.parameters ?? [])]) {
    if (p.$ref !== undefined) throw new Unsupported(where, 'parameter $ref');
    parameters.set(`${p.in}:${p.name}`, p);
  }
  const lines = [`${indent}parameters: ${parametersType([...parameters.values()], where, indent)};`];

  const body = operation.requestBody;
  if (body === undefined) {
    lines.push(`${indent}requestBody?: never;`);
  } else {
    if (body.$ref !== undefined) throw new Unsupported(where, 'requestBody $ref');
    const content = contentType(body.content, `${where}/requestBody`, `${indent}  `) ?? '{}';
    lines.push(
      `${indent}requestBody${body.required === true ? '' : '?'}: {\n${indent}  content: ${content};\n${indent}};`,
    );
  }

  const responses = Object.entries(operation.responses ?? {}).map(([status, response]) => {
    if (response.$ref !== undefined) throw new Unsupported(where, 'response $ref');
    const inner = `${indent}    `;
    const headers = Object.entries(response.headers ?? {}).map(
      ([name, header]) =>
        `${doc([header.description], `${inner}  `)}${inner}  ${key(name)}${header.required === true ? '' : '?'}: ${
          header.schema
            ? schemaType(header.schema, `${where}/responses/${status}/headers/${name}`, inner)
            : 'string'
        };`,
    );
    headers.push(`${inner}  [name: string]: unknown;`);
    const content = contentType(response.content, `${where}/responses/${status}`, inner);
    return [
      doc([response.description], `${indent}  `),
      `${indent}  ${/^\d+$/.test(status) ? status : literal(status)}: {\n`,
      `${inner}headers: {\n${headers.join('\n')}\n${inner}};\n`,
      content === undefined ? `${inner}content?: never;\n` : `${inner}content: ${content};\n`,
      `${indent}  };`,
    ].join('');
  });
  lines.push(`${indent}responses: {\n${responses.join('\n')}\n${indent}};`);
  return `{\n${lines.join('\n')}\n  }`;
}

/** The TypeScript module for a document (unformatted: the caller runs prettier). */
export function renderTypes(document: OpenApiDocument, from: GeneratedFrom = DATA_API): string {
  if (!/^3\.0\./.test(document.openapi)) throw new Unsupported('#/openapi', `version ${document.openapi}`);
  const paths: string[] = [];
  const operations: string[] = [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    const inherited = item.parameters ?? [];
    const methods = METHODS.flatMap((method) => {
      const operation = item[method];
      if (operation === undefined) return [];
      const where = `#/paths/${path}/${method}`;
      const id = operation.operationId ?? `${method}_${path}`;
      if (seen.has(id)) throw new Unsupported(where, `duplicate operationId ${id}`);
      seen.add(id);
      const comment = doc([operation.summary, operation.description], '  ');
      operations.push(`${comment}  ${key(id)}: ${operationType(operation, inherited, where)};`);
      return [`${doc([operation.summary], '    ')}    ${method}: operations[${literal(id)}];`];
    });
    paths.push(
      `  ${literal(path)}: {\n    parameters: {\n      query?: never;\n      header?: never;\n      path?: never;\n      cookie?: never;\n    };\n${methods.join('\n')}\n  };`,
    );
  }
  const schemas = Object.entries(document.components?.schemas ?? {}).map(
    ([name, schema]) =>
      `${doc([schema.description], '    ')}    ${key(name)}: ${schemaType(schema, `#/components/schemas/${name}`, '    ')};`,
  );
  return [
    header(from),
    '',
    `export interface paths {\n${paths.join('\n')}\n}`,
    '',
    `export interface components {\n  schemas: {\n${schemas.join('\n')}\n  };\n}`,
    '',
    `export interface operations {\n${operations.join('\n')}\n}`,
    '',
  ].join('\n');
}
