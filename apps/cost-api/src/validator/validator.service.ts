import { Injectable } from '@nestjs/common';
import type {
  AdmissionDto,
  CompletePipelineDto,
  HeartbeatDto,
  PipelineRunDto,
  ValidatePipelineDto,
} from '@slipway/contracts';
import { ProblemException, Clock } from '@slipway/platform';
import { CostMetrics } from '../metrics';
import { QuotaNotices } from '../notifications/notices/quota-notices';
import type { Organization } from '../organizations/org-directory';
import { PlanBook } from '../organizations/plan-book';
import { leaseMember } from '../quota/admission-keys';
import { AdmissionStore, type ReserveOutcome } from '../quota/admission-store';
import { OrgCalendar } from '../quota/org-calendar';
import { PipelineRecords, type PipelineRun } from '../quota/pipeline-records';
import { QuotaService } from '../quota/quota.service';
import { toPipelineRunDto } from './pipeline-mapping';
import { PipelineConfigCheck } from './pipeline-config';
import { refusal } from './refusal';

/**
 * The admission of a pipeline (an orchestrator run or a CI job): its configuration checked, then
 * a daily and a monthly count and a concurrency slot reserved at once or not at all (Redis, one
 * script), then its durable record. The slot is a lease the caller renews; completing releases
 * it and records the outcome. Validating the same pipeline again counts nothing twice.
 */
@Injectable()
export class ValidatorService {
  constructor(
    private readonly config: PipelineConfigCheck,
    private readonly store: AdmissionStore,
    private readonly records: PipelineRecords,
    private readonly plans: PlanBook,
    private readonly quota: QuotaService,
    private readonly clock: Clock,
    private readonly metrics: CostMetrics,
    private readonly notices: QuotaNotices,
  ) {}

  async validate(org: Organization, dto: ValidatePipelineDto): Promise<AdmissionDto> {
    const at = this.clock.now();
    if (org.status !== 'active') throw new ProblemException('forbidden', `${org.slug} is ${org.status}`);
    const credential = await this.config.check(org, dto, at).catch((error: unknown) => {
      this.metrics.admissions.labels('invalid', '').inc();
      throw error;
    });
    const calendar = new OrgCalendar(org.timezone);
    const leaseUntil = new Date(at.getTime() + this.quota.leaseMs);
    const limits = await this.plans.limitsAt(org, at);
    const outcome = await this.reserve(org, dto, calendar, at, limits);
    if (outcome.outcome === 'needs_seed') throw new Error('admission answered needs_seed after seeding');
    if (outcome.outcome === 'refused') {
      this.metrics.admissions.labels('refused', outcome.quota).inc();
      throw refusal(org, outcome, calendar, at, this.quota.leaseMs);
    }
    const record = await this.recordAdmission(org, dto, calendar, at, leaseUntil, outcome.counted);
    this.metrics.admissions.labels('admitted', '').inc();
    if (outcome.counted)
      await this.notices.counted(org, [
        {
          quota: 'daily_pipelines',
          used: outcome.usage.daily,
          limit: limits.daily_pipelines,
          window: calendar.day(at),
        },
        {
          quota: 'monthly_pipelines',
          used: outcome.usage.monthly,
          limit: limits.monthly_pipelines,
          window: calendar.month(at),
        },
      ]);
    return {
      admitted: true,
      pipeline_run_id: record.id,
      counted: outcome.counted,
      lease_expires_at: leaseUntil.toISOString(),
      heartbeat_interval_ms: Math.floor(this.quota.leaseMs / 3),
      credential,
      usage: outcome.usage,
    };
  }

  async heartbeat(org: Organization, dto: HeartbeatDto): Promise<PipelineRunDto> {
    const record = await this.open(org, dto);
    const at = this.clock.now();
    const member = leaseMember(dto.kind, dto.pipeline_id);
    let renewed = await this.store.renew(org.id, member, at.getTime(), this.quota.leaseMs);
    if (renewed === 'needs_seed') {
      const calendar = new OrgCalendar(org.timezone);
      await this.store.seed(org.id, await this.records.snapshot(org.id, calendar, at), at.getTime());
      renewed = await this.store.renew(org.id, member, at.getTime(), this.quota.leaseMs);
    }
    if (renewed !== 'renewed')
      throw new ProblemException('conflict', `The slot of ${member} has expired; validate it again`);
    return toPipelineRunDto(
      await this.records.extendLease(record, new Date(at.getTime() + this.quota.leaseMs)),
    );
  }

  async complete(org: Organization, dto: CompletePipelineDto): Promise<PipelineRunDto> {
    const record = await this.find(org, dto);
    await this.store.release(org.id, leaseMember(dto.kind, dto.pipeline_id));
    if (record.status !== 'admitted' && record.status !== 'expired') return toPipelineRunDto(record);
    const done = await this.records.finish(record, dto.outcome, `completed: ${dto.outcome}`, {
      ...(dto.detail !== undefined ? { detail: dto.detail } : {}),
      ...(dto.steps ? { steps: dto.steps.map((step) => ({ ...step })) } : {}),
    });
    return toPipelineRunDto(done);
  }

  /**
   * The record of an admission, written once (an earlier validate's record when there is one); a
   * failure to write gives the slot back. A pipeline that has ended cannot start again.
   */
  private async recordAdmission(
    org: Organization,
    dto: ValidatePipelineDto,
    calendar: OrgCalendar,
    at: Date,
    leaseUntil: Date,
    counted: boolean,
  ): Promise<PipelineRun> {
    try {
      const { record, created } = await this.records.createOrFind({
        org_id: org.id,
        kind: dto.kind,
        pipeline_id: dto.pipeline_id,
        ...(dto.project_id ? { project_id: dto.project_id } : {}),
        ...(dto.profile ? { profile: dto.profile } : {}),
        ...(dto.provider ? { provider: dto.provider } : {}),
        ...(dto.requested_by ? { requested_by: dto.requested_by } : {}),
        quota_day: calendar.day(at),
        quota_month: calendar.month(at),
        lease_expires_at: leaseUntil.toISOString(),
      });
      if (!created && record.status !== 'admitted')
        throw new ProblemException(
          'conflict',
          `${dto.kind} ${dto.pipeline_id} has ended (${record.status}); it cannot start again`,
        );
      if (!counted) await this.records.extendLease(record, leaseUntil);
      return record;
    } catch (error) {
      await this.store.release(org.id, leaseMember(dto.kind, dto.pipeline_id));
      throw error;
    }
  }

  /** The atomic reservation of the day's and month's counts and a slot, timed. */
  private async reserve(
    org: Organization,
    dto: ValidatePipelineDto,
    calendar: OrgCalendar,
    at: Date,
    limits: Awaited<ReturnType<PlanBook['limitsAt']>>,
  ): Promise<ReserveOutcome> {
    const timer = this.metrics.reservationSeconds.startTimer();
    try {
      return await this.store.admit(
        {
          orgId: org.id,
          member: leaseMember(dto.kind, dto.pipeline_id),
          day: calendar.day(at),
          month: calendar.month(at),
          limits: {
            daily: limits.daily_pipelines,
            monthly: limits.monthly_pipelines,
            concurrent: limits.concurrent_pipelines,
          },
          nowMs: at.getTime(),
          leaseMs: this.quota.leaseMs,
        },
        () => this.records.snapshot(org.id, calendar, at),
      );
    } finally {
      timer();
    }
  }

  private async open(org: Organization, dto: HeartbeatDto): Promise<PipelineRun> {
    const record = await this.find(org, dto);
    if (record.status !== 'admitted')
      throw new ProblemException('conflict', `${dto.kind} ${dto.pipeline_id} is ${record.status}`);
    return record;
  }

  private async find(org: Organization, dto: HeartbeatDto): Promise<PipelineRun> {
    const record = await this.records.find(org.id, dto.kind, dto.pipeline_id);
    if (!record)
      throw new ProblemException(
        'not_found',
        `No admission of ${dto.kind} ${dto.pipeline_id} in ${org.slug}`,
      );
    return record;
  }
}
