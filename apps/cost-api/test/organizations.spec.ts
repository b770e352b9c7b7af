import type {
  OrgApiKeyDto,
  AuditLogEntryDto,
  CreatedOrgApiKeyDto,
  MemberDto,
  OnboardedOrganizationDto,
  OrganizationDto,
  Page,
  ProblemDto,
  QuotaDto,
  SubscriptionDto,
} from '@slipway/contracts';
import { CostHarness, TEST_PLAN, type TestOrg } from './harness';

const onboardBody = (slug: string) => ({
  slug,
  name: 'Acme',
  currency: 'EUR',
  timezone: 'Europe/Paris',
  country: 'FR',
  fiscal_year_start: 4,
  plan: TEST_PLAN.name,
});

describe('organizations', () => {
  let cost: CostHarness;

  beforeAll(async () => {
    cost = await CostHarness.start();
  });
  afterAll(async () => {
    await cost.close();
  });

  describe('onboard', () => {
    it('makes the organization and its first key once; the key works and is never shown again', async () => {
      const made = await cost.request<OnboardedOrganizationDto>(
        'POST',
        '/api/v1/organizations/onboard',
        { root: true },
        {
          body: onboardBody('acme'),
        },
      );
      expect(made.status).toBe(201);
      expect(made.body.organization).toMatchObject({
        slug: 'acme',
        locale: { currency: 'EUR', timezone: 'Europe/Paris', country: 'FR', fiscal_year_start: 4 },
        plan: 'test',
        limits: { daily_pipelines: 20, concurrent_pipelines: 3, seats: 5 },
      });
      expect(made.body.api_key.key).toMatch(/^slwo_/);
      expect(made.body.api_key.role).toBe('owner');

      const read = await cost.request<OrganizationDto>('GET', '/api/v1/organizations/acme', {
        key: made.body.api_key.key,
      });
      expect(read.status).toBe(200);
      expect(read.text).not.toContain(made.body.api_key.key);

      const again = await cost.request<ProblemDto>(
        'POST',
        '/api/v1/organizations/onboard',
        { root: true },
        {
          body: onboardBody('acme'),
        },
      );
      expect(again.status).toBe(409);

      const keys = await cost.request<Page<OrgApiKeyDto>>('GET', '/api/v1/organizations/acme/api-keys', {
        key: made.body.api_key.key,
      });
      expect(keys.body.items).toHaveLength(1);
      expect(keys.text).not.toContain(made.body.api_key.key);
    });

    it('refuses bad locales with the fields named, and writes nothing', async () => {
      const bad = await cost.request<ProblemDto>(
        'POST',
        '/api/v1/organizations/onboard',
        { root: true },
        {
          body: {
            ...onboardBody('bad-locale'),
            currency: 'euro',
            timezone: 'Mars/Olympus',
            country: 'France',
          },
        },
      );
      expect(bad.status).toBe(422);
      expect([...new Set(bad.body.errors?.map((e) => e.field))].sort()).toEqual([
        'country',
        'currency',
        'timezone',
      ]);
      const unknownPlan = await cost.request<ProblemDto>(
        'POST',
        '/api/v1/organizations/onboard',
        { root: true },
        {
          body: { ...onboardBody('bad-plan'), plan: 'gold' },
        },
      );
      expect(unknownPlan.status).toBe(422);
      expect(unknownPlan.body.errors).toEqual([{ field: 'plan', message: 'No plan gold' }]);
      const reserved = await cost.request<ProblemDto>(
        'POST',
        '/api/v1/organizations/onboard',
        { root: true },
        {
          body: onboardBody('providers'),
        },
      );
      expect(reserved.body.errors).toEqual([{ field: 'slug', message: 'providers is reserved' }]);
      const { data } = await cost.client.get('/api/organizations', {
        params: { query: { slug: 'bad-plan' } },
      });
      expect(data.items).toEqual([]);
    });

    it('makes a forwarded user the owner; an org key cannot onboard; nobody without identity', async () => {
      const user = { id: cost.dataApi.users.member.id, email: 'm@example.com' };
      const made = await cost.request<OnboardedOrganizationDto>(
        'POST',
        '/api/v1/organizations/onboard',
        { user },
        {
          body: onboardBody('by-user'),
        },
      );
      expect(made.status).toBe(201);
      const members = await cost.request<Page<MemberDto>>('GET', '/api/v1/organizations/by-user/members', {
        user,
      });
      expect(members.body.items).toEqual([expect.objectContaining({ user_id: user.id, role: 'owner' })]);
      const byKey = await cost.request(
        'POST',
        '/api/v1/organizations/onboard',
        { key: made.body.api_key.key },
        {
          body: onboardBody('by-key'),
        },
      );
      expect(byKey.status).toBe(403);
      expect(
        (
          await cost.request(
            'POST',
            '/api/v1/organizations/onboard',
            { anonymous: true },
            { body: onboardBody('anon') },
          )
        ).status,
      ).toBe(401);
    });
  });

  describe('tenancy and roles', () => {
    let a: TestOrg;
    let b: TestOrg;
    beforeAll(async () => {
      a = await cost.createOrg();
      b = await cost.createOrg();
    });

    it('shows org A nothing of org B: 404 as for a missing org', async () => {
      for (const path of ['', '/quota', '/members', '/api-keys', '/audit-logs', '/subscription']) {
        const answer = await cost.request<ProblemDto>('GET', `/api/v1/organizations/${b.slug}${path}`, {
          key: a.key,
        });
        expect([path, answer.status, answer.body.code]).toEqual([path, 404, 'not_found']);
      }
      const missing = await cost.request('GET', '/api/v1/organizations/no-such-org', { key: a.key });
      expect(missing.status).toBe(404);
    });

    it('answers a slug no organization can have (a NUL, upper case, too long) as a missing org', async () => {
      for (const slug of ['%00', 'abc%00def', 'Upper', 'x'.repeat(64)]) {
        const answer = await cost.request<ProblemDto>('GET', `/api/v1/organizations/${slug}/quota`, {
          root: true,
        });
        expect([slug, answer.status, answer.body.code]).toEqual([slug, 404, 'not_found']);
      }
    });

    it('lets a viewer read but not change; a forged key or none is a 401', async () => {
      const viewer = await cost.createKey(a.id, 'viewer');
      expect((await cost.request('GET', `/api/v1/organizations/${a.slug}`, { key: viewer })).status).toBe(
        200,
      );
      const change = await cost.request<ProblemDto>(
        'PUT',
        `/api/v1/organizations/${a.slug}/locale`,
        { key: viewer },
        {
          body: { currency: 'GBP' },
        },
      );
      expect(change.status).toBe(403);
      expect(
        (await cost.request('GET', `/api/v1/organizations/${a.slug}`, { key: `slwo_${'x'.repeat(43)}` }))
          .status,
      ).toBe(401);
      expect((await cost.request('GET', `/api/v1/organizations/${a.slug}`, { anonymous: true })).status).toBe(
        401,
      );
    });

    it('never makes a key stronger than its maker', async () => {
      const admin = await cost.createKey(a.id, 'admin');
      const owner = await cost.request(
        'POST',
        `/api/v1/organizations/${a.slug}/api-keys`,
        { key: admin },
        {
          body: { name: 'escalate', role: 'owner' },
        },
      );
      expect(owner.status).toBe(403);
      const member = await cost.request<CreatedOrgApiKeyDto>(
        'POST',
        `/api/v1/organizations/${a.slug}/api-keys`,
        { key: admin },
        {
          body: { name: 'ci', role: 'member' },
        },
      );
      expect(member.status).toBe(201);
      expect(member.body.role).toBe('member');
      const ownerKey = await cost.request<CreatedOrgApiKeyDto>(
        'POST',
        `/api/v1/organizations/${a.slug}/api-keys`,
        {
          root: true,
        },
        { body: { name: 'owner', role: 'owner' } },
      );
      const revoke = await cost.request(
        'DELETE',
        `/api/v1/organizations/${a.slug}/api-keys/${ownerKey.body.id}`,
        {
          key: admin,
        },
      );
      expect(revoke.status).toBe(403);
      expect(
        (await cost.request('GET', `/api/v1/organizations/${a.slug}`, { key: ownerKey.body.key })).status,
      ).toBe(200);
    });
  });

  describe('keys', () => {
    it('revokes a key: it stops working, and the revocation is audited with the request id', async () => {
      const org = await cost.createOrg();
      const made = await cost.request<CreatedOrgApiKeyDto>(
        'POST',
        `/api/v1/organizations/${org.slug}/api-keys`,
        { key: org.key },
        {
          body: { name: 'temporary', role: 'viewer' },
        },
      );
      expect(
        (await cost.request('GET', `/api/v1/organizations/${org.slug}`, { key: made.body.key })).status,
      ).toBe(200);
      const byPrefix = await cost.request<Page<OrgApiKeyDto>>(
        'GET',
        `/api/v1/organizations/${org.slug}/api-keys?prefix=${made.body.prefix}`,
        { key: org.key },
      );
      expect(byPrefix.body.items.map((k) => k.id)).toEqual([made.body.id]);
      const revoked = await cost.request<OrgApiKeyDto>(
        'DELETE',
        `/api/v1/organizations/${org.slug}/api-keys/${made.body.id}`,
        { key: org.key },
        {
          headers: { 'x-request-id': 'revoke-req-1' },
        },
      );
      expect(revoked.status).toBe(200);
      expect(revoked.body.revoked_at).not.toBeNull();
      expect(
        (await cost.request('GET', `/api/v1/organizations/${org.slug}`, { key: made.body.key })).status,
      ).toBe(401);
      const audit = await cost.request<Page<AuditLogEntryDto>>(
        'GET',
        `/api/v1/organizations/${org.slug}/audit-logs?action=api_key.revoke`,
        { key: org.key },
      );
      expect(audit.body.items).toEqual([
        expect.objectContaining({
          actor_type: 'api_key',
          target_id: made.body.id,
          request_id: 'revoke-req-1',
          before: expect.objectContaining({ revoked_at: null }),
          after: expect.objectContaining({ revoked_at: revoked.body.revoked_at }),
        }),
      ]);
      expect(audit.text).not.toContain(made.body.key);
    });
  });

  describe('locale and subscription', () => {
    it('changes the locale with an audit row of before and after', async () => {
      const org = await cost.createOrg();
      const changed = await cost.request<OrganizationDto>(
        'PUT',
        `/api/v1/organizations/${org.slug}/locale`,
        { key: org.key },
        {
          body: { currency: 'JPY', timezone: 'Asia/Tokyo' },
        },
      );
      expect(changed.status).toBe(200);
      expect(changed.body.locale).toMatchObject({ currency: 'JPY', timezone: 'Asia/Tokyo', country: 'US' });
      const audit = await cost.request<Page<AuditLogEntryDto>>(
        'GET',
        `/api/v1/organizations/${org.slug}/audit-logs`,
        { key: org.key },
      );
      expect(audit.body.items[0]).toMatchObject({
        action: 'organization.update_locale',
        before: expect.objectContaining({ currency: 'USD', timezone: 'UTC' }),
        after: expect.objectContaining({ currency: 'JPY', timezone: 'Asia/Tokyo' }),
      });
    });

    it('refuses a downgrade below current usage with the figures, and schedules a future change', async () => {
      await cost.client.post('/api/org_plans', {
        body: { ...TEST_PLAN, name: 'tiny', label: 'Tiny', seats: 1, providers: 0 },
      });
      const org = await cost.createOrg();
      const owner = await cost.createKey(org.id, 'owner');
      for (const user of [cost.dataApi.users.member, cost.dataApi.users.other])
        await cost.request(
          'POST',
          `/api/v1/organizations/${org.slug}/members`,
          { key: owner },
          {
            body: { user_id: user.id, role: 'member' },
          },
        );
      const refused = await cost.request<ProblemDto>(
        'PUT',
        `/api/v1/organizations/${org.slug}/subscription`,
        { key: owner },
        {
          body: { plan: 'tiny' },
        },
      );
      expect(refused.status).toBe(409);
      expect(refused.body.errors).toEqual([{ field: 'seats', message: 'uses 2, tiny allows 1' }]);

      const from = new Date(Date.now() + 86_400_000).toISOString();
      const scheduled = await cost.request<SubscriptionDto>(
        'PUT',
        `/api/v1/organizations/${org.slug}/subscription`,
        { key: owner },
        {
          body: { plan: 'tiny', effective_date: from },
        },
      );
      expect(scheduled.status).toBe(200);
      expect(scheduled.body).toMatchObject({ plan: 'test', pending_plan: 'tiny', pending_plan_from: from });
      const admin = await cost.request(
        'PUT',
        `/api/v1/organizations/${org.slug}/subscription`,
        { key: org.key },
        {
          body: { plan: 'tiny' },
        },
      );
      expect(admin.status).toBe(403);
    });
  });

  describe('members and seats', () => {
    it('fills the seats up to the plan, keeps an owner, and names the quota when full', async () => {
      await cost.client.post('/api/org_plans', {
        body: { ...TEST_PLAN, name: 'duo', label: 'Duo', seats: 2 },
      });
      const org = await cost.createOrg({ plan: 'duo' });
      const users = cost.dataApi.users;
      const add = (userId: string, role: string) =>
        cost.request<ProblemDto>(
          'POST',
          `/api/v1/organizations/${org.slug}/members`,
          { root: true },
          {
            body: { user_id: userId, role },
          },
        );
      expect((await add(users.admin.id, 'owner')).status).toBe(201);
      expect((await add(users.member.id, 'member')).status).toBe(201);
      const full = await add(users.other.id, 'member');
      expect(full.status).toBe(429);
      expect(full.body.code).toBe('quota_exceeded');
      expect(full.body.errors).toEqual([{ field: 'seats', message: 'used 2, limit 2' }]);
      const lastOwner = await cost.request(
        'DELETE',
        `/api/v1/organizations/${org.slug}/members/${users.admin.id}`,
        { root: true },
      );
      expect(lastOwner.status).toBe(409);
      const unknown = await add('00000000-0000-4000-8000-000000000000', 'member');
      expect(unknown.status).toBe(429);
      const quota = await cost.request<QuotaDto>('GET', `/api/v1/organizations/${org.slug}/quota`, {
        key: org.key,
      });
      expect(quota.body).toMatchObject({ seats_used: 2, seat_limit: 2 });
    });

    it('takes no more seats than the plan has when adds race (12 at once for 5)', async () => {
      const org = await cost.createOrg();
      const users = await Promise.all(
        Array.from({ length: 12 }, async (_, n) => {
          const { data } = await cost.client.post('/api/users', {
            body: { telegram_id: 7000 + n, role: 'member', is_active: true, username: `racer${n}` },
          });
          return data.id;
        }),
      );
      const added = await Promise.all(
        users.map((userId) =>
          cost.request(
            'POST',
            `/api/v1/organizations/${org.slug}/members`,
            { root: true },
            {
              body: { user_id: userId, role: 'member' },
            },
          ),
        ),
      );
      expect(added.map((reply) => reply.status).sort((x, y) => x - y)).toEqual([
        ...Array<number>(TEST_PLAN.seats).fill(201),
        ...Array<number>(users.length - TEST_PLAN.seats).fill(429),
      ]);
      const { data } = await cost.client.get('/api/org_members', {
        params: { query: { org_id: org.id, limit: 100 } },
      });
      expect(data.items).toHaveLength(TEST_PLAN.seats);
    });
  });
});
