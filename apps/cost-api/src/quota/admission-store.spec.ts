import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RENEW, RESERVE, renewArguments, reserveArguments } from './admission-scripts';
import type { AdmissionLimits } from './admission.types';
import { DAY, MONTH, ROOMY, admissionFixture, admitted } from '../../test/admission-fixture';

/**
 * A caller in a process of its own: reserves its slots with the same script and arguments as the
 * store (its own clock in ARGV[1]), prints `held`, heartbeats every 100 ms, never releases.
 */
const HOLDER = `
const { Redis } = require('ioredis');
const { url, reserve, renew, slots } = JSON.parse(process.env.HOLDER);
const redis = new Redis(url);
const call = (lua, keys, args) => redis.eval(lua, keys, ...args.slice(0, keys), Date.now(), ...args.slice(keys + 1));
(async () => {
  const codes = [];
  for (const slot of slots) codes.push((await call(reserve, 5, slot.reserve))[0]);
  console.log('held ' + codes.join(','));
  setInterval(() => slots.forEach((slot) => call(renew, 3, slot.renew)), 100);
})();`;

describe('AdmissionStore (real Redis)', () => {
  const { url, prefix, stores, store, request, seededOrg } = admissionFixture();
  const other = stores[1];
  /** 500 callers spread over the five connections at once. */
  const stampede = (orgId: string, limits: AdmissionLimits) =>
    Promise.all(
      Array.from({ length: 500 }, (_, i) => stores[i % 5].reserve(request(orgId, `p${i}`, { limits }))),
    );

  it('admits exactly 50 of 500 concurrent callers against a concurrency limit of 50', async () => {
    const orgId = await seededOrg();
    const outcomes = await stampede(orgId, { ...ROOMY, concurrent: 50 });
    expect(admitted(outcomes)).toBe(50);
    expect(outcomes.filter((o) => o.outcome === 'refused' && o.quota === 'concurrent')).toHaveLength(450);
    await expect(store.usage(orgId, DAY, MONTH, Date.now())).resolves.toEqual({
      seeded: true,
      daily: 50,
      monthly: 50,
      concurrent: 50,
    });
  });

  it('admits exactly 50 of 500 concurrent callers against a daily limit of 50, refusing with the figures', async () => {
    const orgId = await seededOrg();
    const outcomes = await stampede(orgId, { ...ROOMY, daily: 50 });
    expect(admitted(outcomes)).toBe(50);
    expect(outcomes).toContainEqual(
      expect.objectContaining({ outcome: 'refused', quota: 'daily', used: 50, limit: 50 }),
    );
    await expect(store.usage(orgId, DAY, MONTH, Date.now())).resolves.toMatchObject({
      daily: 50,
      monthly: 50,
    });
  });

  it('names the first full quota: daily, then monthly, then concurrency', async () => {
    const orgId = await seededOrg();
    await store.reserve(request(orgId, 'a'));
    const full = (limits: AdmissionLimits) => store.reserve(request(orgId, 'b', { limits }));
    await expect(full({ daily: 1, monthly: 1, concurrent: 1 })).resolves.toMatchObject({ quota: 'daily' });
    await expect(full({ daily: 5, monthly: 1, concurrent: 1 })).resolves.toMatchObject({ quota: 'monthly' });
    await expect(full({ daily: 5, monthly: 5, concurrent: 1 })).resolves.toMatchObject({
      quota: 'concurrent',
      used: 1,
      limit: 1,
    });
  });

  it('gives expired leases back to the next caller without any sweeper, and reports them to cleanup-stale', async () => {
    const orgId = await seededOrg();
    const limits = { ...ROOMY, concurrent: 2 };
    await store.reserve(request(orgId, 'a', { limits, leaseMs: 200 }));
    await store.reserve(request(orgId, 'b', { limits, leaseMs: 200 }));
    await expect(store.reserve(request(orgId, 'c', { limits }))).resolves.toMatchObject({
      quota: 'concurrent',
    });
    await sleep(250);
    await expect(store.usage(orgId, DAY, MONTH, Date.now())).resolves.toMatchObject({ concurrent: 0 });
    await expect(store.reserve(request(orgId, 'c', { limits }))).resolves.toMatchObject({
      outcome: 'admitted',
    });
    const stale = await store.pruneStale(orgId, Date.now());
    expect(stale.sort()).toEqual(['run:a', 'run:b']);
    await store.forgetStale(orgId, stale);
    await expect(store.pruneStale(orgId, Date.now())).resolves.toEqual([]);
  });

  it('frees the slots of a caller killed with SIGKILL once their lease runs out, not while it heartbeats', async () => {
    const orgId = await seededOrg();
    const limits = { ...ROOMY, concurrent: 3 };
    const slots = ['x', 'y', 'z'].map((id) => {
      const held = request(orgId, id, { limits, leaseMs: 1_000 });
      return {
        reserve: reserveArguments(prefix, held),
        renew: renewArguments(prefix, orgId, held.member, held.nowMs, held.leaseMs),
      };
    });
    const child = spawn(process.execPath, ['-e', HOLDER], {
      cwd: process.cwd(),
      env: { ...process.env, HOLDER: JSON.stringify({ url, reserve: RESERVE, renew: RENEW, slots }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    expect(line.toString().trim()).toBe('held 1,1,1');

    const probe = () => store.reserve(request(orgId, 'probe', { limits }));
    await sleep(1_500);
    await expect(probe()).resolves.toMatchObject({ outcome: 'refused', quota: 'concurrent' });

    child.kill('SIGKILL');
    await once(child, 'exit');
    const killedAt = Date.now();
    let outcome = await probe();
    while (outcome.outcome !== 'admitted' && Date.now() - killedAt < 3_000) {
      await sleep(50);
      outcome = await probe();
    }
    expect(outcome.outcome).toBe('admitted');
    expect(Date.now() - killedAt).toBeLessThan(1_300);
    const more = await Promise.all(['p', 'q'].map((id) => store.reserve(request(orgId, id, { limits }))));
    expect(admitted(more)).toBe(2);
    expect((await store.pruneStale(orgId, Date.now())).sort()).toEqual(['run:x', 'run:y', 'run:z']);
  });

  it('counts a repeated reservation of the same pipeline once; release frees it; a gone lease does not renew', async () => {
    const orgId = await seededOrg();
    const first = await store.reserve(request(orgId, 'same', { leaseMs: 200 }));
    const again = await other.reserve(request(orgId, 'same', { leaseMs: 200 }));
    expect(first).toMatchObject({ outcome: 'admitted', counted: true, usage: { daily: 1, concurrent: 1 } });
    expect(again).toMatchObject({ outcome: 'admitted', counted: false, usage: { daily: 1, concurrent: 1 } });
    await expect(store.renew(orgId, 'run:same', Date.now(), 5_000)).resolves.toBe('renewed');
    await sleep(300);
    await expect(store.usage(orgId, DAY, MONTH, Date.now())).resolves.toMatchObject({
      daily: 1,
      concurrent: 1,
    });
    await expect(store.release(orgId, 'run:same')).resolves.toBe(true);
    await expect(store.release(orgId, 'run:same')).resolves.toBe(false);
    await expect(store.renew(orgId, 'run:same', Date.now(), 5_000)).resolves.toBe('gone');
    await expect(store.usage(orgId, DAY, MONTH, Date.now())).resolves.toMatchObject({
      daily: 1,
      concurrent: 0,
    });
  });

  it('does not revive an expired lease that no caller has pruned yet', async () => {
    const orgId = await seededOrg();
    await store.reserve(request(orgId, 'late', { leaseMs: 100 }));
    await sleep(150);
    await expect(store.renew(orgId, 'run:late', Date.now(), 5_000)).resolves.toBe('gone');
  });

  it('refuses an organization id, day or limit it cannot use', async () => {
    await expect(store.reserve(request('a}b', 'x'))).rejects.toThrow(/cannot name a key/);
    await expect(store.reserve(request(randomUUID(), 'x', { day: '2026-5-4' }))).rejects.toThrow(
      /YYYY-MM-DD/,
    );
    const limits = { ...ROOMY, daily: 1.5 };
    await expect(store.reserve(request(randomUUID(), 'x', { limits }))).rejects.toThrow(/daily limit/);
  });
});
