import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import {
  createTestDatabase,
  danglingReferences,
  GATEWAY_DOCUMENT,
  GATEWAY_SECURITY_SCHEMES,
  openApiFiles,
  testRedis,
  UPSTREAM_SOURCES,
} from '@slipway/devstack';
import { SERVICE_ONLY_EXTENSION } from '@slipway/platform';
import { WORKSPACE_ROOT } from '@slipway/testing';
import { mergedDocument } from '../src/docs/merged-document';
import { type GatewayFixture, startGateway } from './harness';

jest.setTimeout(120_000);

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation of a document: its path, method and the operation itself. */
const operationsOf = (document: OpenAPIObject) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ path, method, operation, item }] : [];
    }),
  );

const readDocument = (path: string): OpenAPIObject =>
  JSON.parse(readFileSync(join(WORKSPACE_ROOT, path), 'utf8'));

/** The identity headers only a service sends (X-Service-Token, X-Telegram-ID, X-User-…). */
const SERVICE_HEADER = /^(x-service-token|x-telegram-id|x-user-.+)$/i;

describe('the gateway’s merged OpenAPI document', () => {
  const merged = mergedDocument();

  it('is the merge of the documents the built apps make now (regenerate: npm run openapi)', async () => {
    const database = await createTestDatabase('template0', () => Promise.resolve());
    const redis = testRedis();
    try {
      const files = await openApiFiles(WORKSPACE_ROOT, {
        DATABASE_URL: database.url,
        REDIS_URL: redis.url,
        REDIS_PREFIX: redis.prefix,
      });
      const committed = readFileSync(join(WORKSPACE_ROOT, GATEWAY_DOCUMENT), 'utf8');
      expect(committed).toBe(files.get(GATEWAY_DOCUMENT));
    } finally {
      await database.drop();
    }
  });

  it('has no operation only services may call', () => {
    const serviceOnly = UPSTREAM_SOURCES.flatMap((source) => (source.committed ? [source.committed] : []))
      .map(readDocument)
      .flatMap(operationsOf)
      .filter(({ operation }) => Object.getOwnPropertyDescriptor(operation, SERVICE_ONLY_EXTENSION)?.value);
    expect(serviceOnly.map(({ path, method }) => `${method} ${path}`)).toContain('post /api/api_keys/verify');
    for (const { path, method } of serviceOnly) expect(merged.paths[path]?.[method]).toBeUndefined();
    expect(JSON.stringify(merged)).not.toContain(SERVICE_ONLY_EXTENSION);
  });

  it('has the gateway’s security schemes, applied globally, and no header a client never sends', () => {
    expect(merged.components?.securitySchemes).toEqual(GATEWAY_SECURITY_SCHEMES);
    expect(merged.security).toEqual([{ bearer: [] }, { session: [] }]);
    const headers = operationsOf(merged).flatMap(({ operation, item }) =>
      [...(item.parameters ?? []), ...(operation.parameters ?? [])].flatMap((parameter) =>
        'in' in parameter && parameter.in === 'header' ? [parameter.name] : [],
      ),
    );
    expect(headers).toContain('Idempotency-Key');
    expect(headers.filter((name) => SERVICE_HEADER.test(name))).toEqual([]);
    for (const { operation } of operationsOf(merged))
      for (const requirement of operation.security ?? [])
        expect(Object.keys(requirement).every((scheme) => scheme in GATEWAY_SECURITY_SCHEMES)).toBe(true);
  });

  it('lets one log in and be told how without credentials, and nothing else but webhooks', () => {
    const open = operationsOf(merged)
      .filter(({ operation }) => operation.security?.length === 0)
      .map(({ path, method }) => `${method} ${path}`);
    expect(open).toEqual(expect.arrayContaining(['post /auth/login', 'get /auth/providers']));
    expect(
      open.filter((route) => !/^(\w+ \/auth\/(login|providers|oidc\/.+)|post \/webhook\/.+)$/.test(route)),
    ).toEqual([]);
  });

  it('holds the paths of every service and the gateway’s own', () => {
    expect(Object.keys(merged.paths)).toEqual(
      expect.arrayContaining([
        '/auth/login',
        '/auth/me',
        '/api/projects',
        '/api/tasks/{id}',
        '/runs',
        '/runs/{id}/events',
        '/jobs',
        '/webhook/github',
      ]),
    );
    const dataApi = readDocument('apps/data-api/openapi.json');
    for (const { path, method, operation } of operationsOf(dataApi))
      if (!Object.getOwnPropertyDescriptor(operation, SERVICE_ONLY_EXTENSION))
        expect(merged.paths[path]?.[method]).toBeDefined();
  });

  it('defines everything it refers to (ReDoc refuses a document that does not)', () => {
    expect(danglingReferences(merged)).toEqual([]);
  });

  it('says it is Slipway through the gateway and groups tags by service', () => {
    expect(merged.info.title).toMatch(/gateway/i);
    expect(merged.info.description).toMatch(/Slipway through its gateway/);
    expect(Object.getOwnPropertyDescriptor(merged, 'x-tagGroups')?.value).toEqual(
      ['gateway', ...UPSTREAM_SOURCES.map((source) => source.service)].map((name) =>
        expect.objectContaining({ name }),
      ),
    );
  });
});

describe('the gateway’s docs', () => {
  let gateway: GatewayFixture;

  beforeAll(async () => {
    // These routes proxy nothing: no upstream needs to answer.
    gateway = await startGateway({ DATA_API_URL: 'http://127.0.0.1:1' });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('serves the merged document at /openapi.json without credentials', async () => {
    const answer = await fetch(`${gateway.url}/openapi.json`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual(JSON.parse(JSON.stringify(mergedDocument())));
  });

  it('serves Swagger UI at /docs', async () => {
    const answer = await fetch(`${gateway.url}/docs`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await answer.text()).toMatch(/swagger/i);
  });

  it('serves ReDoc at /redoc over /openapi.json, its script from the gateway itself', async () => {
    const page = await fetch(`${gateway.url}/redoc`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await page.text();
    expect(html).toContain('<redoc spec-url="/openapi.json"></redoc>');
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map(([, src]) => src);
    expect(scripts).toEqual(['/redoc/redoc.standalone.js']);
    const script = await fetch(`${gateway.url}${scripts[0]}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});
