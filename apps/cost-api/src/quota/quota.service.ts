import { Inject, Injectable } from '@nestjs/common';
import type { PlanLimit, QuotaDto, QuotaItemDto, QuotaRepairDto } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { APP_CONFIG, Clock } from '@slipway/platform';
import type { CostSharedConfig } from '../config';
import { CostMetrics } from '../metrics';
import type { Organization } from '../organizations/org-directory';
import { PlanBook } from '../organizations/plan-book';
import { AdmissionStore, type AdmissionUsage } from './admission-store';
import { OrgCalendar } from './org-calendar';
import { PipelineRecords } from './pipeline-records';

const item = (name: PlanLimit, used: number, limit: number, resetsAt: Date | null): QuotaItemDto => ({
  name,
  used,
  limit,
  remaining: Math.max(0, limit - used),
  resets_at: resetsAt ? resetsAt.toISOString() : null,
});

/**
 * An organization's quotas as the seed tables them: pipelines today and this month and running
 * now (Redis, the projection, seeded from the records when missing), providers and seats (the
 * records themselves); and the repair that sets the projection back to what the records say.
 */
@Injectable()
export class QuotaService {
  constructor(
    private readonly store: AdmissionStore,
    private readonly records: PipelineRecords,
    private readonly plans: PlanBook,
    private readonly data: DataApiClient,
    private readonly clock: Clock,
    private readonly metrics: CostMetrics,
    @Inject(APP_CONFIG) private readonly config: CostSharedConfig,
  ) {}

  async usage(org: Organization): Promise<QuotaDto> {
    const at = this.clock.now();
    const calendar = new OrgCalendar(org.timezone);
    const [limits, pipelines, providers, seats] = await Promise.all([
      this.plans.limitsAt(org, at),
      this.pipelineUsage(org, calendar, at),
      this.count('/api/org_integrations', org.id),
      this.count('/api/org_members', org.id),
    ]);
    const quotas = [
      item('daily_pipelines', pipelines.daily, limits.daily_pipelines, calendar.nextDayStart(at)),
      item('monthly_pipelines', pipelines.monthly, limits.monthly_pipelines, calendar.nextMonthStart(at)),
      item('concurrent_pipelines', pipelines.concurrent, limits.concurrent_pipelines, null),
      item('providers', providers, limits.providers, null),
      item('seats', seats, limits.seats, null),
    ];
    return {
      org: org.slug,
      timezone: org.timezone,
      day: calendar.day(at),
      month: calendar.month(at),
      quotas,
      pipelines_run_today: pipelines.daily,
      daily_limit: limits.daily_pipelines,
      pipelines_run_month: pipelines.monthly,
      monthly_limit: limits.monthly_pipelines,
      concurrent_pipelines_running: pipelines.concurrent,
      concurrent_limit: limits.concurrent_pipelines,
      providers_used: providers,
      providers_limit: limits.providers,
      seats_used: seats,
      seat_limit: limits.seats,
    };
  }

  /** Sets the org's counters and leases to what its records say, and reports each one that moved. */
  async repair(org: Organization): Promise<QuotaRepairDto> {
    const at = this.clock.now();
    const calendar = new OrgCalendar(org.timezone);
    const snapshot = await this.records.snapshot(org.id, calendar, at);
    const nowMs = at.getTime();
    const drift = await this.store.drift(org.id, snapshot, nowMs);
    const { before } = await this.store.rebuild(org.id, snapshot, nowMs);
    for (const [quota, value] of Object.entries(drift)) this.metrics.drift.labels(quota).set(value);
    const after = await this.store.usage(org.id, snapshot.day, snapshot.month, nowMs);
    const changes = (['daily', 'monthly', 'concurrent'] as const)
      .filter((quota) => !before.seeded || before[quota] !== after[quota])
      .map((quota) => ({
        counter: quota,
        before: before.seeded ? before[quota] : null,
        after: after[quota],
      }));
    return { org: org.slug, changes, released: Math.max(0, before.concurrent - after.concurrent) };
  }

  /** How long a slot lives without a heartbeat. */
  get leaseMs(): number {
    return this.config.ADMISSION_LEASE_MS;
  }

  private async pipelineUsage(org: Organization, calendar: OrgCalendar, at: Date): Promise<AdmissionUsage> {
    const day = calendar.day(at);
    const month = calendar.month(at);
    const held = await this.store.usage(org.id, day, month, at.getTime());
    if (held.seeded) return held;
    await this.store.seed(org.id, await this.records.snapshot(org.id, calendar, at), at.getTime());
    return this.store.usage(org.id, day, month, at.getTime());
  }

  private async count(path: '/api/org_integrations' | '/api/org_members', orgId: string): Promise<number> {
    const { data } = await this.data.get(path, {
      params: { query: { org_id: orgId, limit: 1, count: true } },
    });
    return data.total ?? 0;
  }
}
