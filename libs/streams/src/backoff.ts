export interface BackoffPolicy {
  /** Delay before the second delivery. */
  baseMs: number;
  /** Upper bound of any one delay. */
  maxMs: number;
  factor: number;
  /** 0 = exact delays; 0.2 = each delay drawn from ±20 % of the exact one. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 200, maxMs: 30_000, factor: 2, jitter: 0.2 };

/** Delay to wait after delivery `attempt` (1-based) failed: base · factor^(attempt-1), capped, jittered. */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exact = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, attempt - 1));
  const spread = exact * policy.jitter * (2 * random() - 1);
  return Math.max(0, Math.round(Math.min(policy.maxMs, exact + spread)));
}
