import type { ApiKeyDto, CreatedApiKeyDto, Page, UserDto, VerifiedApiKeyDto } from '@slipway/contracts';
import {
  asAdmin,
  asMember,
  asOther,
  asService,
  DataApiHarness,
  type Caller,
  type Reply,
} from './support/harness';
import { expectProblem } from './support/problem';

const KEY_SHAPE = /^slw_([A-Za-z0-9]+)_([A-Za-z0-9]+)$/;

describe('API key lifecycle', () => {
  let api: DataApiHarness;

  beforeAll(async () => {
    api = await DataApiHarness.start();
  });
  afterAll(async () => {
    await api.close();
  });

  /** No answer about keys may carry the stored hash. */
  function expectNoHash(reply: Reply): void {
    expect(reply.text).not.toMatch(/key_hash/);
  }

  async function createKey(as: Caller, body: Record<string, unknown>): Promise<CreatedApiKeyDto> {
    const reply = await api.request<CreatedApiKeyDto>('POST', '/api/api_keys', { as, body });
    expect(reply.status).toBe(201);
    expectNoHash(reply);
    return reply.body;
  }

  const verify = (key: unknown, as: Caller = asService): Promise<Reply<VerifiedApiKeyDto>> =>
    api.request<VerifiedApiKeyDto>('POST', '/api/api_keys/verify', { as, body: { key } });

  describe('create, read, list', () => {
    let created: CreatedApiKeyDto;
    let createReply: Reply<CreatedApiKeyDto>;

    beforeAll(async () => {
      createReply = await api.request<CreatedApiKeyDto>('POST', '/api/api_keys', {
        as: asMember,
        body: { name: 'ci', scopes: ['runs:write', 'runs:read'] },
      });
      expect(createReply.status).toBe(201);
      created = createReply.body;
    });

    it('returns the plaintext key once, shaped slw_<prefix>_<secret>, whose prefix is key_prefix', () => {
      const match = KEY_SHAPE.exec(created.key);
      expect(match).not.toBeNull();
      expect(match?.[1]).toBe(created.key_prefix);
      expect(created.key_prefix.length).toBeGreaterThanOrEqual(8);
      expect((match?.[2] ?? '').length).toBeGreaterThanOrEqual(32);
      expect(created).toMatchObject({
        name: 'ci',
        owner_id: api.users.member.id,
        scopes: ['runs:write', 'runs:read'],
        expires_at: null,
        last_used_at: null,
        revoked_at: null,
        version: 1,
      });
      expect(createReply.headers.etag).toBeDefined();
    });

    it('never puts key_hash in the create answer', () => {
      expect(Object.keys(created)).not.toContain('key_hash');
      expectNoHash(createReply);
    });

    it('gives each key its own prefix and secret', async () => {
      const second = await createKey(asMember, { name: 'ci-2' });
      expect(second.key).not.toBe(created.key);
      expect(second.key_prefix).not.toBe(created.key_prefix);
    });

    it('never shows the key or its hash on GET', async () => {
      const reply = await api.request<ApiKeyDto>('GET', `/api/api_keys/${created.id}`, { as: asMember });
      expect(reply.status).toBe(200);
      expect(Object.keys(reply.body)).not.toContain('key');
      expect(Object.keys(reply.body)).not.toContain('key_hash');
      expect(reply.text).not.toContain(created.key);
      expectNoHash(reply);
      expect(reply.body.key_prefix).toBe(created.key_prefix);
    });

    it('never shows the key or its hash in lists, to the owner or to an admin', async () => {
      for (const as of [asMember, asAdmin, asService]) {
        const reply = await api.request<Page<ApiKeyDto>>('GET', '/api/api_keys?limit=100', { as });
        expect(reply.status).toBe(200);
        expect(reply.body.items.map((k) => k.id)).toContain(created.id);
        for (const item of reply.body.items) {
          expect(Object.keys(item)).not.toContain('key');
          expect(Object.keys(item)).not.toContain('key_hash');
        }
        expect(reply.text).not.toContain(created.key);
        expectNoHash(reply);
      }
    });

    it('never shows the key or its hash in a PATCH answer', async () => {
      const reply = await api.request<ApiKeyDto>('PATCH', `/api/api_keys/${created.id}`, {
        as: asMember,
        body: { name: 'ci-renamed' },
      });
      expect(reply.status).toBe(200);
      expect(reply.body.name).toBe('ci-renamed');
      expect(Object.keys(reply.body)).not.toContain('key');
      expect(reply.text).not.toContain(created.key);
      expectNoHash(reply);
    });

    it('rejects a key_hash or key_prefix chosen by the caller (422)', async () => {
      expectProblem(
        await api.request('POST', '/api/api_keys', {
          as: asMember,
          body: { name: 'x', key_hash: 'a'.repeat(64) },
        }),
        422,
        'validation_failed',
        'key_hash',
      );
      expectProblem(
        await api.request('POST', '/api/api_keys', {
          as: asMember,
          body: { name: 'x', key_prefix: 'chosen' },
        }),
        422,
        'validation_failed',
        'key_prefix',
      );
    });
  });

  describe('verify', () => {
    it('identifies the owner of a valid key and records last_used_at', async () => {
      const key = await createKey(asMember, { name: 'gateway', scopes: ['runs:read'] });
      const before = Date.now();
      const reply = await verify(key.key);
      expect(reply.status).toBe(200);
      expectNoHash(reply);
      expect(reply.body).toEqual({
        key_id: key.id,
        name: 'gateway',
        owner_id: api.users.member.id,
        telegram_id: 2002,
        email: null,
        role: 'member',
        scopes: ['runs:read'],
        expires_at: null,
      });
      const after = await api.request<ApiKeyDto>('GET', `/api/api_keys/${key.id}`, { as: asMember });
      expect(after.body.last_used_at).not.toBeNull();
      const usedAt = Date.parse(after.body.last_used_at ?? '');
      expect(usedAt).toBeGreaterThanOrEqual(before - 1000);
      expect(usedAt).toBeLessThanOrEqual(Date.now() + 1000);
    });

    it('answers the role of an admin’s key and its expiry', async () => {
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      const key = await createKey(asAdmin, { name: 'admin-key', expires_at: expiresAt });
      const reply = await verify(key.key);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        owner_id: api.users.admin.id,
        telegram_id: 1001,
        role: 'admin',
        scopes: [],
      });
      expect(Date.parse(reply.body.expires_at ?? '')).toBe(Date.parse(expiresAt));
    });

    it('answers the owner’s email, and telegram_id null for an owner without Telegram', async () => {
      const created = await api.request<UserDto>('POST', '/api/users', {
        body: { email: 'Key.Holder@Example.org', username: 'no-telegram' },
      });
      expect(created.status).toBe(201);
      const key = await createKey(asService, { name: 'oidc-person', owner_id: created.body.id });
      const reply = await verify(key.key);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        key_id: key.id,
        owner_id: created.body.id,
        telegram_id: null,
        email: 'Key.Holder@Example.org',
        role: 'member',
      });
      const changed = await api.request<UserDto>('PATCH', `/api/users/${created.body.id}`, {
        body: { email: 'holder@example.org', telegram_id: 7_007_007 },
      });
      expect(changed.status).toBe(200);
      expect((await verify(key.key)).body).toMatchObject({
        telegram_id: 7_007_007,
        email: 'holder@example.org',
      });
    });

    it('rejects a key with the right prefix but a wrong secret (401) and does not mark it used', async () => {
      const key = await createKey(asMember, { name: 'tamper' });
      const forged = `slw_${key.key_prefix}_${'A'.repeat(40)}`;
      expectProblem(await verify(forged), 401, 'unauthorized');
      const after = await api.request<ApiKeyDto>('GET', `/api/api_keys/${key.id}`, { as: asMember });
      expect(after.body.last_used_at).toBeNull();
    });

    it('rejects a well-formed key nobody holds (401)', async () => {
      expectProblem(await verify(`slw_${'Z'.repeat(12)}_${'Z'.repeat(40)}`), 401, 'unauthorized');
    });

    it('rejects a revoked key (401), and revocation cannot be undone (422)', async () => {
      const key = await createKey(asMember, { name: 'to-revoke' });
      expect((await verify(key.key)).status).toBe(200);
      const revoked = await api.request<ApiKeyDto>('PATCH', `/api/api_keys/${key.id}`, {
        as: asMember,
        body: { revoked_at: new Date().toISOString() },
      });
      expect(revoked.status).toBe(200);
      expect(revoked.body.revoked_at).not.toBeNull();
      expectProblem(await verify(key.key), 401, 'unauthorized');

      expectProblem(
        await api.request('PATCH', `/api/api_keys/${key.id}`, { as: asMember, body: { revoked_at: null } }),
        422,
        'validation_failed',
        'revoked_at',
      );
      const still = await api.request<ApiKeyDto>('GET', `/api/api_keys/${key.id}`, { as: asMember });
      expect(still.body.revoked_at).not.toBeNull();
      expectProblem(await verify(key.key), 401, 'unauthorized');
      const revokedList = await api.request<Page<ApiKeyDto>>('GET', '/api/api_keys?revoked=true&limit=100', {
        as: asMember,
      });
      expect(revokedList.body.items.map((k) => k.id)).toContain(key.id);
    });

    it('does not let an admin un-revoke a key either (422)', async () => {
      const key = await createKey(asMember, { name: 'admin-unrevoke' });
      expect(
        (
          await api.request('PATCH', `/api/api_keys/${key.id}`, {
            as: asMember,
            body: { revoked_at: new Date().toISOString() },
          })
        ).status,
      ).toBe(200);
      expectProblem(
        await api.request('PATCH', `/api/api_keys/${key.id}`, { as: asService, body: { revoked_at: null } }),
        422,
        'validation_failed',
        'revoked_at',
      );
      expectProblem(await verify(key.key), 401, 'unauthorized');
    });

    it('rejects a deleted key (401)', async () => {
      const key = await createKey(asMember, { name: 'to-delete' });
      expect((await api.request('DELETE', `/api/api_keys/${key.id}`, { as: asMember })).status).toBe(204);
      expectProblem(await verify(key.key), 401, 'unauthorized');
    });

    it('rejects an expired key (401)', async () => {
      const key = await createKey(asMember, {
        name: 'expired',
        expires_at: new Date(Date.now() - 60_000).toISOString(),
      });
      expectProblem(await verify(key.key), 401, 'unauthorized');
    });

    it('rejects a key once it is made to expire (401)', async () => {
      const key = await createKey(asMember, {
        name: 'expire-later',
        expires_at: new Date(Date.now() + 3_600_000).toISOString(),
      });
      expect((await verify(key.key)).status).toBe(200);
      const patched = await api.request('PATCH', `/api/api_keys/${key.id}`, {
        as: asMember,
        body: { expires_at: new Date(Date.now() - 1000).toISOString() },
      });
      expect(patched.status).toBe(200);
      expectProblem(await verify(key.key), 401, 'unauthorized');
    });

    it('rejects the key of a deactivated user (401), and accepts it again once reactivated', async () => {
      const user = await api.createUser(5005, 'member');
      const key = await createKey({ telegramId: 5005 }, { name: 'soon-inactive' });
      expect(key.owner_id).toBe(user.id);
      const ok = await verify(key.key);
      expect(ok.status).toBe(200);
      expect(ok.body.telegram_id).toBe(5005);

      const off = await api.request<UserDto>('PATCH', `/api/users/${user.id}`, {
        as: asAdmin,
        body: { is_active: false },
      });
      expect(off.status).toBe(200);
      expectProblem(await verify(key.key), 401, 'unauthorized');

      const on = await api.request<UserDto>('PATCH', `/api/users/${user.id}`, {
        as: asAdmin,
        body: { is_active: true },
      });
      expect(on.status).toBe(200);
      expect((await verify(key.key)).status).toBe(200);
    });

    it('reports a role change of the owner at once', async () => {
      const user = await api.createUser(6006, 'member');
      const key = await createKey(asService, { name: 'promoted', owner_id: user.id });
      expect((await verify(key.key)).body.role).toBe('member');
      expect(
        (await api.request('PATCH', `/api/users/${user.id}`, { as: asAdmin, body: { role: 'admin' } }))
          .status,
      ).toBe(200);
      expect((await verify(key.key)).body.role).toBe('admin');
    });

    it.each([
      ['not a key', 'not-a-key'],
      ['no secret', 'slw_abcdef'],
      ['wrong scheme', `sk_${'a'.repeat(12)}_${'b'.repeat(40)}`],
      ['symbols in the secret', `slw_${'a'.repeat(12)}_${'b'.repeat(20)}!`],
      ['empty', ''],
      ['a number', 12345],
      ['too long', `slw_${'a'.repeat(12)}_${'b'.repeat(300)}`],
    ])('rejects a malformed key (%s) with 422 naming key', async (_label, key) => {
      expectProblem(await verify(key), 422, 'validation_failed', 'key');
    });

    it('rejects a body without key (422 naming key)', async () => {
      expectProblem(
        await api.request('POST', '/api/api_keys/verify', { as: asService, body: {} }),
        422,
        'validation_failed',
        'key',
      );
    });

    it('is for services only: members and admins get 403, anonymous callers 401', async () => {
      const key = await createKey(asMember, { name: 'service-only' });
      expectProblem(await verify(key.key, asMember), 403, 'forbidden');
      expectProblem(await verify(key.key, asOther), 403, 'forbidden');
      expectProblem(await verify(key.key, asAdmin), 403, 'forbidden');
      expectProblem(await verify(key.key, 'anonymous'), 401, 'unauthorized');
      expectProblem(await verify(key.key, { token: 'wrong-token' }), 401, 'unauthorized');
      const after = await api.request<ApiKeyDto>('GET', `/api/api_keys/${key.id}`, { as: asMember });
      expect(after.body.last_used_at).toBeNull();
    });
  });
});
