import { Controller, Get, Injectable, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  BaseConfig,
  createApp,
  loadConfig,
  PlatformModule,
  PortVar,
  ProblemException,
} from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import {
  type CredentialStrategy,
  CurrentPrincipal,
  IdentityModule,
  type Principal,
  Public,
  ServiceOnly,
} from '../src';

const TOKEN = 'identity-test-token-0123456789';

class TestConfig extends BaseConfig {
  @PortVar(0)
  PORT!: number;
}

@Controller()
class ProbeController {
  @Get('whoami')
  whoami(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @Get('internal')
  @ServiceOnly()
  internal(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @Get('open')
  @Public()
  open(): { open: true } {
    return { open: true };
  }
}

/** Stands for an org API key: `X-API-Key: good` is the org's key, anything else is refused. */
@Injectable()
class TestKeyStrategy implements CredentialStrategy {
  authenticate(request: FastifyRequest): Promise<Principal | null> {
    const key = request.headers['x-api-key'];
    if (key === undefined) return Promise.resolve(null);
    if (key !== 'good') return Promise.reject(new ProblemException('unauthorized', 'unknown key'));
    return Promise.resolve({ kind: 'user', id: 'key-holder', email: null, role: 'member' });
  }
}

@Module({ providers: [TestKeyStrategy], exports: [TestKeyStrategy] })
class KeysModule {}

async function boot(withKeys: boolean): Promise<NestFastifyApplication> {
  const config = loadConfig(TestConfig, { LOG_LEVEL: 'silent' });
  @Module({
    imports: [
      PlatformModule.forApp('identity-test', config),
      IdentityModule.forRoot({
        serviceToken: TOKEN,
        ...(withKeys ? { imports: [KeysModule], credentials: [TestKeyStrategy] } : {}),
      }),
    ],
    controllers: [ProbeController],
  })
  class TestModule {}
  const { app } = await createApp(TestModule, config, {
    service: 'identity-test',
    title: 'identity test',
    description: 'identity test',
    version: '0',
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

const USER = { 'x-user-id': 'alice', 'x-user-email': 'alice@example.com' };

describe('IdentityGuard', () => {
  let app: NestFastifyApplication;
  let keyed: NestFastifyApplication;

  beforeAll(async () => {
    app = await boot(false);
    keyed = await boot(true);
  });
  afterAll(async () => {
    await app.close();
    await keyed.close();
  });

  const get = async (target: NestFastifyApplication, url: string, headers: Record<string, string>) => {
    const reply = await target.inject({ method: 'GET', url, headers });
    return {
      status: reply.statusCode,
      type: String(reply.headers['content-type']),
      body: reply.json<unknown>(),
    };
  };

  it('ignores identity headers without the service token: 401 problem+json', async () => {
    const untrusted: Record<string, string>[] = [
      USER,
      { ...USER, 'x-user-role': 'admin' },
      { 'x-telegram-id': '1001' },
      {},
    ];
    for (const headers of untrusted) {
      const reply = await get(app, '/whoami', headers);
      expect(reply.status).toBe(401);
      expect(reply.type).toContain('application/problem+json');
      expect(reply.body).toMatchObject({ code: 'unauthorized', status: 401 });
    }
  });

  it('refuses a wrong service token, even with a user named', async () => {
    const reply = await get(app, '/whoami', { 'x-service-token': `${TOKEN}x`, ...USER });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ detail: 'X-Service-Token is not valid' });
  });

  it('gives the service token alone the service’s rights', async () => {
    const reply = await get(app, '/whoami', { 'x-service-token': TOKEN });
    expect(reply).toMatchObject({ status: 200, body: { kind: 'service' } });
  });

  it('acts for the named user when the service token forwards one', async () => {
    const member = await get(app, '/whoami', { 'x-service-token': TOKEN, ...USER });
    expect(member.body).toEqual({ kind: 'user', id: 'alice', email: 'alice@example.com', role: 'member' });
    const admin = await get(app, '/whoami', {
      'x-service-token': TOKEN,
      ...USER,
      'x-user-role': 'viewer,admin',
    });
    expect(admin.body).toMatchObject({ id: 'alice', role: 'admin' });
  });

  it('takes a forwarded user without an email address (the registry may know none)', async () => {
    const reply = await get(app, '/whoami', { 'x-service-token': TOKEN, 'x-user-id': 'alice' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: 'alice', email: null, role: 'member' });
  });

  it('refuses a malformed forwarded user rather than falling back to the service', async () => {
    const malformed: Record<string, string>[] = [
      { 'x-user-id': 'alice', 'x-user-email': 'not-an-address' },
      { 'x-user-id': 'a b', 'x-user-email': 'a@b.c' },
      { 'x-user-id': 'alice', 'x-user-email': `${'a'.repeat(300)}@example.com` },
      // Half a user is no user, and never the service itself.
      { 'x-user-email': 'alice@example.com', 'x-user-role': 'admin' },
      { 'x-user-role': 'admin' },
      { 'x-telegram-id': '1001' },
    ];
    for (const headers of malformed) {
      const reply = await get(app, '/whoami', { 'x-service-token': TOKEN, ...headers });
      expect(reply.status).toBe(401);
    }
  });

  it('@ServiceOnly refuses a forwarded user and admits the service', async () => {
    expect((await get(app, '/internal', { 'x-service-token': TOKEN, ...USER })).status).toBe(403);
    expect((await get(app, '/internal', { 'x-service-token': TOKEN })).status).toBe(200);
  });

  it('@Public needs no identity', async () => {
    expect(await get(app, '/open', {})).toMatchObject({ status: 200, body: { open: true } });
  });

  it('tries an app’s credential strategies only without the service token', async () => {
    expect((await get(keyed, '/whoami', { 'x-api-key': 'good' })).body).toMatchObject({ id: 'key-holder' });
    expect((await get(keyed, '/whoami', { 'x-api-key': 'bad' })).status).toBe(401);
    expect((await get(keyed, '/whoami', { 'x-api-key': 'good', ...USER })).body).toMatchObject({
      id: 'key-holder',
    });
    expect((await get(keyed, '/whoami', { 'x-service-token': TOKEN, 'x-api-key': 'good' })).body).toEqual({
      kind: 'service',
    });
    expect((await get(app, '/whoami', { 'x-api-key': 'good' })).status).toBe(401);
  });
});
