import type { Page, ProjectDto, UserDto } from '@slipway/contracts';
import { asAdmin, asMember, DataApiHarness, type Reply } from './support/harness';
import { expectProblem } from './support/problem';

/** Users who sign in by API key or OIDC: no Telegram id, found by email, one user per address. */
describe('users without Telegram, found by email', () => {
  let api: DataApiHarness;

  beforeAll(async () => {
    api = await DataApiHarness.start();
  });
  afterAll(async () => {
    await api.close();
  });

  const createUser = (body: Record<string, unknown>): Promise<Reply<UserDto>> =>
    api.request<UserDto>('POST', '/api/users', { body });

  async function created(body: Record<string, unknown>): Promise<UserDto> {
    const reply = await createUser(body);
    expect(reply.status).toBe(201);
    return reply.body;
  }

  const byEmail = (email: string, as = asAdmin): Promise<Reply<Page<UserDto>>> =>
    api.request<Page<UserDto>>('GET', `/api/users?email=${encodeURIComponent(email)}`, { as });

  it('creates users without a Telegram id, as many as needed, and reads them back with telegram_id null', async () => {
    const first = await created({ username: 'oidc-first', email: 'first@example.org' });
    const second = await created({ username: 'oidc-second', telegram_id: null });
    expect(first).toMatchObject({ telegram_id: null, email: 'first@example.org', role: 'member' });
    expect(second).toMatchObject({ telegram_id: null, email: null });
    const read = await api.request<UserDto>('GET', `/api/users/${first.id}`);
    expect(read.status).toBe(200);
    expect(read.body.telegram_id).toBeNull();
    const list = await api.request<Page<UserDto>>('GET', '/api/users?limit=100');
    expect(list.body.items.filter((u) => u.telegram_id === null).map((u) => u.id)).toEqual(
      expect.arrayContaining([first.id, second.id]),
    );
  });

  it('creates a user from an empty body, every column its default, one by one or in bulk', async () => {
    const bare = await created({});
    expect(bare).toMatchObject({
      telegram_id: null,
      username: null,
      email: null,
      role: 'member',
      is_active: true,
    });
    const bulk = await api.request<UserDto[]>('POST', '/api/users/bulk', { body: [{}, {}] });
    expect(bulk.status).toBe(201);
    expect(bulk.body.map((u) => u.telegram_id)).toEqual([null, null]);
  });

  it('lets a service act for a user without Telegram by X-User-Id', async () => {
    const user = await created({ email: 'on-behalf@example.org' });
    const onBehalf = { headers: { 'x-user-id': user.id } };
    const own = await api.request<Page<UserDto>>('GET', '/api/users', onBehalf);
    expect(own.status).toBe(200);
    expect(own.body.items.map((u) => u.id)).toEqual([user.id]);
    const project = await api.request<ProjectDto>('POST', '/api/projects', {
      ...onBehalf,
      body: { name: 'no-telegram', modules: [] },
    });
    expect(project.status).toBe(201);
    expect(project.body.owner_id).toBe(user.id);
  });

  it('keeps a Telegram id unique where set (409)', async () => {
    await created({ telegram_id: 8_100_001 });
    expectProblem(await createUser({ telegram_id: 8_100_001 }), 409, 'conflict', 'telegram_id');
  });

  it('clears a Telegram id on PATCH null, and a user can get one later', async () => {
    const user = await created({ telegram_id: 8_100_002, email: 'unlink@example.org' });
    const cleared = await api.request<UserDto>('PATCH', `/api/users/${user.id}`, {
      body: { telegram_id: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.telegram_id).toBeNull();
    const linked = await api.request<UserDto>('PATCH', `/api/users/${user.id}`, {
      body: { telegram_id: 8_100_003 },
    });
    expect(linked.body.telegram_id).toBe(8_100_003);
  });

  it('finds a user by ?email= whatever the case, and only that user', async () => {
    const ada = await created({ username: 'ada', email: 'Ada.Lovelace@Example.org' });
    await created({ username: 'ada-neighbour', email: 'ada.lovelace@example.net' });
    for (const spelling of [
      'Ada.Lovelace@Example.org',
      'ada.lovelace@example.org',
      'ADA.LOVELACE@EXAMPLE.ORG',
    ]) {
      const reply = await byEmail(spelling);
      expect(reply.status).toBe(200);
      expect(reply.body.items.map((u) => u.id)).toEqual([ada.id]);
      expect(reply.body.items[0].email).toBe('Ada.Lovelace@Example.org');
    }
    expect((await byEmail('nobody@example.org')).body.items).toEqual([]);
    // Exact, not a pattern: a LIKE wildcard matches nothing.
    expect((await byEmail('ada.lovelace@example.%')).body.items).toEqual([]);
  });

  it('shows a member only their own row even when filtering by another user’s email', async () => {
    await created({ email: 'someone-else@example.org' });
    const reply = await byEmail('someone-else@example.org', asMember);
    expect(reply.status).toBe(200);
    expect(reply.body.items).toEqual([]);
  });

  it('refuses a second user with the same email differently cased (409 naming email)', async () => {
    const grace = await created({ email: 'grace@example.org' });
    const problem = expectProblem(
      await createUser({ email: 'Grace@Example.ORG', telegram_id: 8_100_004 }),
      409,
      'conflict',
      'email',
    );
    expect(problem.detail).not.toMatch(/grace/i);
    const other = await created({ email: 'hopper@example.org' });
    expectProblem(
      await api.request('PATCH', `/api/users/${other.id}`, { body: { email: 'GRACE@example.org' } }),
      409,
      'conflict',
      'email',
    );
    const still = await byEmail('grace@example.org');
    expect(still.body.items.map((u) => u.id)).toEqual([grace.id]);
  });

  it('lets a user keep their own address with another case', async () => {
    const user = await created({ email: 'case@example.org' });
    const renamed = await api.request<UserDto>('PATCH', `/api/users/${user.id}`, {
      body: { email: 'Case@Example.org' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.email).toBe('Case@Example.org');
  });

  it('refuses an ?email= longer than a query text (422) and sorting by telegram_id (422)', async () => {
    expectProblem(await byEmail(`${'a'.repeat(200)}@example.org`), 422, 'validation_failed', 'email');
    expectProblem(await api.request('GET', '/api/users?sort=telegram_id'), 422, 'validation_failed', 'sort');
  });
});
