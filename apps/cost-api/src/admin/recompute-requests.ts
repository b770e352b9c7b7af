import { Injectable } from '@nestjs/common';
import type { RecomputeCostsDto, RecomputeQueuedDto } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { OrgDirectory } from '../organizations/org-directory';
import { CostJobsQueue } from '../schedules/cost-jobs.queue';

/**
 * A recompute asked for by the operator: the window checked, the organization found (404 when
 * named and unknown), then queued for the cost-worker, which re-prices the window
 * (ledger/spend-recompute.ts). Asking twice queues twice; the second run writes nothing.
 */
@Injectable()
export class RecomputeRequests {
  constructor(
    private readonly directory: OrgDirectory,
    private readonly queue: CostJobsQueue,
  ) {}

  async request(body: RecomputeCostsDto): Promise<RecomputeQueuedDto> {
    const from = new Date(body.from);
    const to = new Date(body.to);
    if (from.getTime() >= to.getTime())
      throw ProblemException.validation([{ field: 'to', message: 'to must be after from' }]);
    const org = body.org === undefined ? null : await this.directory.bySlug(body.org);
    if (body.org !== undefined && org === null) throw ProblemException.notFound(`Organization ${body.org}`);
    const window = { from: from.toISOString(), to: to.toISOString() };
    const jobId = await this.queue.enqueue('costs.recompute', { org_id: org?.id ?? null, ...window });
    return { job_id: jobId, org: org?.slug ?? null, ...window, status: 'queued' };
  }
}
