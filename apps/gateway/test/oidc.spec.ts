import type { ProblemDto } from '@slipway/contracts';
import { freePort } from '@slipway/devstack';
import { Browser } from './browser';
import { type DataApiFixture, type GatewayFixture, startDataApi, startGateway } from './harness';
import { OidcStandIn, type StandInAccount } from './oidc-stand-in';

jest.setTimeout(60_000);

/** The origin the gateway names in its redirects; the test's browser reaches it where the gateway listens. */
const PUBLIC_URL = 'http://slipway.test';
const CLIENT = { id: 'slipway-gateway', secret: 'stand-in-client-secret' };
const REDIRECT_URI = `${PUBLIC_URL}/auth/oidc/callback`;

interface Me {
  user: { id: string; email: string | null; role: string };
  scopes: string[];
  via: string;
  csrf_token?: string;
}

interface Setup {
  dataApi: DataApiFixture;
  gateway: GatewayFixture;
}

const oidcEnv = (dataApi: DataApiFixture, issuer: string): Record<string, string> => ({
  DATA_API_URL: dataApi.url,
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: CLIENT.id,
  OIDC_CLIENT_SECRET: CLIENT.secret,
  PUBLIC_URL,
  RATE_LIMIT_LOGIN_PER_MIN: '1000',
});

async function expectProblem(response: Response, status: number, code: string): Promise<ProblemDto> {
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const body = (await response.json()) as ProblemDto;
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
  return body;
}

/** Logins driven through the gateway and the identity provider, as a browser would. */
function logins(setup: () => Setup, issuer: () => OidcStandIn) {
  const browser = (): Browser => new Browser({ [PUBLIC_URL]: setup().gateway.url });

  async function start(query = ''): Promise<{ browser: Browser; authorize: URL }> {
    const user = browser();
    const started = await user.request(`${setup().gateway.url}/auth/oidc/login${query}`);
    expect(started.status).toBe(302);
    return { browser: user, authorize: new URL(started.headers.get('location') ?? '') };
  }

  /** The browser at the provider until it is sent back to the gateway: that callback URL. */
  async function authorize(user: Browser, url: URL): Promise<URL> {
    const callback = await user.followUntil(PUBLIC_URL, url.href);
    if (typeof callback !== 'string')
      throw new Error(`the provider stopped at ${callback.status}: ${await callback.text()}`);
    return new URL(callback);
  }

  async function logIn(
    account: StandInAccount,
    query = '',
  ): Promise<{ browser: Browser; landing: Response }> {
    issuer().signInAs(account);
    const { browser: user, authorize: url } = await start(query);
    const callback = await authorize(user, url);
    return { browser: user, landing: await user.request(callback.href) };
  }

  async function me(user: Browser): Promise<Me> {
    const answer = await user.request(`${setup().gateway.url}/auth/me`);
    expect(answer.status).toBe(200);
    return (await answer.json()) as Me;
  }

  return { start, authorize, logIn, me };
}

describe('single sign-on at the gateway (OpenID Connect, code flow with PKCE)', () => {
  let dataApi: DataApiFixture;
  let gateway: GatewayFixture;
  let issuer: OidcStandIn;
  let issuerPort: number;
  const { start, authorize, logIn, me } = logins(
    () => ({ dataApi, gateway }),
    () => issuer,
  );

  beforeAll(async () => {
    dataApi = await startDataApi();
    issuerPort = await freePort();
    gateway = await startGateway(oidcEnv(dataApi, `http://127.0.0.1:${issuerPort}`));
  });
  afterAll(async () => {
    await gateway?.close();
    await issuer?.close();
    await dataApi?.close();
  });

  const usersOf = async (email: string) =>
    (await dataApi.client.get('/api/users', { params: { query: { email } } })).data.items;

  it('starts while the provider is down (a login is a 503), and discovers it once it is up', async () => {
    const down = await fetch(`${gateway.url}/auth/oidc/login`, { redirect: 'manual' });
    await expectProblem(down, 503, 'unavailable');
    expect(down.headers.get('retry-after')).toBe('5');
    expect(down.headers.get('set-cookie')).toBeNull();

    issuer = await OidcStandIn.start({
      port: issuerPort,
      client: { ...CLIENT, redirectUri: REDIRECT_URI },
      claimsInIdToken: true,
    });
    const providers = await fetch(`${gateway.url}/auth/providers`);
    expect(await providers.json()).toEqual({ api_key: true, oidc: true });
    const { browser, authorize: url } = await start();
    expect(url.origin).toBe(issuer.issuer);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: CLIENT.id,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'openid email profile',
      state: expect.stringMatching(/^[\w-]{32,}$/),
      nonce: expect.stringMatching(/^[\w-]{32,}$/),
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge_method: 'S256',
    });
    const cookie = browser.cookie(gateway.url, 'slipway_oidc_login');
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
    expect(cookie?.attributes).toEqual(
      expect.arrayContaining(['Max-Age=300', 'Path=/auth/oidc', 'HttpOnly', 'SameSite=Lax']),
    );
  });

  it('makes the registry user at the first login and a session of it', async () => {
    expect(await usersOf('ada@example.org')).toEqual([]);
    const { browser, landing } = await logIn({
      sub: 'ada-1',
      email: 'Ada@Example.org',
      email_verified: true,
      preferred_username: 'ada',
      name: 'Ada Lovelace',
    });
    expect(landing.status).toBe(302);
    expect(landing.headers.get('location')).toBe('/');
    expect(browser.cookie(gateway.url, 'slipway_oidc_login')).toBeUndefined();
    const session = browser.cookie(gateway.url, 'slipway_session');
    expect(session?.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));

    const [user] = await usersOf('ada@example.org');
    expect(user).toMatchObject({
      email: 'Ada@Example.org',
      username: 'ada',
      role: 'member',
      is_active: true,
      telegram_id: null,
    });
    const who = await me(browser);
    expect(who).toMatchObject({
      user: { id: user.id, email: 'Ada@Example.org', role: 'member' },
      via: 'session',
    });
    expect(new Set(who.scopes)).toEqual(new Set(['read', 'write', 'admin']));

    const project = await browser.request(`${gateway.url}/api/projects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': who.csrf_token ?? '' },
      body: JSON.stringify({ name: 'signed-on', modules: [] }),
    });
    expect(project.status).toBe(201);
    expect(((await project.json()) as { owner_id: string }).owner_id).toBe(user.id);
    // The member's role still holds at the services: the users registry is admins' to change.
    const promote = await browser.request(`${gateway.url}/api/users/${user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': who.csrf_token ?? '' },
      body: JSON.stringify({ role: 'admin' }),
    });
    expect(promote.status).toBe(403);
  });

  it('finds the same user at a later login by the same address in another case', async () => {
    const [ada] = await usersOf('ada@example.org');
    const { browser, landing } = await logIn({ sub: 'ada-2', email: 'ADA@example.ORG', name: 'A. Lovelace' });
    expect(landing.status).toBe(302);
    expect((await me(browser)).user.id).toBe(ada.id);
    expect(await usersOf('ada@example.org')).toHaveLength(1);
  });

  it('takes an admin as the admin the registry says they are', async () => {
    const { data: admin } = await dataApi.client.post('/api/users', {
      body: { email: 'root@example.org', role: 'admin', is_active: true },
    });
    const { browser } = await logIn({ sub: 'root', email: 'root@example.org', email_verified: true });
    expect((await me(browser)).user).toEqual({ id: admin.id, email: 'root@example.org', role: 'admin' });
  });

  it('lands on return_to when it is a path of the gateway, and on / when it is anything else', async () => {
    const account = { sub: 'grace', email: 'grace@example.org' };
    const path = await logIn(account, `?return_to=${encodeURIComponent('/runs?status=running')}`);
    expect(path.landing.headers.get('location')).toBe('/runs?status=running');
    for (const elsewhere of ['https://evil.example/runs', '//evil.example/runs', '/\\evil.example']) {
      const { landing } = await logIn(account, `?return_to=${encodeURIComponent(elsewhere)}`);
      expect(landing.status).toBe(302);
      expect(landing.headers.get('location')).toBe('/');
    }
  });

  it('refuses a callback whose state is not the browser’s login, and makes no session', async () => {
    issuer.signInAs({ sub: 'mallory', email: 'mallory@example.org' });
    const { browser, authorize: url } = await start();
    const callback = await authorize(browser, url);
    callback.searchParams.set('state', 'forged-state-value');
    const refused = await browser.request(callback.href);
    expect((await expectProblem(refused, 400, 'bad_request')).detail).toMatch(/state/);
    expect(browser.cookie(gateway.url, 'slipway_session')).toBeUndefined();
    expect((await browser.request(`${gateway.url}/auth/me`)).status).toBe(401);
    expect(await usersOf('mallory@example.org')).toEqual([]);
    // The login is used up: the genuine callback cannot follow the forged one.
    callback.searchParams.set('state', url.searchParams.get('state') ?? '');
    await expectProblem(await browser.request(callback.href), 400, 'bad_request');
  });

  it('refuses a callback without the login cookie, and one replayed after it succeeded', async () => {
    issuer.signInAs({ sub: 'grace', email: 'grace@example.org' });
    const { browser, authorize: url } = await start();
    const callback = await authorize(browser, url);
    const elsewhere = await fetch(`${gateway.url}${callback.pathname}${callback.search}`, {
      redirect: 'manual',
    });
    expect((await expectProblem(elsewhere, 400, 'bad_request')).detail).toMatch(/no login under way/);

    const loginCookie = browser.cookie(gateway.url, 'slipway_oidc_login')?.value ?? '';
    expect((await browser.request(callback.href)).status).toBe(302);
    const replay = await fetch(`${gateway.url}${callback.pathname}${callback.search}`, {
      headers: { cookie: `slipway_oidc_login=${loginCookie}` },
      redirect: 'manual',
    });
    expect((await expectProblem(replay, 400, 'bad_request')).detail).toMatch(/already used/);
  });

  it('refuses a code redeemed with another login’s PKCE verifier, and a tampered code', async () => {
    issuer.signInAs({ sub: 'eve', email: 'eve@example.org' });
    const first = await start();
    const code = (await authorize(first.browser, first.authorize)).searchParams.get('code') ?? '';
    // A second login of another browser: its cookie and state are genuine, its verifier not the code's.
    const second = await start();
    const swapped = new URL(REDIRECT_URI);
    swapped.searchParams.set('code', code);
    swapped.searchParams.set('state', second.authorize.searchParams.get('state') ?? '');
    swapped.searchParams.set('iss', issuer.issuer);
    const mismatch = await second.browser.request(swapped.href);
    expect((await expectProblem(mismatch, 401, 'unauthorized')).detail).toMatch(/invalid_grant/);

    const third = await start();
    const callback = await authorize(third.browser, third.authorize);
    callback.searchParams.set('code', `${callback.searchParams.get('code') ?? ''}x`);
    const tampered = await third.browser.request(callback.href);
    expect((await expectProblem(tampered, 401, 'unauthorized')).detail).toMatch(/invalid_grant/);
    expect(await usersOf('eve@example.org')).toEqual([]);
  });

  it('answers the provider’s refusal (access_denied) with a 401, and its forgery without iss too', async () => {
    issuer.denyNext();
    const { browser, authorize: url } = await start();
    const callback = await authorize(browser, url);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const refused = await browser.request(callback.href);
    expect((await expectProblem(refused, 401, 'unauthorized')).detail).toMatch(
      /refused the login \(access_denied\)/,
    );
    expect(browser.cookie(gateway.url, 'slipway_session')).toBeUndefined();

    // The provider names itself in every answer (RFC 9207): an error without iss is not its own.
    const other = await start();
    const forged = new URL(REDIRECT_URI);
    forged.searchParams.set('error', 'access_denied');
    forged.searchParams.set('state', other.authorize.searchParams.get('state') ?? '');
    await expectProblem(await other.browser.request(forged.href), 401, 'unauthorized');
  });

  it('needs an email address the provider says it verified (not one it is silent about)', async () => {
    const without = await logIn({ sub: 'anonymous', preferred_username: 'anon' });
    expect((await expectProblem(without.landing, 401, 'unauthorized')).detail).toMatch(/no email/);
    const unverified = await logIn({
      sub: 'unverified',
      email: 'unverified@example.org',
      email_verified: false,
    });
    expect((await expectProblem(unverified.landing, 401, 'unauthorized')).detail).toMatch(
      /not said it verified/,
    );
    expect(await usersOf('unverified@example.org')).toEqual([]);
    // Silence is not verification: an address the provider says nothing of could be anyone's.
    const unsaid = await logIn({
      sub: 'unsaid',
      email: 'admin-lookalike@example.org',
      email_verified: 'omitted',
    });
    expect((await expectProblem(unsaid.landing, 401, 'unauthorized')).detail).toMatch(/not said it verified/);
    expect(await usersOf('admin-lookalike@example.org')).toEqual([]);
  });

  it('refuses a user the registry has deactivated (403)', async () => {
    await dataApi.client.post('/api/users', { body: { email: 'retired@example.org', is_active: false } });
    const { browser, landing } = await logIn({ sub: 'retired', email: 'Retired@example.org' });
    await expectProblem(landing, 403, 'forbidden');
    expect(browser.cookie(gateway.url, 'slipway_session')).toBeUndefined();
  });
});

describe('single sign-on with a provider that keeps the claims to userinfo, and goes away', () => {
  let dataApi: DataApiFixture;
  let gateway: GatewayFixture;
  let issuer: OidcStandIn;
  const { start, authorize, logIn, me } = logins(
    () => ({ dataApi, gateway }),
    () => issuer,
  );

  beforeAll(async () => {
    dataApi = await startDataApi();
    issuer = await OidcStandIn.start({
      port: await freePort(),
      client: { ...CLIENT, redirectUri: REDIRECT_URI },
      claimsInIdToken: false,
    });
    gateway = await startGateway(oidcEnv(dataApi, issuer.issuer));
  });
  afterAll(async () => {
    await gateway?.close();
    await issuer?.close();
    await dataApi?.close();
  });

  it('reads the email and username from userinfo', async () => {
    const { browser, landing } = await logIn({
      sub: 'lin',
      email: 'lin@example.org',
      preferred_username: 'lin',
    });
    expect(landing.status).toBe(302);
    expect((await me(browser)).user.email).toBe('lin@example.org');
    const { data } = await dataApi.client.get('/api/users', {
      params: { query: { email: 'lin@example.org' } },
    });
    expect(data.items.map((user) => user.username)).toEqual(['lin']);
  });

  it('answers 503 when the provider is gone between the authorization and the callback', async () => {
    issuer.signInAs({ sub: 'late', email: 'late@example.org' });
    const { browser, authorize: url } = await start();
    const callback = await authorize(browser, url);
    await issuer.close();
    const gone = await browser.request(callback.href);
    await expectProblem(gone, 503, 'unavailable');
    expect(browser.cookie(gateway.url, 'slipway_session')).toBeUndefined();
  });
});

describe('the single sign-on routes unconfigured, and limited', () => {
  let dataApi: DataApiFixture;
  let gateway: GatewayFixture;
  let limited: GatewayFixture;

  beforeAll(async () => {
    dataApi = await startDataApi();
    gateway = await startGateway({ DATA_API_URL: dataApi.url });
    // SSO configured at an issuer nobody answers, and two logins a minute.
    limited = await startGateway({
      ...oidcEnv(dataApi, `http://127.0.0.1:${await freePort()}`),
      RATE_LIMIT_LOGIN_PER_MIN: '2',
    });
  });
  afterAll(async () => {
    await limited?.close();
    await gateway?.close();
    await dataApi?.close();
  });

  it('counts single sign-on starts against the per-IP login limit (each keeps a login in Redis)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await fetch(`${limited.url}/auth/oidc/login`, { redirect: 'manual' })).status);
    expect(statuses).toEqual([503, 503, 429]);
  });

  it('answers the single sign-on routes as routes that do not exist', async () => {
    for (const path of ['/auth/oidc/login', '/auth/oidc/callback?code=x&state=y']) {
      const answer = await fetch(`${gateway.url}${path}`, { redirect: 'manual' });
      await expectProblem(answer, 404, 'route_not_found');
    }
    expect(await (await fetch(`${gateway.url}/auth/providers`)).json()).toEqual({
      api_key: true,
      oidc: false,
    });
  });
});
