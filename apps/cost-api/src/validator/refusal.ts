import { ProblemException } from '@slipway/platform';
import type { Organization } from '../organizations/org-directory';
import type { ReserveOutcome } from '../quota/admission-store';
import type { OrgCalendar } from '../quota/org-calendar';

type Refused = Extract<ReserveOutcome, { outcome: 'refused' }>;

const NAMES = {
  daily: 'daily_pipelines',
  monthly: 'monthly_pipelines',
  concurrent: 'concurrent_pipelines',
} as const;

/**
 * The 429 of a full quota: which one, its limit and usage, and when it frees — the org's next
 * local midnight or month, or (concurrency) within one lease, when a slot is released or lapses.
 */
export function refusal(
  org: Organization,
  refused: Refused,
  calendar: OrgCalendar,
  at: Date,
  leaseMs: number,
): ProblemException {
  const resetsAt =
    refused.quota === 'daily'
      ? calendar.nextDayStart(at)
      : refused.quota === 'monthly'
        ? calendar.nextMonthStart(at)
        : new Date(at.getTime() + Math.min(leaseMs, 60_000));
  const retryAfter = Math.max(1, Math.ceil((resetsAt.getTime() - at.getTime()) / 1000));
  const when = refused.quota === 'concurrent' ? 'a slot frees' : `resets at ${resetsAt.toISOString()}`;
  return new ProblemException(
    'quota_exceeded',
    `${org.slug} has used its ${NAMES[refused.quota]} quota: ${refused.used} of ${refused.limit}; ${when}`,
    [
      {
        field: NAMES[refused.quota],
        message: `used ${refused.used}, limit ${refused.limit}, resets_at ${resetsAt.toISOString()}`,
      },
    ],
    { 'Retry-After': String(retryAfter) },
  );
}
