const ORG_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The Redis key holding an organization's cost-cache generation. Every cached cost answer is keyed
 * by the generation it was computed at, so INCR on this key drops them all at once: the cost-worker
 * increments it after it writes ledger rows for the org, and `POST /costs/{org}/cache/invalidate`
 * does the same. An absent key reads as generation 0.
 */
export function cacheGenerationKey(prefix: string, orgId: string): string {
  if (!ORG_ID.test(orgId)) throw new Error(`organization id ${JSON.stringify(orgId)} cannot name a key`);
  return `${prefix}cost:cache-gen:${orgId}`;
}
