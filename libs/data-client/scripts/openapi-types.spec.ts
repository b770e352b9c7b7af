import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderTypes, type OpenApiDocument, type SchemaObject } from './openapi-types';

const ROOT = join(__dirname, '../../..');
const GENERATED = 'libs/data-client/src/generated/data-api.ts';

/** The workspace's prettier, run as `npm run data-client:generate` runs it (its CLI: Jest cannot load its ESM core). */
function prettier(source: string, filepath = GENERATED): string {
  return execFileSync(
    process.execPath,
    [require.resolve('prettier/bin/prettier.cjs'), '--stdin-filepath', filepath],
    {
      cwd: ROOT,
      input: source,
      encoding: 'utf8',
    },
  );
}

/** The TypeScript of one component schema, from a minimal document. */
function typeOf(schema: SchemaObject): string {
  const text = renderTypes({ openapi: '3.0.0', paths: {}, components: { schemas: { Thing: schema } } });
  const match = /^ {4}Thing: ([\s\S]*?);\n {2}\};\n\}/m.exec(text);
  if (!match) throw new Error(`no Thing in\n${text}`);
  return match[1].replace(/\s+/g, ' ');
}

describe('generated data-api types', () => {
  it('are up to date with apps/data-api/openapi.json (run `npm run data-client:generate`)', () => {
    const document = JSON.parse(
      readFileSync(join(ROOT, 'apps/data-api/openapi.json'), 'utf8'),
    ) as OpenApiDocument;
    const committed = readFileSync(join(ROOT, GENERATED), 'utf8');
    expect(prettier(renderTypes(document))).toBe(committed);
  });
});

describe('generated console types', () => {
  it('are up to date with apps/gateway/openapi.json (run `npm run console-client:generate`)', () => {
    const target = 'apps/console/src/api/gateway.gen.ts';
    const document = JSON.parse(
      readFileSync(join(ROOT, 'apps/gateway/openapi.json'), 'utf8'),
    ) as OpenApiDocument;
    const rendered = renderTypes(document, {
      document: 'apps/gateway/openapi.json',
      command: 'npm run console-client:generate',
    });
    expect(prettier(rendered, target)).toBe(readFileSync(join(ROOT, target), 'utf8'));
  });
});

describe('renderTypes', () => {
  it('marks optional properties, nullable ones and literal enums', () => {
    expect(
      typeOf({
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          note: { type: 'string', nullable: true },
          state: { type: 'string', enum: ['a', 'b'], nullable: true },
          count: { type: 'integer' },
        },
        required: ['id', 'note'],
      }),
    ).toBe(
      '{ /** * @format uuid */ id: string; note: string | null; state?: "a" | "b" | null; count?: number; }',
    );
  });

  it('renders arrays, $refs, additionalProperties and allOf', () => {
    expect(typeOf({ type: 'array', items: { $ref: '#/components/schemas/Other' } })).toBe(
      '(components[\'schemas\']["Other"])[]',
    );
    expect(typeOf({ type: 'object', additionalProperties: true })).toBe('{ [key: string]: unknown; }');
    expect(typeOf({ type: 'object', additionalProperties: { type: 'number' } })).toBe(
      '{ [key: string]: number; }',
    );
    expect(
      typeOf({
        allOf: [
          { $ref: '#/components/schemas/A' },
          { type: 'object', properties: { b: { type: 'boolean' } } },
        ],
      }),
    ).toBe('(components[\'schemas\']["A"]) & ({ b?: boolean; })');
  });

  it('types path, query and header parameters, bodies and problem+json answers', () => {
    const text = renderTypes({
      openapi: '3.0.0',
      paths: {
        '/things/{id}': {
          patch: {
            operationId: 'patchThing',
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'dry_run', in: 'query', schema: { type: 'boolean' } },
              { name: 'if-match', in: 'header', required: true, schema: { type: 'string' } },
            ],
            requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
            responses: {
              '200': { content: { 'application/json': { schema: { type: 'string' } } } },
              '412': {
                content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/P' } } },
              },
            },
          },
        },
      },
    }).replace(/\s+/g, ' ');
    expect(text).toContain('"/things/{id}": { parameters: {');
    expect(text).toContain('patch: operations["patchThing"];');
    expect(text).toContain('query?: { dry_run?: boolean; };');
    expect(text).toContain('header: { "if-match": string; };');
    expect(text).toContain('path: { id: string; };');
    expect(text).toContain(
      'requestBody: { content: { "application/json": { [key: string]: unknown; }; }; };',
    );
    expect(text).toContain(
      '412: { headers: { [name: string]: unknown; }; content: { "application/problem+json": components[\'schemas\']["P"]; }; };',
    );
  });

  it('refuses what it cannot express instead of guessing', () => {
    expect(() => typeOf({ type: 'object', not: { type: 'string' } })).toThrow(
      /keyword "not" at #\/components\/schemas\/Thing/,
    );
    expect(() => typeOf({ $ref: '#/components/responses/X' })).toThrow(/\$ref #\/components\/responses\/X/);
    expect(() => renderTypes({ openapi: '3.1.0', paths: {} })).toThrow(/version 3\.1\.0/);
  });
});
