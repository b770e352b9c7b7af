import type {
  IntegrationCredentialDto,
  IntegrationDto,
  IntegrationListDto,
  IntegrationProviderListDto,
  ProblemDto,
} from '@slipway/contracts';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { CostApiConfig } from '../src/config';
import { CredentialCipher, parseCredentialKeys } from '../src/integrations/credential-cipher';
import { PROVIDER_IDS } from '../src/integrations/providers';
import { rotateCredentials } from '../src/integrations/rotate-credentials.command';
import { CostHarness, type Caller, type TestOrg } from './harness';
import { startProviderStandIn, type ProviderStandIn } from './provider-stand-in';

const KEY_1 = `k1:${randomBytes(32).toString('base64')}`;

/** A port nothing listens on: bound, noted and released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('integrations router', () => {
  let standIn: ProviderStandIn;
  let h: CostHarness;
  let org: TestOrg;
  let other: TestOrg;
  /** Every secret the stand-in accepts: none may appear in any answer. */
  let secrets: string[];
  const bodies: string[] = [];

  const call = async <T>(
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    as: Caller,
    body?: unknown,
    headers?: Record<string, string>,
  ) => {
    const reply = await h.request<T>(method, url, as, { body, headers });
    bodies.push(reply.text);
    return reply;
  };
  const setup = <T = IntegrationDto>(o: TestOrg, provider: string, body: unknown, query = '') =>
    call<T>('POST', `/api/v1/integrations/${o.slug}/${provider}/setup${query}`, { key: o.key }, body);

  const auditOf = async (orgId: string, action: string) => {
    const { data } = await h.client.get('/api/org_audit_logs', {
      params: { query: { org_id: orgId, limit: 100 } },
    });
    return data.items.filter((row) => row.action === action);
  };

  beforeAll(async () => {
    standIn = await startProviderStandIn();
    secrets = Object.values(standIn.good).flatMap((body) =>
      Object.entries(body)
        .filter(([name]) => !['endpoint', 'base_url', 'api_version', 'region'].includes(name))
        .map(([, value]) => value),
    );
    h = await CostHarness.start({
      CREDENTIALS_ENCRYPTION_KEY: KEY_1,
      PROVIDER_BASE_URLS: standIn.baseUrlsEnv,
      INTEGRATION_VALIDATE_TIMEOUT_MS: '2000',
    });
    org = await h.createOrg({ limit_overrides: { providers: 20 } });
    other = await h.createOrg();
  });
  afterAll(async () => {
    // Whatever went wrong above, no answer may have carried a secret.
    for (const text of bodies) for (const secret of secrets) expect(text).not.toContain(secret);
    await h?.close();
    await standIn?.close();
  });

  it('lists the catalogue with each provider’s credential fields', async () => {
    const { status, body } = await call<IntegrationProviderListDto>('GET', '/api/v1/integrations/providers', {
      key: org.key,
    });
    expect(status).toBe(200);
    expect(body.items.map((p) => p.provider)).toEqual([...PROVIDER_IDS]);
    expect(body.items.find((p) => p.provider === 'bedrock')?.fields.map((f) => [f.name, f.required])).toEqual(
      [
        ['access_key_id', true],
        ['secret_access_key', true],
        ['session_token', false],
        ['region', true],
      ],
    );
  });

  it('stores a good key encrypted, checks it at once and shows it masked', async () => {
    const { status, body } = await setup(org, 'openai', standIn.good.openai);
    expect(status).toBe(201);
    expect(body).toMatchObject({
      provider: 'openai',
      label: 'OpenAI',
      status: 'valid',
      status_reason: null,
      fingerprint: 'sk-…0001',
      base_url: null,
      settings: {},
    });
    expect(Date.parse(body.validated_at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const { data } = await h.client.get('/api/org_integrations', {
      params: { query: { org_id: org.id, provider: 'openai', limit: 1 } },
    });
    const row = data.items[0];
    expect(row?.key_id).toBe('k1');
    expect(row?.ciphertext).toMatch(/^v1\.k1\./);
    expect(row?.ciphertext).not.toContain(standIn.good.openai.api_key ?? '-');
  });

  it.each(PROVIDER_IDS)('checks %s against its stand-in: good → valid, bad → rejected', async (provider) => {
    const good = standIn.good[provider];
    const pending = await setup(org, provider, good, '?validate=false');
    expect(pending.status).toBe(201);
    expect(pending.body).toMatchObject({ status: 'pending', validated_at: null });
    const valid = await call<IntegrationDto>(
      'POST',
      `/api/v1/integrations/${org.slug}/${provider}/validate`,
      {
        key: org.key,
      },
    );
    expect(valid.status).toBe(200);
    expect(valid.body).toMatchObject({ provider, status: 'valid', status_reason: null });
    const secretField = Object.keys(good).find((name) =>
      ['api_key', 'token', 'secret_access_key'].includes(name),
    );
    const bad = await setup(org, provider, { ...good, [secretField ?? 'api_key']: 'wrong-0000000000000000' });
    expect(bad.status).toBe(201);
    expect(bad.body).toMatchObject({ status: 'invalid', status_reason: 'rejected by provider (401)' });
  });

  it('says an unreachable provider is unreachable, not a rejection', async () => {
    const port = await closedPort();
    const { body } = await setup(org, 'gitea', {
      token: 'gitea-token-0000000000',
      base_url: `http://127.0.0.1:${port}`,
    });
    expect(body.status).toBe('invalid');
    expect(body.status_reason).toMatch(/^unreachable: .*ECONNREFUSED/);
  });

  it('replaces a credential on setup again, auditing before and after without secrets', async () => {
    await setup(org, 'anthropic', standIn.good.anthropic);
    const again = await setup(org, 'anthropic', { api_key: 'sk-ant-replaced-00000000wxyz' });
    expect(again.body).toMatchObject({ fingerprint: 'sk-…wxyz', status: 'invalid' });
    const rows = await auditOf(org.id, 'integration.setup');
    const last = rows.find(
      (row) => (row.after as { fingerprint?: string } | null)?.fingerprint === 'sk-…wxyz',
    );
    expect(last).toMatchObject({
      actor_type: 'api_key',
      target_type: 'integration',
      target_id: 'anthropic',
      before: { provider: 'anthropic', status: 'valid', fingerprint: 'sk-…0002', key_id: 'k1' },
      after: { status: 'invalid', status_reason: 'rejected by provider (401)' },
    });
    const audit = JSON.stringify(rows);
    for (const secret of [...secrets, 'sk-ant-replaced-00000000wxyz']) expect(audit).not.toContain(secret);
    expect(audit).not.toContain('v1.k1.');
  });

  it('lists and gets integrations masked: no secret, no ciphertext', async () => {
    const list = await call<IntegrationListDto>('GET', `/api/v1/integrations/${org.slug}`, { key: org.key });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(PROVIDER_IDS.length);
    expect(list.text).not.toMatch(/ciphertext|key_id|v1\.k1\./);
    const azure = await call<IntegrationDto>('GET', `/api/v1/integrations/${org.slug}/azure_openai`, {
      key: org.key,
    });
    expect(azure.body).toMatchObject({
      base_url: standIn.good.azure_openai.endpoint,
      settings: { api_version: '2024-10-21' },
    });
    const viewer = await h.createKey(org.id, 'viewer');
    expect((await call('GET', `/api/v1/integrations/${org.slug}`, { key: viewer })).status).toBe(200);
    const refused = await call<ProblemDto>('POST', `/api/v1/integrations/${org.slug}/openai/validate`, {
      key: viewer,
    });
    expect(refused.status).toBe(403);
  });

  it('deletes an integration, audited', async () => {
    await setup(org, 'xai', standIn.good.xai);
    const gone = await call('DELETE', `/api/v1/integrations/${org.slug}/xai`, { key: org.key });
    expect(gone.status).toBe(204);
    expect((await call('GET', `/api/v1/integrations/${org.slug}/xai`, { key: org.key })).status).toBe(404);
    const [row] = await auditOf(org.id, 'integration.delete');
    expect(row).toMatchObject({ target_id: 'xai', before: { provider: 'xai' }, after: null });
  });

  it('refuses a provider beyond the plan’s limit, naming limit and usage', async () => {
    const small = await h.createOrg();
    for (const provider of ['openai', 'mistral', 'groq'] as const)
      expect((await setup(small, provider, standIn.good[provider])).status).toBe(201);
    const refused = await call<ProblemDto>(
      'POST',
      `/api/v1/integrations/${small.slug}/cohere/setup`,
      { key: small.key },
      standIn.good.cohere,
    );
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({
      code: 'quota_exceeded',
      errors: [{ field: 'providers', message: 'used 3, limit 3' }],
    });
    // Setting up one already counted again is no new provider.
    expect((await setup(small, 'groq', standIn.good.groq)).status).toBe(201);
  });

  it('never overshoots the providers quota when setups race', async () => {
    const racing = await h.createOrg();
    const providers = ['openai', 'mistral', 'groq', 'deepseek', 'xai', 'cohere'] as const;
    const replies = await Promise.all(providers.map((p) => setup<ProblemDto>(racing, p, standIn.good[p])));
    const statuses = replies.map((r) => r.status).sort((a, b) => a - b);
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429]);
    const list = await call<IntegrationListDto>('GET', `/api/v1/integrations/${racing.slug}`, {
      key: racing.key,
    });
    expect(list.body.items).toHaveLength(3);
  });

  it('answers a repeated Idempotency-Key with the first answer, set up once', async () => {
    const once = await h.createOrg();
    const headers = { 'idempotency-key': `setup-${randomBytes(4).toString('hex')}` };
    const url = `/api/v1/integrations/${once.slug}/openai/setup`;
    const first = await call<IntegrationDto>('POST', url, { key: once.key }, standIn.good.openai, headers);
    const again = await call<IntegrationDto>('POST', url, { key: once.key }, standIn.good.openai, headers);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await auditOf(once.id, 'integration.setup')).toHaveLength(1);
  });

  it('keeps organizations apart: another org’s key finds nothing', async () => {
    const asOther = { key: other.key };
    for (const [method, path] of [
      ['GET', ''],
      ['GET', '/openai'],
      ['POST', '/openai/validate'],
      ['DELETE', '/openai'],
    ] as const) {
      const reply = await call<ProblemDto>(method, `/api/v1/integrations/${org.slug}${path}`, asOther);
      expect([path, reply.status, reply.body.code]).toEqual([path, 404, 'not_found']);
    }
    const setupThere = await call<ProblemDto>(
      'POST',
      `/api/v1/integrations/${org.slug}/openai/setup`,
      asOther,
      standIn.good.openai,
    );
    expect(setupThere.status).toBe(404);
  });

  it('needs a key', async () => {
    for (const path of ['providers', org.slug, `${org.slug}/openai`]) {
      const reply = await call<ProblemDto>('GET', `/api/v1/integrations/${path}`, { anonymous: true });
      expect(reply.status).toBe(401);
    }
  });

  it('names missing, unknown and malformed fields (422) and unknown providers (404)', async () => {
    const missing = await setup<ProblemDto>(org, 'azure_openai', { api_key: 'abc' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors?.map((e) => e.field)).toEqual(['endpoint', 'api_version']);
    const extra = await setup<ProblemDto>(org, 'openai', { api_key: 'sk-1', token: 'x' });
    expect(extra.status).toBe(422);
    expect(extra.body.errors).toEqual([
      { field: 'token', message: 'token is not a credential field of OpenAI' },
    ]);
    const alien = await setup(org, 'openai', { api_key: 'sk-1', password: 'x' });
    expect(alien.status).toBe(422);
    const badUrl = await setup<ProblemDto>(org, 'gitea', { token: 't', base_url: 'file:///etc/passwd' });
    expect(badUrl.body.errors).toEqual([
      { field: 'base_url', message: 'base_url must be an http or https URL' },
    ]);
    const unknown = await setup(org, 'skynet', { api_key: 'sk-1' });
    expect(unknown.status).toBe(404);
  });

  it('hands a valid credential to services only, and only while valid', async () => {
    await setup(org, 'openai', standIn.good.openai);
    const url = `/api/v1/integrations/${org.slug}/openai/credential`;
    const { status, body } = await h.request<IntegrationCredentialDto>('GET', url, { service: true });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      provider: 'openai',
      base_url: `${standIn.url}/openai/v1`,
      secrets: { api_key: standIn.good.openai.api_key },
      fingerprint: 'sk-…0001',
    });
    for (const as of [{ key: org.key }, { key: await h.createKey(org.id, 'owner') }, { root: true as const }])
      expect((await call('GET', url, as)).status).toBe(403);
    await setup(org, 'openai', { api_key: 'sk-now-invalid-000000000000' });
    expect((await call('GET', url, { service: true })).status).toBe(404);
    expect(
      (await call('GET', `/api/v1/integrations/${org.slug}/cohere/credential`, { service: true })).status,
    ).toBe(404);
  });

  // Last: it re-seals every row under a key the harness does not hold.
  it('rotates: every row re-encrypted under the new first key, by the rotation command', async () => {
    const KEY_2 = `k2:${randomBytes(32).toString('base64')}`;
    const withKeys = (keys: string) =>
      Object.assign(new CostApiConfig(), h.config, { CREDENTIALS_ENCRYPTION_KEY: keys, LOG_LEVEL: 'silent' });
    const rows = async () =>
      (await h.client.get('/api/org_integrations', { params: { query: { limit: 100 } } })).data.items;
    const before = await rows();
    expect(before.length).toBeGreaterThan(PROVIDER_IDS.length);
    expect(new Set(before.map((row) => row.key_id))).toEqual(new Set(['k1']));

    const first = await rotateCredentials(withKeys(`${KEY_2},${KEY_1}`));
    expect(first).toEqual({ rotated: before.length, current: 0, failed: 0, key_id: 'k2' });
    const after = await rows();
    expect(after.every((row) => row.key_id === 'k2' && row.ciphertext.startsWith('v1.k2.'))).toBe(true);
    // The new key alone opens them, and the secret is the one set up.
    const openai = after.find((row) => row.org_id === org.id && row.provider === 'openai');
    const k2Only = new CredentialCipher(parseCredentialKeys(KEY_2));
    expect(
      JSON.parse(k2Only.decrypt(openai?.ciphertext ?? '', { orgId: org.id, provider: 'openai' })),
    ).toEqual({
      api_key: 'sk-now-invalid-000000000000',
    });
    expect(await rotateCredentials(withKeys(`${KEY_2},${KEY_1}`))).toEqual({
      rotated: 0,
      current: before.length,
      failed: 0,
      key_id: 'k2',
    });
    const lost = await rotateCredentials(withKeys(`k3:${randomBytes(32).toString('base64')}`));
    expect(lost).toEqual({ rotated: 0, current: 0, failed: before.length, key_id: 'k3' });

    // The harness holds k1 only: it says so rather than failing.
    const stale = await call<IntegrationDto>('POST', `/api/v1/integrations/${org.slug}/openai/validate`, {
      key: org.key,
    });
    expect(stale.body).toMatchObject({
      status: 'invalid',
      status_reason:
        'the stored credential cannot be opened (no key with id k2 is configured); set it up again',
    });
  });
});
