import { Injectable } from '@nestjs/common';
import {
  RUN_PHASE_ORDER,
  type Page,
  type PipelineRunDto,
  type PipelineRunListQueryDto,
  type PipelineStepLogDto,
  type PipelineTransitionDto,
} from '@slipway/contracts';
import { DataApiClient, DataApiNotFoundError, DataApiValidationError } from '@slipway/data-client';
import { ProblemException } from '@slipway/platform';
import type { Organization } from '../organizations/org-directory';
import type { PipelineRun } from '../quota/pipeline-records';
import { toPipelineRunDto } from '../validator/pipeline-mapping';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The organization's pipelines as their records tell them: the admission record of each run and
 * CI job, its state transitions, and its steps — a run's phases from its own records, a CI job's
 * steps as ci-jobs reported them at completion.
 */
@Injectable()
export class PipelineLogsService {
  constructor(private readonly data: DataApiClient) {}

  async list(org: Organization, query: PipelineRunListQueryDto): Promise<Page<PipelineRunDto>> {
    const { data } = await this.data.get('/api/pipeline_runs', {
      params: { query: { ...query, org_id: org.id } },
    });
    return { ...data, items: data.items.map(toPipelineRunDto) };
  }

  async get(org: Organization, id: string): Promise<PipelineRunDto> {
    return toPipelineRunDto(await this.record(org, id));
  }

  async transitions(org: Organization, id: string): Promise<PipelineTransitionDto[]> {
    const run = await this.record(org, id);
    const { data } = await this.data.get('/api/pipeline_state_transitions', {
      params: { query: { pipeline_run_id: run.id, limit: 100, sort: 'created_at' } },
    });
    return data.items.map((t) => ({
      from_status: t.from_status,
      to_status: t.to_status,
      reason: t.reason,
      at: t.created_at,
    }));
  }

  async steps(org: Organization, id: string): Promise<PipelineStepLogDto[]> {
    const run = await this.record(org, id);
    if (run.kind === 'ci_job')
      return run.steps.map((step) => ({
        name: text(step.name) ?? 'step',
        status: text(step.status) ?? 'unknown',
        started_at: text(step.started_at),
        finished_at: text(step.finished_at),
      }));
    const { data } = await this.data.get('/api/run_phases', {
      params: { query: { run_id: run.pipeline_id, limit: 100, sort: 'created_at' } },
    });
    // A run's phases are recorded together with it, so created_at does not order them: run order does.
    return data.items
      .sort((a, b) => RUN_PHASE_ORDER.indexOf(a.phase) - RUN_PHASE_ORDER.indexOf(b.phase))
      .map((phase) => ({
        name: phase.phase,
        status: phase.status,
        started_at: phase.started_at,
        finished_at: phase.completed_at,
      }));
  }

  /** The org's record by its id; another org's record is as absent as a missing one. */
  async record(org: Organization, id: string): Promise<PipelineRun> {
    const found = await this.data
      .get('/api/pipeline_runs/{id}', { params: { path: { id } } })
      .then((answer) => answer.data)
      .catch((error: unknown) => {
        // A malformed id names no record either.
        if (error instanceof DataApiNotFoundError || error instanceof DataApiValidationError) return null;
        throw error;
      });
    if (!found || found.org_id !== org.id)
      throw new ProblemException('not_found', `No pipeline run ${id} in ${org.slug}`);
    return found;
  }
}
