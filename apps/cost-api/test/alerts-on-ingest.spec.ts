import type { CostAlertDto, CostAlertHistoryDto } from '@slipway/contracts';
import { waitFor } from '@slipway/devstack';
import { MetricsService } from '@slipway/platform';
import type { Counter } from 'prom-client';
import { CostWorkerHarness } from './cost-worker-harness';

jest.setTimeout(60_000);

describe('cost alerts on new ledger data', () => {
  let h: CostWorkerHarness;

  beforeAll(async () => {
    // The periodic evaluation runs once at start, then not for a day: only new spend can fire an alert.
    h = await CostWorkerHarness.start({ ALERT_EVALUATION_MS: '86400000', ALERT_DEBOUNCE_MS: '300' });
    await h.price();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Runs of the schedule `alerts.evaluate` in the worker so far. */
  async function scheduledRuns(): Promise<number> {
    const worker = h.worker;
    if (!worker) throw new Error('the worker runs in-process here');
    const runs = worker.get(MetricsService).registry.getSingleMetric('cost_worker_job_runs_total') as
      Counter<'job' | 'outcome'> | undefined;
    const values = (await runs?.get())?.values ?? [];
    return values.filter((value) => value.labels.job === 'alerts.evaluate').reduce((n, v) => n + v.value, 0);
  }

  it('fires an alert crossed by ingested cost.usage without waiting for the schedule, once for the burst', async () => {
    await waitFor(async () => ((await scheduledRuns()) >= 1 ? true : undefined), 'the schedule’s first run');
    const scheduled = await scheduledRuns();
    const { org, projectId } = await h.orgWithProject();
    const path = `/api/v1/${org.slug}/cost-alerts`;
    // Each call costs (1000 × 2.5 + 200 × 10) / 1e6 = 0.0045: the third crosses 0.01.
    const created = await h.cost.request<CostAlertDto>(
      'POST',
      path,
      { key: org.key },
      { body: { name: 'over a cent', kind: 'daily_spend_above', threshold: '0.01' } },
    );
    expect(created.status).toBe(201);

    await Promise.all(Array.from({ length: 12 }, () => h.emitUsage(h.usage(projectId))));
    await h.ledgerOf(org.id, 12);
    const fired = await waitFor(async () => {
      const reply = await h.cost.request<CostAlertDto>('GET', `${path}/${created.body.id}`, { key: org.key });
      return reply.body.state === 'triggered' ? reply.body : undefined;
    }, 'the alert to fire');
    expect(fired.last_threshold).toBe('0.01');

    const history = await h.cost.request<CostAlertHistoryDto>('GET', `${path}/${created.body.id}/history`, {
      key: org.key,
    });
    // One crossing, however many writes the burst took (all 12 calls when one evaluation saw them all).
    expect(history.body.items.map((event) => [event.from_state, event.to_state])).toEqual([
      ['ok', 'triggered'],
    ]);
    expect(await scheduledRuns()).toBe(scheduled);
  });
});
