import type {
  AdmissionDto,
  BootstrapReportDto,
  PipelineRunDto,
  PlanDto,
  QuotaJobReportDto,
} from '@slipway/contracts';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { SHIPPED_PLANS } from '../src/admin/shipped-plans';
import { SHIPPED_PRESETS } from '../src/admin/shipped-presets';
import { CostHarness } from './harness';

const LEASE_MS = 1000;

describe('admin', () => {
  let cost: CostHarness;

  beforeAll(async () => {
    cost = await CostHarness.start({ ADMISSION_LEASE_MS: String(LEASE_MS) });
  });
  afterAll(async () => {
    await cost.close();
  });

  it('bootstraps the shipped plans, prices and presets once; a second run creates nothing', async () => {
    const first = await cost.request<BootstrapReportDto>('POST', '/api/v1/admin/bootstrap', { root: true });
    expect(first.status).toBe(200);
    expect(first.body.plans).toEqual({ created: SHIPPED_PLANS.length, updated: 0, unchanged: 0 });
    expect(first.body.alert_presets.created).toBe(SHIPPED_PRESETS.length);
    expect(first.body.prices.created).toBeGreaterThan(20);
    const second = await cost.request<BootstrapReportDto>('POST', '/api/v1/admin/bootstrap', { root: true });
    expect(second.body.plans).toEqual({ created: 0, updated: 0, unchanged: SHIPPED_PLANS.length });
    expect(second.body.prices.created).toBe(0);
    expect(second.body.alert_presets).toEqual({ created: 0, updated: 0, unchanged: SHIPPED_PRESETS.length });
    const plans = await cost.request<PlanDto[]>('GET', '/api/v1/plans', { service: true });
    expect(plans.body.map((p) => p.name)).toEqual(expect.arrayContaining(SHIPPED_PLANS.map((p) => p.name)));
  });

  it('brings an older shipped plan up to date at sync, and leaves an organization’s overrides alone', async () => {
    await cost.request('POST', '/api/v1/admin/bootstrap', { root: true });
    const { data } = await cost.client.get('/api/org_plans', { params: { query: { name: 'team' } } });
    const team = data.items[0];
    await cost.client.patch('/api/org_plans/{id}', {
      params: { path: { id: team.id } },
      body: { seats: 1, shipped_version: 0 },
    });
    const org = await cost.createOrg({ plan: 'team', limit_overrides: { seats: 42 } });
    const synced = await cost.request<BootstrapReportDto>('POST', '/api/v1/admin/bootstrap/sync', {
      root: true,
    });
    expect(synced.body.plans.updated).toBe(1);
    const after = await cost.client.get('/api/org_plans/{id}', { params: { path: { id: team.id } } });
    expect(after.data.seats).toBe(SHIPPED_PLANS.find((p) => p.name === 'team')?.seats);
    const quota = await cost.request<{ seat_limit: number }>(
      'GET',
      `/api/v1/organizations/${org.slug}/quota`,
      {
        key: org.key,
      },
    );
    expect(quota.body.seat_limit).toBe(42);
  });

  it('answers only the root key and services', async () => {
    const org = await cost.createOrg();
    for (const path of [
      'bootstrap',
      'bootstrap/sync',
      'quota/reset-daily',
      'quota/reset-monthly',
      'quota/cleanup-stale',
    ]) {
      expect([path, (await cost.request('POST', `/api/v1/admin/${path}`, { key: org.key })).status]).toEqual([
        path,
        403,
      ]);
      expect([
        path,
        (await cost.request('POST', `/api/v1/admin/${path}`, { anonymous: true })).status,
      ]).toEqual([path, 401]);
    }
    const forged = await cost.request('POST', '/api/v1/admin/bootstrap', {
      key: 'not-the-root-key-but-long-enough-1234567890',
    });
    expect(forged.status).toBe(401);
  });

  it('resets a daily counter that disagrees with the records, naming the organization', async () => {
    const org = await cost.createOrg();
    await cost.request(
      'POST',
      `/api/v1/validator/validate/${org.slug}`,
      { service: true },
      {
        body: { kind: 'run', pipeline_id: randomUUID() },
      },
    );
    const [daily] = await cost.redis.keys(`${cost.prefix}quota:{org:${org.id}}:daily:*`);
    await cost.redis.set(daily, '9');
    const reset = await cost.request<QuotaJobReportDto>('POST', '/api/v1/admin/quota/reset-daily', {
      root: true,
    });
    expect(reset.status).toBe(200);
    expect(reset.body.orgs).toContain(org.slug);
    expect(await cost.redis.get(daily)).toBe('1');
  });

  it('marks abandoned pipelines expired at cleanup-stale, and frees their slots', async () => {
    const org = await cost.createOrg();
    const admitted = await cost.request<AdmissionDto>(
      'POST',
      `/api/v1/validator/validate/${org.slug}`,
      { service: true },
      {
        body: { kind: 'run', pipeline_id: randomUUID() },
      },
    );
    await sleep(LEASE_MS + 200);
    const cleaned = await cost.request<QuotaJobReportDto>('POST', '/api/v1/admin/quota/cleanup-stale', {
      root: true,
    });
    expect(cleaned.status).toBe(200);
    expect(cleaned.body.orgs).toContain(org.slug);
    const record = await cost.request<PipelineRunDto>(
      'GET',
      `/api/v1/pipelines/${org.slug}/runs/${admitted.body.pipeline_run_id}`,
      { key: org.key },
    );
    expect(record.body.status).toBe('expired');
    const again = await cost.request<QuotaJobReportDto>('POST', '/api/v1/admin/quota/cleanup-stale', {
      root: true,
    });
    expect(again.body.orgs).not.toContain(org.slug);
  });
});
