import { Injectable } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import type { QuotaJobReportDto } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import type { Organization } from '../organizations/org-directory';
import { leaseMember } from '../quota/admission-keys';
import { AdmissionStore } from '../quota/admission-store';
import { PipelineRecords } from '../quota/pipeline-records';
import { QuotaService } from '../quota/quota.service';

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
    private readonly data: DataApiClient,
    private readonly quota: QuotaService,
    private readonly store: AdmissionStore,
    private readonly records: PipelineRecords,
    private readonly clock: Clock,
  ) {}

  reset(counter: Counter): Promise<QuotaJobReportDto> {
    return this.eachOrg(async (org) => {
      const repaired = await this.quota.repair(org);
      return repaired.changes.some((change) => change.counter === counter && change.before !== null) ? 1 : 0;
    });
  }

  cleanupStale(): Promise<QuotaJobReportDto> {
    return this.eachOrg(async (org) => {
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

  /** Runs `job` for every organization; it answers how many things it changed there. */
  private async eachOrg(job: (org: Organization) => Promise<number>): Promise<QuotaJobReportDto> {
    const done: QuotaJobReportDto = { organizations: 0, changed: 0, orgs: [] };
    let cursor: string | undefined;
    do {
      const { data } = await this.data.get('/api/organizations', {
        params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } },
      });
      for (const org of data.items) {
        done.organizations += 1;
        const changed = await job(org);
        done.changed += changed;
        if (changed > 0) done.orgs.push(org.slug);
      }
      cursor = data.next_cursor ?? undefined;
    } while (cursor);
    return done;
  }
}
