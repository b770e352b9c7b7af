import { waitFor } from '@slipway/devstack';
import { Money } from '@slipway/pricing';
import { BUILT, startServiceProcess, type ServiceProcess } from '@slipway/testing';
import { CostWorkerHarness } from './cost-worker-harness';

/** Calls on the stream when the first worker starts: enough that it is killed with batches in flight. */
const CALLS = 20_000;
/** Each call: (1000 × 2.5 + 200 × 10) / 1e6 USD. */
const PER_CALL = '0.0045';

describe('a cost-worker killed mid-batch (SIGKILL)', () => {
  let h: CostWorkerHarness;
  const workers: ServiceProcess[] = [];

  beforeAll(async () => {
    h = await CostWorkerHarness.start({}, false);
    await h.price();
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop('SIGKILL');
    await h.close();
  });

  const startWorker = async (): Promise<ServiceProcess> => {
    const worker = await startServiceProcess(BUILT.costWorker, {
      ...h.workerEnv(),
      // What a deployment believes: each project, organization and price is asked about once.
      ORG_CACHE_TTL_MS: '60000',
      PRICE_CACHE_TTL_MS: '60000',
      INGEST_BATCH_SIZE: '500',
      INGEST_VISIBILITY_TIMEOUT_MS: '2000',
      LOG_LEVEL: 'warn',
    });
    workers.push(worker);
    return worker;
  };

  const ledgerCount = async (orgId: string): Promise<number> => {
    const { data } = await h.client.get('/api/spend_ledger', {
      params: { query: { org_id: orgId, limit: 1, count: true } },
    });
    return data.total ?? 0;
  };

  const pending = async (): Promise<number> => {
    const [count] = (await h.cost.redis.xpending(`${h.cost.prefix}cost.usage`, 'cost-worker')) as [number];
    return count;
  };

  it('loses and doubles nothing: what the dead worker held is taken over, each call counted once', async () => {
    const { org, projectId } = await h.orgWithProject();
    const at = '2025-03-07T12:00:00.000Z';
    for (let sent = 0; sent < CALLS; sent += 500)
      await Promise.all(
        Array.from({ length: 500 }, () => h.emitUsage(h.usage(projectId, { occurred_at: at }))),
      );

    const first = await startWorker();
    await waitFor(
      async () => ((await ledgerCount(org.id)) > 1_000 && (await pending()) > 0) || undefined,
      'the first worker to be writing batches',
    );
    await first.stop('SIGKILL');
    const written = await ledgerCount(org.id);
    expect(written).toBeLessThan(CALLS);
    // Entries it had read and not acknowledged: killed mid-batch.
    expect(await pending()).toBeGreaterThan(0);

    await startWorker();
    await h.drained('cost.usage');
    expect(await ledgerCount(org.id)).toBe(CALLS);
    const rollups = await h.rollups(org.id, '2025-03-07', '2025-03-07');
    expect(rollups.total.events).toBe(CALLS);
    expect(new Money(rollups.total.amount).equals(new Money(PER_CALL).times(CALLS))).toBe(true);
    expect(rollups.total.input_tokens).toBe(1000 * CALLS);
  }, 120_000);
});
