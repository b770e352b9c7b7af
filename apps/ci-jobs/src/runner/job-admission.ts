import { Inject, Injectable } from '@nestjs/common';
import type { CompletePipelineDto, PipelineStepDto } from '@slipway/contracts';
import {
  AdmissionRefusedError,
  CostAdmissionClient,
  CostApiUnavailableError,
  LeaseKeeper,
  OrgResolver,
  RepositoryOrgs,
} from '@slipway/cost-client';
import { AppLogger } from '@slipway/platform';
import { RunnerConfig } from '../config';
import type { JobRecord } from '../jobs/job-store';
import type { ExecutionResult, StepResult } from './executor';

/** Whether a claimed job may run: admitted (or no admission applies), or refused with the reason to show. */
export type JobAdmitted = { admitted: true } | { admitted: false; reason: string };

const OUTCOMES: Record<ExecutionResult['status'], CompletePipelineDto['outcome']> = {
  success: 'succeeded',
  failed: 'failed',
  error: 'failed',
  cancelled: 'cancelled',
};
const MAX_DETAIL = 2000;

const stepStatus = (step: StepResult): string =>
  step.timed_out
    ? 'timed_out'
    : step.exit_code === 0
      ? 'success'
      : step.exit_code === null
        ? 'cancelled'
        : 'failed';

/**
 * The admission of CI jobs by cost-api's validator (COST_API_URL; unset, none), for jobs whose
 * repository is a project's repo_url (data-api projects) in an organization: validated when the
 * runner has claimed the job, the slot renewed by this runner while the job runs (LeaseKeeper),
 * completed with the outcome and the steps when it ends. A refusal ends the job in error with
 * cost-api's reason; so does a cost-api that cannot be reached (admission fails closed: the job can
 * be retried once it answers).
 */
@Injectable()
export class JobAdmission {
  constructor(
    @Inject(CostAdmissionClient) private readonly client: CostAdmissionClient,
    @Inject(OrgResolver) private readonly orgs: OrgResolver,
    @Inject(LeaseKeeper) private readonly leases: LeaseKeeper,
    @Inject(RepositoryOrgs) private readonly repositories: RepositoryOrgs,
    @Inject(RunnerConfig) private readonly settings: Pick<RunnerConfig, 'RUNNER_EXECUTOR'>,
    @Inject(AppLogger) private readonly logger: AppLogger,
  ) {}

  async admit(job: JobRecord): Promise<JobAdmitted> {
    try {
      const found = await this.orgOf(job);
      if (found === null) return { admitted: true };
      const admission = await this.client.validate(found.org, {
        kind: 'ci_job',
        pipeline_id: job.id,
        project_id: found.projectId,
        profile: this.settings.RUNNER_EXECUTOR,
      });
      this.leases.hold(
        { org: found.org, kind: 'ci_job', pipeline_id: job.id },
        admission.heartbeat_interval_ms,
      );
      return { admitted: true };
    } catch (error) {
      if (error instanceof AdmissionRefusedError) {
        const what = error.code === 'quota_exceeded' ? 'quota exceeded' : 'not admitted';
        return { admitted: false, reason: `${what}: ${error.detail}` };
      }
      if (!(error instanceof CostApiUnavailableError)) throw error;
      this.logger.warn({ job_id: job.id, err: error }, 'cost-api unavailable: the job is not admitted');
      return {
        admitted: false,
        reason: 'not admitted: cost-api cannot be reached to admit the job; retry it',
      };
    }
  }

  /** The job ended: its slot comes back, its outcome and steps recorded. Failures are logged, never thrown. */
  async complete(job: JobRecord, result: ExecutionResult): Promise<void> {
    this.leases.release({ kind: 'ci_job', pipeline_id: job.id });
    try {
      const found = await this.orgOf(job);
      if (found === null) return;
      const steps: PipelineStepDto[] = result.steps.map((step) => ({
        name: step.name,
        status: stepStatus(step),
      }));
      await this.client.complete(found.org, {
        kind: 'ci_job',
        pipeline_id: job.id,
        outcome: OUTCOMES[result.status],
        ...(result.reason ? { detail: result.reason.slice(0, MAX_DETAIL) } : {}),
        steps,
      });
    } catch (error) {
      // No admission of this job (its project joined the organization after it started): nothing to give back.
      if (error instanceof AdmissionRefusedError && error.status === 404) return;
      this.logger.warn({ job_id: job.id, err: error }, 'the job’s end could not be reported to cost-api');
    }
  }

  /** The organization that claims the job's repository (RepositoryOrgs), by slug, with its project. */
  private async orgOf(job: JobRecord): Promise<{ org: string; projectId: string } | null> {
    if (!this.client.enabled) return null;
    const { claim, claimants } = await this.repositories.claimOf(
      job.clone_url,
      (projectId) => this.orgs.slugOf(projectId),
      (slug) => slug,
    );
    if (claimants.length > 1)
      this.logger.warn(
        { job_id: job.id, repository: job.clone_url, orgs: claimants },
        'several organizations claim the repository: the job is admitted against none',
      );
    return claim;
  }
}
