/** The parts of an OpenAPI 3 document the bad-input generator reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  example?: unknown;
  default?: unknown;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  'x-slipway-public'?: boolean;
  'x-slipway-service-only'?: boolean;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation | unknown>>;
  components?: { schemas?: Record<string, Schema> };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const METHODS: readonly Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** One operation of one service, its schemas resolved. */
export interface Operation {
  service: string;
  method: Method;
  /** The templated path, e.g. `/api/projects/{id}`. */
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, when the operation reads one. */
  body: Schema | undefined;
  bodyRequired: boolean;
  /** Also reads a text/csv body. */
  csv: boolean;
  /** Who may call it, as its document says: anyone, a service alone (no user), or an identified caller. */
  access: 'public' | 'service' | 'identified';
  /** Answers Server-Sent Events (resumed with Last-Event-ID). */
  streams: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Resolves `$ref`s (and merges `allOf`) so that every schema the generator sees is inline. */
export class SchemaResolver {
  constructor(private readonly document: OpenApiDocument) {}

  resolve(schema: Schema | undefined, depth = 0): Schema {
    if (!schema || depth > 8) return {};
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      return this.resolve(this.document.components?.schemas?.[name], depth + 1);
    }
    if (schema.allOf?.length) {
      const parts = schema.allOf.map((part) => this.resolve(part, depth + 1));
      const merged: Schema = { ...schema, allOf: undefined, type: 'object', properties: {}, required: [] };
      for (const part of parts) {
        Object.assign(merged, { ...part, properties: merged.properties, required: merged.required });
        Object.assign(merged.properties ?? {}, part.properties);
        merged.required?.push(...(part.required ?? []));
      }
      return merged;
    }
    return schema;
  }
}

/** Every operation of a document, with its parameters and JSON body schema. */
export function operations(service: string, document: OpenApiDocument): Operation[] {
  const resolver = new SchemaResolver(document);
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const raw = item[method.toLowerCase()];
      if (!isRecord(raw)) continue;
      const operation = raw as RawOperation;
      const parameters = (operation.parameters ?? [])
        .filter((p): p is Parameter => !('$ref' in p))
        .map((p) => ({ ...p, schema: resolver.resolve(p.schema) }));
      const json = operation.requestBody?.content?.['application/json'];
      found.push({
        service,
        method,
        path,
        parameters,
        body: json ? resolver.resolve(json.schema) : undefined,
        bodyRequired: operation.requestBody?.required ?? false,
        csv: 'text/csv' in (operation.requestBody?.content ?? {}),
        access: operation['x-slipway-public']
          ? 'public'
          : operation['x-slipway-service-only']
            ? 'service'
            : 'identified',
        streams: Object.values(operation.responses ?? {}).some(
          (response) => 'text/event-stream' in (response.content ?? {}),
        ),
      });
    }
  }
  return found;
}
