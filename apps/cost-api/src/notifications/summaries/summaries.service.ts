import { Inject, Injectable } from '@nestjs/common';
import type { NotificationSummaryDto, SummaryPeriod } from '@slipway/contracts';
import { APP_CONFIG, Clock } from '@slipway/platform';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';
import { AllOrgs } from '../../organizations/all-orgs';
import type { Organization } from '../../organizations/org-directory';
import { OrgCalendar } from '../../quota/org-calendar';
import { Notifier } from '../delivery/notifier';
import type { NotificationSettings } from '../notification-settings';
import { RuleRecords } from '../records/rule-records';
import { lastCompletePeriod, periodOf, SummaryBuilder, summaryText } from './summary-builder';

const EVENT_OF = { daily: 'daily_summary', weekly: 'weekly_summary' } as const;
/** How long a digest queued is remembered, so later runs of the schedule do not queue it again. */
const QUEUED_TTL_S = 8 * 86_400;

export interface SummariesReport {
  organizations: number;
  /** Digests queued (each to every channel of its rules). */
  queued: number;
}

/**
 * The daily and weekly digests: previewed on demand, and queued by the schedule for every
 * organization with an enabled summary rule once its period is over and the local time has
 * passed SUMMARY_SEND_HOUR (a week's on the Monday after it). Each digest is one notice keyed
 * `summary:<period>:<first day>`, so a channel gets it once however often the schedule runs.
 */
@Injectable()
export class Summaries {
  private readonly sendHour: number;

  constructor(
    private readonly builder: SummaryBuilder,
    private readonly rules: RuleRecords,
    private readonly notifier: Notifier,
    private readonly orgs: AllOrgs,
    private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
    @Inject(APP_CONFIG) config: NotificationSettings,
  ) {
    this.sendHour = config.SUMMARY_SEND_HOUR;
  }

  /** The digest of the period holding `date`, or of the last complete one. */
  preview(
    org: Organization,
    period: SummaryPeriod,
    date: string | undefined,
  ): Promise<NotificationSummaryDto> {
    const today = new OrgCalendar(org.timezone).day(this.clock.now());
    return this.builder.build(org, period, date ? periodOf(period, date) : lastCompletePeriod(period, today));
  }

  /** Queues every digest due at `now` and not queued yet. */
  async sendDue(now: Date): Promise<SummariesReport> {
    let queued = 0;
    const report = await this.orgs.each(async (org) => {
      const due = await this.dueFor(org, now);
      queued += due;
      return due;
    });
    return { organizations: report.organizations, queued };
  }

  private async dueFor(org: Organization, now: Date): Promise<number> {
    const rules = await this.rules.list(org.id, ['daily_summary', 'weekly_summary'], true);
    if (rules.length === 0) return 0;
    const calendar = new OrgCalendar(org.timezone);
    const today = calendar.day(now);
    const hoursIn = (now.getTime() - calendar.dayStart(now).getTime()) / 3_600_000;
    const isMonday = new Date(`${today}T00:00:00Z`).getUTCDay() === 1;
    let queued = 0;
    for (const period of ['daily', 'weekly'] as const) {
      const ruleIds = rules.filter((rule) => rule.event === EVENT_OF[period]).map((rule) => rule.id);
      if (ruleIds.length === 0) continue;
      if (hoursIn < this.sendHour && (period === 'daily' || isMonday)) continue;
      if (await this.queue(org, period, lastCompletePeriod(period, today), ruleIds)) queued += 1;
    }
    return queued;
  }

  private async queue(
    org: Organization,
    period: SummaryPeriod,
    days: { from: string; to: string },
    ruleIds: string[],
  ): Promise<boolean> {
    const key = `summary:${period}:${days.from}`;
    const marker = `${this.prefix}notify:digest:${org.id}:${key}`;
    if ((await this.redis.exists(marker)) === 1) return false;
    const summary = await this.builder.build(org, period, days);
    await this.notifier.notify({
      orgId: org.id,
      event: EVENT_OF[period],
      key,
      ...summaryText(org, summary),
      data: { ...summary },
      ruleIds,
    });
    await this.redis.set(marker, '1', 'EX', QUEUED_TTL_S);
    return true;
  }
}
