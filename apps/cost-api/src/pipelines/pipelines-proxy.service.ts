import { Injectable } from '@nestjs/common';
import type { StartPipelineDto } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import type { Principal } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import type { Organization } from '../organizations/org-directory';
import { PipelineRecords } from '../quota/pipeline-records';
import { OrchestratorClient } from './orchestrator-client';

/**
 * Orchestrator runs started and read through cost-api for one organization. A run starts only on a
 * project attached to the organization, so orchestrator-runs admits it against this org's quota
 * (it asks the validator before creating anything); reads are limited to runs admitted for it.
 */
@Injectable()
export class PipelinesProxyService {
  constructor(
    private readonly data: DataApiClient,
    private readonly records: PipelineRecords,
    private readonly orchestrator: OrchestratorClient,
  ) {}

  async start(org: Organization, principal: Principal, dto: StartPipelineDto): Promise<unknown> {
    const { data } = await this.data.get('/api/org_projects', {
      params: { query: { project_id: dto.project_id, limit: 1 } },
    });
    if (data.items[0]?.org_id !== org.id)
      throw ProblemException.validation([
        { field: 'project_id', message: `project ${dto.project_id} is not attached to ${org.slug}` },
      ]);
    return this.orchestrator.call('POST', '/runs', principal, dto);
  }

  async status(org: Organization, principal: Principal, runId: string): Promise<unknown> {
    await this.assertOwn(org, runId);
    return this.orchestrator.call('GET', `/runs/${encodeURIComponent(runId)}`, principal);
  }

  async cancel(org: Organization, principal: Principal, runId: string): Promise<unknown> {
    await this.assertOwn(org, runId);
    return this.orchestrator.call('POST', `/runs/${encodeURIComponent(runId)}/cancel`, principal, {});
  }

  private async assertOwn(org: Organization, runId: string): Promise<void> {
    const record = await this.records.find(org.id, 'run', runId);
    if (!record) throw new ProblemException('not_found', `No run ${runId} in ${org.slug}`);
  }
}
