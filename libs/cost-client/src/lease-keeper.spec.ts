import { AppLogger, createLogger } from '@slipway/platform';
import { startCostValidatorStandIn, TEST_SERVICE_TOKEN, type CostValidatorStandIn } from '@slipway/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { CostAdmissionClient } from './cost-admission.client';
import { LeaseKeeper, type Lease } from './lease-keeper';

const INTERVAL = 60;
const lease = (n: number): Lease => ({ org: 'acme', kind: 'run', pipeline_id: `run-${n}` });

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
    await sleep(INTERVAL * 3.5);
    for (const held of leases) {
      const beats = standIn.callsOf('heartbeat', held.pipeline_id);
      expect(beats.length).toBeGreaterThanOrEqual(2);
      expect(beats.length).toBeLessThanOrEqual(4);
      expect(beats.every((beat) => beat.status === 200 && beat.org === 'acme')).toBe(true);
    }
  });

  it('keeps each lease to its own interval', async () => {
    await admitted(lease(1), lease(2));
    keeper.hold(lease(1), INTERVAL);
    keeper.hold(lease(2), INTERVAL * 4);
    await sleep(INTERVAL * 5.5);
    expect(standIn.callsOf('heartbeat', 'run-1').length).toBeGreaterThanOrEqual(4);
    expect(standIn.callsOf('heartbeat', 'run-2').length).toBeLessThanOrEqual(2);
  });

  it('stops renewing a released lease', async () => {
    await admitted(lease(1), lease(2));
    keeper.hold(lease(1), INTERVAL);
    keeper.hold(lease(2), INTERVAL);
    await sleep(INTERVAL * 1.5);
    expect(keeper.release(lease(1))).toBe(true);
    expect(keeper.release(lease(1))).toBe(false);
    const before = standIn.callsOf('heartbeat', 'run-1').length;
    await sleep(INTERVAL * 3);
    expect(standIn.callsOf('heartbeat', 'run-1').length).toBe(before);
    expect(standIn.callsOf('heartbeat', 'run-2').length).toBeGreaterThan(before);
    expect(keeper.holds(lease(2))).toBe(true);
  });

  it('drops a lease cost-api no longer holds, without reviving it', async () => {
    await admitted(lease(1));
    keeper.hold(lease(1), INTERVAL);
    standIn.expire('run', 'run-1');
    await sleep(INTERVAL * 2.5);
    expect(keeper.holds(lease(1))).toBe(false);
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
    await sleep(INTERVAL * 3.5);
    expect(unreachable.holds(lease(1))).toBe(true);
    expect(warnings.filter((line) => /heartbeat failed/.test(line)).length).toBeGreaterThanOrEqual(2);
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
