const ORG_ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * An organization's budget keys under the app's prefix, all with the hash tag `{org:<id>}` (one
 * slot of a Redis Cluster, so one script may touch every node of the org). Spend is kept per
 * window, keyed by the org's local day and month: a new window starts empty without a reset job,
 * and an old one expires by itself. Amounts are whole micro-units of the org's currency.
 */
export function budgetKeys(prefix: string, orgId: string) {
  if (!ORG_ID.test(orgId)) throw new Error(`organization id ${JSON.stringify(orgId)} cannot name a key`);
  const org = `${prefix}budget:{org:${orgId}}`;
  const day = (value: string) => {
    if (!DAY.test(value)) throw new Error(`budget day ${JSON.stringify(value)} is not YYYY-MM-DD`);
    return value;
  };
  const month = (value: string) => {
    if (!MONTH.test(value)) throw new Error(`budget month ${JSON.stringify(value)} is not YYYY-MM`);
    return value;
  };
  return {
    /** Spent per node (its subtree included) on `day`; the field `_seeded` marks a window rebuilt from the ledger. */
    spentDaily: (value: string) => `${org}:spent:d:${day(value)}`,
    spentMonthly: (value: string) => `${org}:spent:m:${month(value)}`,
    /** Held per node by open reservations (calls in flight), whatever window they were made in. */
    reserved: `${org}:reserved`,
    /** Open reservations: member = reservation id, score = expiry (epoch ms). */
    leases: `${org}:leases`,
    /** Every reservation known, open or closed: id → its record (JSON). */
    reservations: `${org}:reservations`,
    /** Closed reservations: member = id, score = when closed; forgotten after a while. */
    closed: `${org}:closed`,
    /** Soft budgets already notified in the window: node → 1. */
    reachedDaily: (value: string) => `${org}:reached:d:${day(value)}`,
    reachedMonthly: (value: string) => `${org}:reached:m:${month(value)}`,
  };
}

/** Every organization that held a reservation lately (one key of its own slot: an index, not part of any script). */
export const openOrgsKey = (prefix: string) => `${prefix}budget:open-orgs`;
