import { WorkerSchedules } from './worker-schedules';

describe('WorkerSchedules', () => {
  const noop = () => Promise.resolve();

  it('takes a schedule registered twice the same way once (Nest runs init hooks twice in a hybrid app)', () => {
    const schedules = new WorkerSchedules();
    schedules.register('quota.resets', { everyMs: 60_000 }, noop);
    schedules.register('quota.resets', { everyMs: 60_000 }, noop);
    expect(schedules.list().map((schedule) => schedule.name)).toEqual(['quota.resets']);
  });

  it('refuses a name taken with another timing, an undotted name, and a repeat under a second', () => {
    const schedules = new WorkerSchedules();
    schedules.register('alerts.evaluate', { everyMs: 60_000 }, noop);
    expect(() => schedules.register('alerts.evaluate', { cron: '0 * * * *' }, noop)).toThrow(/registered/);
    expect(() => schedules.register('evaluate', { everyMs: 60_000 }, noop)).toThrow(/dotted/);
    expect(() => schedules.register('alerts.fast', { everyMs: 10 }, noop)).toThrow(/1000 ms/);
  });

  it('runs a job by name, skips a schedule whose previous run is still going, refuses an unknown one', async () => {
    const schedules = new WorkerSchedules();
    let release = (): void => undefined;
    schedules.register(
      'saas.amortize',
      { everyMs: 3_600_000 },
      () => new Promise((done) => (release = () => done(7))),
    );
    schedules.handle('costs.recompute', (job) => Promise.resolve(job.org_id));
    const first = schedules.run('saas.amortize');
    expect(await schedules.run('saas.amortize')).toEqual({ skipped: 'the previous run is still going' });
    release();
    expect(await first).toBe(7);
    expect(await schedules.run('costs.recompute', { org_id: 'o', from: 'a', to: 'b' })).toBe('o');
    await expect(schedules.run('nobody.here')).rejects.toThrow(/no job named nobody.here/);
  });
});
