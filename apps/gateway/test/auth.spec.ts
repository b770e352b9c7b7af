import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { waitFor } from '@slipway/devstack';
import { TEST_SERVICE_TOKEN } from '@slipway/testing';
import { Redis } from 'ioredis';
import {
  apiKeyOf,
  bearer,
  type DataApiFixture,
  type GatewayFixture,
  startDataApi,
  startGateway,
} from './harness';

jest.setTimeout(90_000);

const TTL_MS = 1_000;

interface Me {
  user: { id: string; email: string | null; role: string };
  scopes: string[];
  via: string;
  csrf_token?: string;
}

describe('gateway authentication: API keys, scopes, sessions', () => {
  let dataApi: DataApiFixture;
  let gateway: GatewayFixture;

  beforeAll(async () => {
    dataApi = await startDataApi({ LOG_LEVEL: 'info' });
    gateway = await startGateway({ DATA_API_URL: dataApi.url, AUTH_CACHE_TTL_MS: String(TTL_MS) });
  });
  afterAll(async () => {
    await gateway?.close();
    await dataApi?.close();
  });

  const call = (path: string, init: RequestInit = {}) => fetch(`${gateway.url}${path}`, init);
  const json = { 'content-type': 'application/json' };
  const revoke = async (keyId: string) => {
    const answer = await fetch(`${dataApi.url}/api/api_keys/${keyId}`, {
      method: 'PATCH',
      headers: { 'x-service-token': TEST_SERVICE_TOKEN, ...json },
      body: JSON.stringify({ revoked_at: new Date().toISOString() }),
    });
    expect(answer.status).toBe(200);
  };
  const cacheCount = async (result: 'hit' | 'miss'): Promise<number> => {
    const text = await (await call('/metrics')).text();
    const line = text.split('\n').find((l) => l.startsWith(`gateway_auth_cache_total{result="${result}"`));
    return line ? Number(line.split(' ').pop()) : 0;
  };

  it('keeps an accepted key’s verdict for the TTL, so a revoked key stops within it', async () => {
    const key = await apiKeyOf(dataApi, dataApi.users.member.id);
    expect((await call('/api/projects', { headers: bearer(key.key) })).status).toBe(200);
    const hits = await cacheCount('hit');
    expect((await call('/api/projects', { headers: bearer(key.key) })).status).toBe(200);
    expect(await cacheCount('hit')).toBe(hits + 1);

    await revoke(key.id);
    const revokedAt = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - revokedAt < TTL_MS + 2_000) {
      status = (await call('/api/projects', { headers: bearer(key.key) })).status;
      if (status === 200) await sleep(100);
    }
    expect(status).toBe(401);
    expect(Date.now() - revokedAt).toBeLessThan(TTL_MS + 1_000);
  });

  it('asks data-api about a key under the id of the request that presented it', async () => {
    const key = await apiKeyOf(dataApi, dataApi.users.member.id);
    const requestId = `gateway-trace-${Date.now()}`;
    const answer = await call('/api/projects', {
      headers: { ...bearer(key.key), 'x-request-id': requestId },
    });
    expect(answer.headers.get('x-request-id')).toBe(requestId);
    const lines = () => dataApi.process.logLines().filter((line) => line.request_id === requestId);
    await waitFor(async () => (lines().length >= 2 ? true : undefined), 'data-api to log both requests');
    expect(lines().map((line) => line.url)).toEqual(['/api/api_keys/verify', '/api/projects']);
  });

  it('never keeps a refusal: every use of an unknown key asks data-api again', async () => {
    const unknown = 'slw_abcdefabcdef_0123456789012345678901234567890123456789';
    const misses = await cacheCount('miss');
    for (let i = 0; i < 3; i++) {
      const answer = await call('/api/projects', { headers: bearer(unknown) });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await cacheCount('miss')).toBe(misses + 3);
    expect((await call('/api/projects', { headers: { authorization: 'Basic dXNlcjpwYXNz' } })).status).toBe(
      401,
    );
    expect((await call('/api/projects', { headers: bearer('not-a-slipway-key') })).status).toBe(401);
  });

  it('keeps neither the key nor the session id in Redis: a session is stored under its id’s SHA-256', async () => {
    const key = await apiKeyOf(dataApi, dataApi.users.member.id);
    const login = await call('/auth/login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ api_key: key.key }),
    });
    expect(login.status).toBe(200);
    const sessionId = /slipway_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const redis = new Redis(gateway.config.REDIS_URL);
    const keys = await redis.keys(`${gateway.config.REDIS_PREFIX}*`);
    const stored = await Promise.all(keys.filter((k) => k.includes('session')).map((k) => redis.get(k)));
    await redis.quit();
    expect(keys.some((k) => k.endsWith(createHash('sha256').update(sessionId).digest('hex')))).toBe(true);
    expect(keys.join(' ')).not.toContain(sessionId);
    expect(stored.join(' ')).not.toContain(key.key);
  });

  it('enforces the key’s scopes per route class: read, write, admin', async () => {
    const reader = await apiKeyOf(dataApi, dataApi.users.member.id, ['read']);
    const writer = await apiKeyOf(dataApi, dataApi.users.member.id, ['write']);
    const adminWriter = await apiKeyOf(dataApi, dataApi.users.admin.id, ['write']);
    const admin = await apiKeyOf(dataApi, dataApi.users.admin.id, ['admin']);
    const project = JSON.stringify({ name: 'scoped', modules: [] });
    const server = JSON.stringify({ name: `srv-${Date.now()}`, host: '10.0.0.9' });

    expect((await call('/api/projects', { headers: bearer(reader.key) })).status).toBe(200);
    const refused = await call('/api/projects', {
      method: 'POST',
      headers: { ...bearer(reader.key), ...json },
      body: project,
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toContain('write');
    expect(
      (
        await call('/api/projects', {
          method: 'POST',
          headers: { ...bearer(writer.key), ...json },
          body: project,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call('/api/servers', {
          method: 'POST',
          headers: { ...bearer(adminWriter.key), ...json },
          body: server,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('/api/servers', {
          method: 'POST',
          headers: { ...bearer(admin.key), ...json },
          body: server,
        })
      ).status,
    ).not.toBe(403);
  });

  it('keeps a key from making or widening keys without the admin scope, and reads finer scopes by class', async () => {
    const adminWriter = await apiKeyOf(dataApi, dataApi.users.admin.id, ['write']);
    const mint = await call('/api/api_keys', {
      method: 'POST',
      headers: { ...bearer(adminWriter.key), ...json },
      body: JSON.stringify({ name: 'wider', scopes: ['admin'] }),
    });
    expect(mint.status).toBe(403);
    const widen = await call(`/api/api_keys/${adminWriter.id}`, {
      method: 'PATCH',
      headers: { ...bearer(adminWriter.key), ...json },
      body: JSON.stringify({ scopes: ['admin'] }),
    });
    expect(widen.status).toBe(403);
    const runsReader = await apiKeyOf(dataApi, dataApi.users.member.id, ['runs:read']);
    expect((await call('/api/projects', { headers: bearer(runsReader.key) })).status).toBe(200);
    const write = await call('/api/projects', {
      method: 'POST',
      headers: { ...bearer(runsReader.key), ...json },
      body: JSON.stringify({ name: 'nope', modules: [] }),
    });
    expect(write.status).toBe(403);
    const unknown = await apiKeyOf(dataApi, dataApi.users.member.id, ['deploy']);
    expect((await call('/api/projects', { headers: bearer(unknown.key) })).status).toBe(403);
  });

  it('counts every key data-api is asked about per source IP, so guesses cannot flood it', async () => {
    const guarded = await startGateway({ DATA_API_URL: dataApi.url, RATE_LIMIT_LOGIN_PER_MIN: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const guess = `slw_guessguess${i}_${'0'.repeat(40)}`;
        statuses.push((await fetch(`${guarded.url}/api/projects`, { headers: bearer(guess) })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const login = await fetch(`${guarded.url}/auth/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ api_key: `slw_guessguess9_${'0'.repeat(40)}` }),
      });
      expect(login.status).toBe(429);
    } finally {
      await guarded.close();
    }
  });

  it('acts as the key’s owner whatever identity headers the client adds', async () => {
    const admin = await apiKeyOf(dataApi, dataApi.users.admin.id);
    const member = await apiKeyOf(dataApi, dataApi.users.member.id);
    const created = await call('/api/projects', {
      method: 'POST',
      headers: { ...bearer(admin.key), ...json },
      body: JSON.stringify({ name: 'admins-only', modules: [] }),
    });
    const { id } = (await created.json()) as { id: string };
    const spoofed = await call(`/api/projects/${id}`, {
      headers: {
        ...bearer(member.key),
        'x-user-id': dataApi.users.admin.id,
        'x-user-role': 'admin',
        'x-telegram-id': String(dataApi.users.admin.telegram_id),
        'x-service-token': TEST_SERVICE_TOKEN,
      },
    });
    expect(spoofed.status).toBe(404);
    expect((await call(`/api/projects/${id}`, { headers: bearer(admin.key) })).status).toBe(200);
  });

  describe('browser sessions', () => {
    let key: { key: string; id: string };
    let cookie: string;
    let me: Me;

    beforeAll(async () => {
      key = await apiKeyOf(dataApi, dataApi.users.member.id);
      const login = await call('/auth/login', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ api_key: key.key }),
      });
      expect(login.status).toBe(200);
      const setCookie = login.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/slipway_session=[A-Za-z0-9_-]{43};/);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      expect(setCookie).not.toMatch(/Secure/i);
      cookie = setCookie.split(';')[0];
      me = (await login.json()) as Me;
    });

    it('answers who the session is, with the CSRF token', async () => {
      const answer = await call('/auth/me', { headers: { cookie } });
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as Me;
      expect(body).toEqual(me);
      expect(body.user).toMatchObject({ id: dataApi.users.member.id, role: 'member' });
      expect(body.via).toBe('session');
      expect(body.csrf_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('reads with the cookie alone, and writes only with X-CSRF-Token', async () => {
      expect((await call('/api/projects', { headers: { cookie } })).status).toBe(200);
      const body = JSON.stringify({ name: 'from-the-browser', modules: [] });
      const forged = await call('/api/projects', { method: 'POST', headers: { cookie, ...json }, body });
      expect(forged.status).toBe(403);
      const wrong = await call('/api/projects', {
        method: 'POST',
        headers: { cookie, ...json, 'x-csrf-token': 'x'.repeat(43) },
        body,
      });
      expect(wrong.status).toBe(403);
      const made = await call('/api/projects', {
        method: 'POST',
        headers: { cookie, ...json, 'x-csrf-token': me.csrf_token ?? '' },
        body,
      });
      expect(made.status).toBe(201);
      expect(((await made.json()) as { owner_id: string }).owner_id).toBe(dataApi.users.member.id);
    });

    it('refuses a login with a bad key and sets no cookie', async () => {
      const bad = await call('/auth/login', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ api_key: 'slw_zzzzzzzzzzzz_0000000000000000000000000000000000000000' }),
      });
      expect(bad.status).toBe(401);
      expect(bad.headers.get('set-cookie')).toBeNull();
      const malformed = await call('/auth/login', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ api_key: 3 }),
      });
      expect(malformed.status).toBe(422);
    });

    it('ends when the key it logged in with is revoked (within the TTL)', async () => {
      const other = await apiKeyOf(dataApi, dataApi.users.member.id);
      const login = await call('/auth/login', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ api_key: other.key }),
      });
      const otherCookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      await revoke(other.id);
      await sleep(TTL_MS + 100);
      expect((await call('/api/projects', { headers: { cookie: otherCookie } })).status).toBe(401);
      // The session is gone for good, not only until the next check.
      expect((await call('/auth/me', { headers: { cookie: otherCookie } })).status).toBe(401);
    });

    it('takes the key’s narrowed scopes at the session’s next confirmation', async () => {
      const narrowed = await apiKeyOf(dataApi, dataApi.users.member.id);
      const login = await call('/auth/login', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ api_key: narrowed.key }),
      });
      const sessionCookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      const { csrf_token: csrf } = (await login.json()) as Me;
      const patched = await fetch(`${dataApi.url}/api/api_keys/${narrowed.id}`, {
        method: 'PATCH',
        headers: { 'x-service-token': TEST_SERVICE_TOKEN, ...json },
        body: JSON.stringify({ scopes: ['read'] }),
      });
      expect(patched.status).toBe(200);
      await sleep(TTL_MS + 100);
      const write = await call('/api/projects', {
        method: 'POST',
        headers: { cookie: sessionCookie, ...json, 'x-csrf-token': csrf ?? '' },
        body: JSON.stringify({ name: 'after-narrowing', modules: [] }),
      });
      expect(write.status).toBe(403);
      expect(
        ((await (await call('/auth/me', { headers: { cookie: sessionCookie } })).json()) as Me).scopes,
      ).toEqual(['read']);
    });

    it('logs out: needs the CSRF token, clears the cookie, and the session no longer works', async () => {
      expect((await call('/auth/logout', { method: 'POST', headers: { cookie } })).status).toBe(403);
      const out = await call('/auth/logout', {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': me.csrf_token ?? '' },
      });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/slipway_session=;/);
      expect((await call('/api/projects', { headers: { cookie } })).status).toBe(401);
    });

    it('ends a session past its absolute lifetime whatever its use', async () => {
      const fresh = await apiKeyOf(dataApi, dataApi.users.member.id);
      const login = await call('/auth/login', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ api_key: fresh.key }),
      });
      const sessionId = /slipway_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
      const redis = new Redis(gateway.config.REDIS_URL);
      const stored = `${gateway.config.REDIS_PREFIX}gateway:session:${createHash('sha256').update(sessionId).digest('hex')}`;
      expect(await redis.pttl(stored)).toBeGreaterThan(gateway.config.SESSION_IDLE_MS - 5_000);
      const session = JSON.parse((await redis.get(stored)) ?? '{}') as { createdAt: number };
      session.createdAt -= gateway.config.SESSION_ABSOLUTE_MS;
      await redis.set(stored, JSON.stringify(session), 'KEEPTTL');
      expect((await call('/auth/me', { headers: { cookie: `slipway_session=${sessionId}` } })).status).toBe(
        401,
      );
      expect(await redis.exists(stored)).toBe(0);
      await redis.quit();
    });
  });
});
