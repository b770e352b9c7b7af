import type { PipelineKind } from '@slipway/contracts/cost';

const ORG_ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * An organization's admission keys under the app's prefix. They share the hash tag `{org:<id>}`,
 * so every script touches one slot of a Redis Cluster. The counters are keyed by the window they
 * count (the org's local date and month, named by the caller): a new day starts at 0 without a
 * reset job, and an old window's key expires by itself.
 */
export function admissionKeys(prefix: string, orgId: string) {
  if (!ORG_ID.test(orgId)) throw new Error(`organization id ${JSON.stringify(orgId)} cannot name a key`);
  const org = `${prefix}quota:{org:${orgId}}`;
  return {
    /** Set once the counters were rebuilt from the durable records; absent after a Redis restart. */
    seeded: `${org}:seeded`,
    /** Live concurrency slots: member `<kind>:<pipelineId>`, score = lease expiry (epoch ms). */
    leases: `${org}:leases`,
    /** Members whose lease expired and was pruned, until cleanup-stale has marked their records. */
    expired: `${org}:expired`,
    /** Pipelines admitted on `day` (YYYY-MM-DD). */
    daily(day: string) {
      if (!DAY.test(day)) throw new Error(`quota day ${JSON.stringify(day)} is not YYYY-MM-DD`);
      return `${org}:daily:${day}`;
    },
    /** Pipelines admitted in `month` (YYYY-MM). */
    monthly(month: string) {
      if (!MONTH.test(month)) throw new Error(`quota month ${JSON.stringify(month)} is not YYYY-MM`);
      return `${org}:monthly:${month}`;
    },
  };
}

/** The lease member of a pipeline: one per (kind, pipeline id), as pipeline_runs is unique on it. */
export const leaseMember = (kind: PipelineKind, pipelineId: string) => `${kind}:${pipelineId}`;
