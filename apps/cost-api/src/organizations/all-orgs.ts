import { Injectable } from '@nestjs/common';
import type { QuotaJobReportDto } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import type { Organization } from './org-directory';

const PAGE = 100;

/** Every organization, page after page: what the operator's jobs (quota resets, amortization) run over. */
@Injectable()
export class AllOrgs {
  constructor(private readonly data: DataApiClient) {}

  /** Runs `job` for each organization in turn; it answers how many things it changed there. */
  async each(job: (org: Organization) => Promise<number>): Promise<QuotaJobReportDto> {
    const done: QuotaJobReportDto = { organizations: 0, changed: 0, orgs: [] };
    let cursor: string | undefined;
    do {
      const { data } = await this.data.get('/api/organizations', {
        params: { query: { limit: PAGE, ...(cursor ? { cursor } : {}) } },
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
