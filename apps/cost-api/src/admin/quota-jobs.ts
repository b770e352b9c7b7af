import { Injectable } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import type { QuotaJobReportDto } from '@slipway/contracts';
import { AllOrgs } from '../organizations/all-orgs';
import { leaseMember } from '../quota/admission-keys';
import { AdmissionStore } from '../quota/admission-store';
import { OrgCalendar } from '../quota/org-calendar';
import { PipelineRecords } from '../quota/pipeline-records';
import { QuotaService } from '../quota/quota.service';
import { QuotaWindows } from '../quota/quota-windows';

type Counter = 'daily' | 'monthly';

/**
 * The operator's quota jobs over every organization. The counters are keyed by the org's local
 * day and month, so a new window starts at 0 at the org's own midnight without any job; the
 * resets confirm it, setting each org's current window to what the records say. cleanup-stale
 * marks abandoned pipelines (no heartbeat within their lease) expired and frees their slots.
 */
@Injectable()
export class QuotaJobs {
  constructor(
    private readonly orgs: AllOrgs,
    private readonly quota: QuotaService,
    private readonly store: AdmissionStore,
    private readonly records: PipelineRecords,
    private readonly windows: QuotaWindows,
    private readonly clock: Clock,
  ) {}

  reset(counter: Counter): Promise<QuotaJobReportDto> {
    return this.orgs.each(async (org) => {
      const repaired = await this.quota.repair(org);
      return repaired.changes.some((change) => change.counter === counter && change.before !== null) ? 1 : 0;
    });
  }

  /**
   * The reset at each organization's own midnight (a month start is a midnight too): the orgs whose
   * local day turned since their last reset are repaired, once each per day. A crash after the
   * repair and before the mark only repeats the repair.
   */
  resetAtMidnight(): Promise<QuotaJobReportDto> {
    return this.orgs.each(async (org) => {
      const day = new OrgCalendar(org.timezone).day(this.clock.now());
      if (!(await this.windows.isNew(org.id, day))) return 0;
      await this.quota.repair(org);
      await this.windows.mark(org.id, day);
      return 1;
    });
  }

  cleanupStale(): Promise<QuotaJobReportDto> {
    return this.orgs.each(async (org) => {
      const nowMs = this.clock.now().getTime();
      const pruned = await this.store.pruneStale(org.id, nowMs);
      const lapsed = (await this.records.open(org.id)).filter(
        (run) => Date.parse(run.lease_expires_at) <= nowMs,
      );
      for (const run of lapsed) {
        await this.store.release(org.id, leaseMember(run.kind, run.pipeline_id));
        await this.records.finish(run, 'expired', 'no heartbeat within the lease');
      }
      await this.store.forgetStale(org.id, pruned);
      return lapsed.length;
    });
  }
}
