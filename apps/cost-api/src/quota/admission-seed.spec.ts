import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DAY, MONTH, ROOMY, admissionFixture, admitted, nothing } from '../../test/admission-fixture';

/** The projection's life beside the records: lost, seeded, rebuilt, reset. */
describe('AdmissionStore seeding and repair (real Redis)', () => {
  const { prefix, redis, stores, store, request, seededOrg } = admissionFixture();
  const other = stores[1];

  it('answers needs_seed after Redis lost the org, and two concurrent seeders write the records once', async () => {
    const orgId = await seededOrg();
    await store.reserve(request(orgId, 'lost'));
    const keys = await redis.keys(`${prefix}quota:{org:${orgId}}*`);
    await redis.del(...keys); // what a restart without persistence leaves
    await expect(store.reserve(request(orgId, 'a'))).resolves.toEqual({ outcome: 'needs_seed' });
    await expect(store.renew(orgId, 'run:lost', Date.now(), 1_000)).resolves.toBe('needs_seed');
    await expect(store.usage(orgId, DAY, MONTH, Date.now())).resolves.toMatchObject({ seeded: false });

    const now = Date.now();
    const records = {
      ...nothing([
        { member: 'run:live-1', expiresMs: now + 60_000 },
        { member: 'ci_job:live-2', expiresMs: now + 60_000 },
        { member: 'run:dead', expiresMs: now - 1 },
      ]),
      dailyUsed: 7,
      monthlyUsed: 30,
    };
    const seeds = await Promise.all([store.seed(orgId, records, now), other.seed(orgId, records, now)]);
    expect(seeds.map((seed) => seed.written).sort()).toEqual([false, true]);
    await expect(store.usage(orgId, DAY, MONTH, Date.now())).resolves.toEqual({
      seeded: true,
      daily: 7,
      monthly: 30,
      concurrent: 2,
    });
    await expect(store.drift(orgId, records, Date.now())).resolves.toEqual({
      daily: 0,
      monthly: 0,
      concurrent: 0,
    });
  });

  it('admit seeds a lost org from its records once under 200 concurrent callers, nothing over the limit after', async () => {
    const orgId = randomUUID();
    let loads = 0;
    const records = async () => {
      loads += 1;
      await sleep(20);
      return {
        ...nothing([{ member: 'run:running', expiresMs: Date.now() + 60_000 }]),
        dailyUsed: 7,
        monthlyUsed: 7,
      };
    };
    const limits = { ...ROOMY, daily: 10 };
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        stores[i % 5].admit(request(orgId, `p${i}`, { limits }), records),
      ),
    );
    expect(loads).toBeGreaterThanOrEqual(1);
    expect(loads).toBeLessThanOrEqual(5); // one per process (store), not one per caller
    expect(admitted(outcomes)).toBe(3);
    await expect(store.usage(orgId, DAY, MONTH, Date.now())).resolves.toMatchObject({
      daily: 10,
      monthly: 10,
      concurrent: 4,
    });
  });

  it('rebuilds from the records whatever Redis holds, reporting the figures it replaced', async () => {
    const orgId = await seededOrg();
    await Promise.all(['a', 'b', 'c'].map((id) => store.reserve(request(orgId, id))));
    const records = {
      ...nothing([{ member: 'run:a', expiresMs: Date.now() + 60_000 }]),
      dailyUsed: 2,
      monthlyUsed: 9,
    };
    await expect(store.drift(orgId, records, Date.now())).resolves.toEqual({
      daily: 1,
      monthly: -6,
      concurrent: 2,
    });
    await expect(store.seed(orgId, records, Date.now())).resolves.toMatchObject({ written: false });
    await expect(store.rebuild(orgId, records, Date.now())).resolves.toEqual({
      written: true,
      before: { seeded: true, daily: 3, monthly: 3, concurrent: 3 },
    });
    // The leases in Redis stay, and count: b and c hold slots the records do not know yet (admissions
    // in flight), so the counts are the records' plus those two — a rebuild never forgets one.
    await expect(store.usage(orgId, DAY, MONTH, Date.now())).resolves.toMatchObject({
      daily: 4,
      monthly: 11,
    });
  });

  it('resets a day or a month on its own, and its keys expire after their window', async () => {
    const orgId = await seededOrg();
    await store.reserve(request(orgId, 'a'));
    await expect(store.resetDaily(orgId, DAY)).resolves.toBe(1);
    await expect(store.usage(orgId, DAY, MONTH, Date.now())).resolves.toMatchObject({ daily: 0, monthly: 1 });
    const ttl = await redis.ttl(`${prefix}quota:{org:${orgId}}:monthly:${MONTH}`);
    expect(ttl).toBeGreaterThan(31 * 86_400);
    await expect(store.resetMonthly(orgId, MONTH)).resolves.toBe(1);
    await expect(store.resetMonthly(orgId, MONTH)).resolves.toBe(0);
  });
});
