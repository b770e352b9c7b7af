import { AppLogger, createLogger } from '@slipway/platform';
import { waitFor } from '@slipway/devstack';
import { startCostValidatorStandIn, TEST_SERVICE_TOKEN, type CostValidatorStandIn } from '@slipway/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { CostAdmissionClient } from './cost-admission.client';
import { LeaseKeeper, type Lease } from './lease-keeper';

const INTERVAL = 60;
const lease = (n: number): Lease => ({ org: 'acme', kind: 'run', pipeline_id: `run-${n}` });
/** The most heartbeats of one lease in `elapsedMs`: one per interval, those due soon sent early. */
const atMost = (elapsedMs: number, intervalMs: number) => Math.floor(elapsedMs / (intervalMs * 0.75)) + 1;

describe('LeaseKeeper', () => {
  let standIn: CostValidatorStandIn;
  let client: CostAdmissionClient;
  let keeper: LeaseKeeper;
  const warnings: string[] = [];
  /** A silent logger whose warnings and notes the test reads. */
  const logger = (): AppLogger => {
    const quiet = new AppLogger(createLogger('cost-client-test', 'silent'));
    for (const level of ['warn', 'info'] as const)
      jest.spyOn(quiet, level).mockImplementation((_fields, message?: string) => {
        warnings.push(message ?? '');
      });
    return quiet;
  };

  beforeAll(async () => {
    standIn = await startCostValidatorStandIn({ serviceToken: TEST_SERVICE_TOKEN });
    client = new CostAdmissionClient({ baseUrl: standIn.url, serviceToken: TEST_SERVICE_TOKEN });
  });
  beforeEach(() => {
    standIn.calls.length = 0;
    warnings.length = 0;
    keeper = new LeaseKeeper(client, logger());
  });
  afterEach(() => keeper.onApplicationShutdown());
  afterAll(async () => {
    await client.close();
    await standIn.close();
  });

  async function admitted(...leases: Lease[]): Promise<void> {
    for (const held of leases) await client.validate(held.org, held);
    standIn.calls.length = 0;
  }

  it('heartbeats every held lease at its interval, one timer for all', async () => {
    const leases = Array.from({ length: 20 }, (_, n) => lease(n));
    await admitted(...leases);
    const timers = jest.spyOn(global, 'setTimeout');
    for (const held of leases) keeper.hold(held, INTERVAL);
    const armed = timers.mock.calls.length;
    timers.mockRestore();
    // Twenty leases held at once arm a single timer.
    expect(armed).toBe(1);
    const started = Date.now();
    await waitFor(
      async () =>
        leases.every((held) => standIn.callsOf('heartbeat', held.pipeline_id).length >= 2) ? true : undefined,
      'two heartbeats of every lease',
      10_000,
    );
    const most = atMost(Date.now() - started, INTERVAL);
    for (const held of leases) {
      const beats = standIn.callsOf('heartbeat', held.pipeline_id);
      expect(beats.length).toBeLessThanOrEqual(most);
      expect(beats.every((beat) => beat.status === 200 && beat.org === 'acme')).toBe(true);
    }
  });

  it('keeps each lease to its own interval', async () => {
    await admitted(lease(1), lease(2));
    keeper.hold(lease(1), INTERVAL);
    keeper.hold(lease(2), INTERVAL * 4);
    const started = Date.now();
    await waitFor(
      async () => (standIn.callsOf('heartbeat', 'run-1').length >= 4 ? true : undefined),
      'four heartbeats of run-1',
      10_000,
    );
    const slower = standIn.callsOf('heartbeat', 'run-2').length;
    expect(slower).toBeLessThanOrEqual(atMost(Date.now() - started, INTERVAL * 4));
    expect(slower).toBeLessThan(4);
  });

  it('stops renewing a released lease', async () => {
    await admitted(lease(1), lease(2));
    keeper.hold(lease(1), INTERVAL);
    keeper.hold(lease(2), INTERVAL);
    await sleep(INTERVAL * 1.5);
    expect(keeper.release(lease(1))).toBe(true);
    expect(keeper.release(lease(1))).toBe(false);
    const before = standIn.callsOf('heartbeat', 'run-1').length;
    const other = standIn.callsOf('heartbeat', 'run-2').length;
    await waitFor(
      async () => (standIn.callsOf('heartbeat', 'run-2').length >= other + 2 ? true : undefined),
      'two more heartbeats of the lease still held',
      10_000,
    );
    expect(standIn.callsOf('heartbeat', 'run-1').length).toBe(before);
    expect(keeper.holds(lease(2))).toBe(true);
  });

  it('drops a lease cost-api no longer holds, without reviving it', async () => {
    await admitted(lease(1));
    keeper.hold(lease(1), INTERVAL);
    standIn.expire('run', 'run-1');
    await waitFor(async () => (keeper.holds(lease(1)) ? undefined : true), 'the lease to be dropped', 10_000);
    await sleep(INTERVAL * 2);
    expect(standIn.callsOf('heartbeat', 'run-1').map((c) => c.status)).toEqual([409]);
    expect(standIn.callsOf('validate')).toEqual([]);
    expect(warnings.join('')).toMatch(/no longer holds this slot/);
  });

  it('keeps a lease whose heartbeat failed and tries again', async () => {
    const down = new CostAdmissionClient({
      baseUrl: 'http://127.0.0.1:9',
      serviceToken: TEST_SERVICE_TOKEN,
      retry: { attempts: 1 },
    });
    const unreachable = new LeaseKeeper(down, logger());
    unreachable.hold(lease(1), INTERVAL);
    await waitFor(
      async () => (warnings.filter((line) => /heartbeat failed/.test(line)).length >= 2 ? true : undefined),
      'two failed heartbeats',
      10_000,
    );
    expect(unreachable.holds(lease(1))).toBe(true);
    unreachable.onApplicationShutdown();
    await down.close();
  });

  it('stops every heartbeat when the application shuts down', async () => {
    await admitted(lease(1), lease(2));
    keeper.hold(lease(1), INTERVAL);
    keeper.hold(lease(2), INTERVAL);
    keeper.onApplicationShutdown();
    await sleep(INTERVAL * 2.5);
    expect(standIn.callsOf('heartbeat')).toEqual([]);
    expect(keeper.size).toBe(0);
    keeper.hold(lease(1), INTERVAL);
    expect(keeper.size).toBe(0);
  });
});
