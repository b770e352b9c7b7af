import { testRedis } from '@slipway/devstack';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { leaseMember } from '../src/quota/admission-keys';
import { AdmissionStore } from '../src/quota/admission-store';
import type {
  AdmissionLimits,
  AdmissionSnapshot,
  ReserveOutcome,
  ReserveRequest,
} from '../src/quota/admission.types';

export const DAY = '2026-05-04';
export const MONTH = '2026-05';
export const ROOMY: AdmissionLimits = { daily: 10_000, monthly: 100_000, concurrent: 10_000 };

/** The records of an org that ran nothing yet in DAY and MONTH, with these leases. */
export const nothing = (leases: AdmissionSnapshot['leases'] = []): AdmissionSnapshot => ({
  day: DAY,
  month: MONTH,
  dailyUsed: 0,
  monthlyUsed: 0,
  leases,
});

export const admitted = (outcomes: ReserveOutcome[]) =>
  outcomes.filter((o) => o.outcome === 'admitted').length;

/**
 * A test file's stores on real Redis under a prefix of its own: five connections, as five replicas
 * of cost-api would hold, each auto-pipelining as the app's shared connection does. Keys and
 * connections go after the file.
 */
export function admissionFixture() {
  const { url, prefix } = testRedis();
  const connections = Array.from({ length: 5 }, () => new Redis(url, { enableAutoPipelining: true }));
  const stores = connections.map((redis) => new AdmissionStore(redis, prefix));

  afterAll(async () => {
    const keys = await connections[0].keys(`${prefix}*`);
    if (keys.length) await connections[0].del(...keys);
    await Promise.all(connections.map((redis) => redis.quit()));
  });

  const request = (orgId: string, pipelineId: string, overrides: Partial<ReserveRequest> = {}) => ({
    orgId,
    member: leaseMember('run', pipelineId),
    day: DAY,
    month: MONTH,
    limits: ROOMY,
    nowMs: Date.now(),
    leaseMs: 60_000,
    ...overrides,
  });

  /** A new org whose (empty) records are seeded. */
  const seededOrg = async () => {
    const orgId = randomUUID();
    await stores[0].seed(orgId, nothing(), Date.now());
    return orgId;
  };

  return { url, prefix, redis: connections[0], stores, store: stores[0], request, seededOrg };
}
