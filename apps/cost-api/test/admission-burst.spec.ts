import type { AdmissionDto, ProblemDto, QuotaDto } from '@slipway/contracts';
import { randomUUID } from 'node:crypto';
import { CostHarness } from './harness';

/** Bursts against the concurrency limit, with leases that outlast the burst. */
describe('admission under a burst', () => {
  let cost: CostHarness;

  beforeAll(async () => {
    cost = await CostHarness.start({ ADMISSION_LEASE_MS: '600000' });
  });
  afterAll(async () => {
    await cost.close();
  });

  it('admits exactly 50 of 500 concurrent pipelines against a concurrency limit of 50', async () => {
    const org = await cost.createOrg({
      limit_overrides: { concurrent_pipelines: 50, daily_pipelines: 10_000, monthly_pipelines: 10_000 },
    });
    const answers = await Promise.all(
      Array.from({ length: 500 }, () =>
        cost.request<AdmissionDto & ProblemDto>(
          'POST',
          `/api/v1/validator/validate/${org.slug}`,
          { service: true },
          {
            body: { kind: 'ci_job', pipeline_id: `job-${randomUUID()}` },
          },
        ),
      ),
    );
    const admitted = answers.filter((a) => a.status === 200);
    expect(admitted).toHaveLength(50);
    expect(answers.filter((a) => a.status === 429 && a.body.code === 'quota_exceeded')).toHaveLength(450);
    expect(new Set(admitted.map((a) => a.body.pipeline_run_id)).size).toBe(50);
    const { data } = await cost.client.get('/api/pipeline_runs', {
      params: { query: { org_id: org.id, status: ['admitted'], count: true } },
    });
    expect(data.total).toBe(50);
    const quota = await cost.request<QuotaDto>('GET', `/api/v1/organizations/${org.slug}/quota`, {
      key: org.key,
    });
    expect(quota.body).toMatchObject({
      concurrent_pipelines_running: 50,
      concurrent_limit: 50,
      pipelines_run_today: 50,
    });
  });

  it('after Redis lost everything, rebuilds from the records and still admits nobody over the limit', async () => {
    const org = await cost.createOrg({ limit_overrides: { concurrent_pipelines: 10 } });
    const validate = () =>
      cost.request(
        'POST',
        `/api/v1/validator/validate/${org.slug}`,
        { service: true },
        {
          body: { kind: 'run', pipeline_id: randomUUID() },
        },
      );
    for (let i = 0; i < 6; i += 1) expect((await validate()).status).toBe(200);
    await cost.redis.del(...(await cost.redis.keys(`${cost.prefix}quota:*`)));
    const burst = await Promise.all(Array.from({ length: 40 }, validate));
    expect(burst.filter((a) => a.status === 200)).toHaveLength(4);
    const quota = await cost.request<QuotaDto>('GET', `/api/v1/organizations/${org.slug}/quota`, {
      key: org.key,
    });
    expect(quota.body).toMatchObject({ concurrent_pipelines_running: 10, pipelines_run_today: 10 });
  });
});
