import { Injectable } from '@nestjs/common';
import type { QuotaNoticeLimit } from '@slipway/contracts';
import { AppLogger } from '@slipway/platform';
import type { Organization } from '../../organizations/org-directory';
import { Notifier } from '../delivery/notifier';

/** A count after an admission, its limit, and the window it counts in (a local day or month). */
export interface QuotaCount {
  quota: QuotaNoticeLimit;
  used: number;
  limit: number;
  window: string;
}

const MARKS = [
  { percent: 80, event: 'quota_80' },
  { percent: 100, event: 'quota_100' },
] as const;

/** The marks `used` has just reached: the admission that took it from below a mark to it. */
export function marksCrossed(count: Pick<QuotaCount, 'used' | 'limit'>): Array<(typeof MARKS)[number]> {
  if (count.limit <= 0) return [];
  return MARKS.filter(({ percent }) => {
    const mark = Math.ceil((count.limit * percent) / 100);
    return count.used >= mark && count.used - 1 < mark;
  });
}

/**
 * quota_80 and quota_100: told by the admission whose count reaches 80 % or 100 % of the daily or
 * monthly pipelines, once per window (the notice's key names it). A notice that cannot be queued
 * is logged; the admission stands.
 */
@Injectable()
export class QuotaNotices {
  private readonly logger: AppLogger;

  constructor(
    private readonly notifier: Notifier,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ feature: 'notifications' });
  }

  async counted(org: Organization, counts: readonly QuotaCount[]): Promise<void> {
    for (const count of counts)
      for (const mark of marksCrossed(count)) {
        const label = count.quota === 'daily_pipelines' ? 'daily' : 'monthly';
        await this.notifier
          .notify({
            orgId: org.id,
            event: mark.event,
            key: `quota:${count.quota}:${count.window}:${mark.percent}`,
            title: `${org.slug} has used ${mark.percent} % of its ${label} pipelines (${count.window})`,
            text: `${org.name} (${org.slug}) has run ${count.used} of the ${count.limit} ${label} pipelines its plan allows for ${count.window}.${mark.percent === 100 ? ' Further pipelines are refused until the window ends.' : ''}`,
            data: {
              quota: count.quota,
              used: count.used,
              limit: count.limit,
              window: count.window,
              percent: mark.percent,
            },
            subject: { quota: count.quota },
          })
          .catch((error: unknown) => {
            this.logger.error({ org: org.slug, quota: count.quota, err: error }, 'quota notice not queued');
          });
      }
  }
}
