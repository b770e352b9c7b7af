import { PUBLIC_EXTENSION, SERVICE_ONLY_EXTENSION } from '@slipway/platform';
import type { OpenApiDocument } from 'openapi-merge';
import type { Operation } from './client-view';
import { serializedDocument } from './documents';
import { type DocumentPart, gatewayDocument } from './gateway-document';

/** An operation as `Public()` or `ServiceOnly()` documents it. */
const marked = (extension: string, operation: Operation): Operation =>
  Object.assign(operation, { [extension]: true });

const ok = (schema: string) => ({
  description: '',
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});

const SERVICE_SCHEMES = {
  'service-token': { type: 'apiKey' as const, in: 'header' as const, name: 'X-Service-Token' },
  'user-id': { type: 'apiKey' as const, in: 'header' as const, name: 'X-User-Id' },
};

const gateway = (): DocumentPart => ({
  service: 'gateway',
  document: {
    openapi: '3.0.0',
    info: { title: 'Slipway', version: '0.1.0' },
    paths: {
      '/auth/me': {
        get: { operationId: 'AuthController_me', tags: ['auth'], responses: { 200: ok('MeDto') } },
      },
      '/auth/login': {
        post: marked(PUBLIC_EXTENSION, {
          operationId: 'AuthController_login',
          tags: ['auth'],
          responses: { 200: ok('MeDto') },
        }),
      },
      '/auth/logout': {
        post: {
          operationId: 'AuthController_logout',
          tags: ['auth'],
          security: [{ session: [] }],
          responses: { 204: { description: '' } },
        },
      },
    },
    components: {
      securitySchemes: SERVICE_SCHEMES,
      schemas: { MeDto: { type: 'object', properties: { id: { type: 'string' } } } },
    },
  },
});

const dataApi = (): DocumentPart => ({
  service: 'data-api',
  document: {
    openapi: '3.0.0',
    info: { title: 'Slipway data-api', version: '0.1.0' },
    paths: {
      '/api/runs': {
        get: {
          operationId: 'RunsController_list',
          tags: ['runs'],
          security: [{ 'service-token': [] }, { 'user-id': [] }],
          parameters: [
            { name: 'X-Telegram-ID', in: 'header', required: false, schema: { type: 'string' } },
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer' } },
          ],
          responses: { 200: ok('RunPage') },
        },
      },
      '/api/api_keys/verify': {
        post: marked(SERVICE_ONLY_EXTENSION, {
          operationId: 'ApiKeysController_verify',
          tags: ['api_keys'],
          responses: { 200: ok('VerifiedKeyDto') },
        }),
      },
    },
    components: {
      securitySchemes: SERVICE_SCHEMES,
      schemas: {
        RunPage: { type: 'object', properties: { total: { type: 'integer' } } },
        VerifiedKeyDto: { type: 'object', properties: { owner: { type: 'string' } } },
        MeDto: { type: 'object', properties: { other: { type: 'string' } } },
      },
    },
  },
});

const orchestrator = (): DocumentPart => ({
  service: 'orchestrator-runs',
  document: {
    openapi: '3.0.0',
    info: { title: 'Slipway orchestrator-runs', version: '0.1.0' },
    paths: {
      '/runs': {
        parameters: [{ name: 'X-User-Email', in: 'header', required: false, schema: { type: 'string' } }],
        post: {
          operationId: 'RunsController_list',
          tags: ['runs'],
          security: [{ 'service-token': [] }],
          parameters: [
            { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } },
          ],
          responses: { 201: ok('RunPage') },
        },
      },
      '/webhook/gitea': {
        post: marked(PUBLIC_EXTENSION, {
          operationId: 'Webhooks_gitea',
          responses: { 202: { description: '' } },
        }),
      },
    },
    components: {
      securitySchemes: SERVICE_SCHEMES,
      schemas: { RunPage: { type: 'object', properties: { items: { type: 'array' } } } },
    },
  },
});

type Parameters = NonNullable<NonNullable<NonNullable<OpenApiDocument['paths']>[string]['parameters']>>;

const operation = (document: OpenApiDocument, path: string, method: 'get' | 'post') =>
  document.paths?.[path]?.[method];

describe('gatewayDocument', () => {
  const merged = gatewayDocument(gateway(), [dataApi(), orchestrator()]);

  it('leaves service-only operations out, and the schemas only they used', () => {
    expect(merged.paths).not.toHaveProperty(['/api/api_keys/verify']);
    expect(merged.components?.schemas).not.toHaveProperty('VerifiedKeyDto');
    expect(JSON.stringify(merged)).not.toContain('x-slipway-');
  });

  it('has the gateway’s security schemes only, applied globally; public operations need none', () => {
    expect(Object.keys(merged.components?.securitySchemes ?? {})).toEqual(['bearer', 'session']);
    expect(merged.components?.securitySchemes?.session).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'slipway_session' }),
    );
    expect(merged.components?.securitySchemes?.bearer).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
    expect(merged.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(operation(merged, '/api/runs', 'get')?.security).toBeUndefined();
    expect(operation(merged, '/auth/me', 'get')?.security).toBeUndefined();
    expect(operation(merged, '/auth/logout', 'post')?.security).toEqual([{ session: [] }]);
    expect(operation(merged, '/auth/login', 'post')?.security).toEqual([]);
    expect(operation(merged, '/webhook/gitea', 'post')?.security).toEqual([]);
  });

  it('strips the identity headers only the gateway sends, keeping the others', () => {
    const names = (parameters: Parameters = []) =>
      parameters.map((parameter) => ('name' in parameter ? parameter.name : parameter.$ref));
    expect(names(operation(merged, '/api/runs', 'get')?.parameters)).toEqual(['limit']);
    expect(names(merged.paths?.['/runs']?.parameters)).toEqual([]);
    expect(names(operation(merged, '/runs', 'post')?.parameters)).toEqual(['Idempotency-Key']);
  });

  it('resolves schema and operation id clashes by the later service’s prefix', () => {
    expect(operation(merged, '/auth/me', 'get')?.responses[200]).toEqual(ok('MeDto'));
    expect(operation(merged, '/api/runs', 'get')?.responses[200]).toEqual(ok('RunPage'));
    expect(operation(merged, '/runs', 'post')?.responses[201]).toEqual(ok('OrchestratorRunsRunPage'));
    expect(operation(merged, '/runs', 'post')?.operationId).toBe('OrchestratorRunsRunsController_list');
    expect(Object.keys(merged.components?.schemas ?? {})).toEqual([
      'MeDto',
      'OrchestratorRunsRunPage',
      'RunPage',
    ]);
  });

  it('keeps tags per service, qualifying a name two services use, grouped by service', () => {
    expect(operation(merged, '/api/runs', 'get')?.tags).toEqual(['runs (data-api)']);
    expect(operation(merged, '/runs', 'post')?.tags).toEqual(['runs (orchestrator-runs)']);
    expect(merged['x-tagGroups']).toEqual([
      { name: 'gateway', tags: ['auth'] },
      { name: 'data-api', tags: ['runs (data-api)'] },
      { name: 'orchestrator-runs', tags: ['runs (orchestrator-runs)'] },
    ]);
    expect(merged.tags?.map((tag) => tag.name)).toEqual([
      'auth',
      'runs (data-api)',
      'runs (orchestrator-runs)',
    ]);
  });

  it('says it is Slipway through the gateway', () => {
    expect(merged.info.title).toMatch(/gateway/i);
    expect(merged.info.description).toMatch(/Slipway through its gateway/);
  });

  it('gives the same text whatever order the services listed their paths and schemas in', () => {
    const reversed = (part: DocumentPart): DocumentPart => {
      const document = structuredClone(part.document);
      document.paths = Object.fromEntries(Object.entries(document.paths ?? {}).reverse());
      const schemas = document.components?.schemas ?? {};
      if (document.components)
        document.components.schemas = Object.fromEntries(Object.entries(schemas).reverse());
      return { ...part, document };
    };
    const again = gatewayDocument(reversed(gateway()), [reversed(dataApi()), reversed(orchestrator())]);
    expect(serializedDocument(again)).toBe(serializedDocument(merged));
    expect(Object.keys(merged.paths ?? {})).toEqual([...Object.keys(merged.paths ?? {})].sort());
  });

  it('refuses a document that refers to a schema it does not define, naming both', () => {
    const broken = orchestrator();
    delete broken.document.components?.schemas?.RunPage;
    expect(() => gatewayDocument(gateway(), [dataApi(), broken])).toThrow(
      "orchestrator-runs's document refers to what it does not define: #/components/schemas/RunPage",
    );
  });

  it('refuses two services serving the same path and method', () => {
    const twin = dataApi();
    twin.service = 'ci-jobs';
    expect(() => gatewayDocument(gateway(), [dataApi(), twin])).toThrow(/do not merge/);
  });
});
