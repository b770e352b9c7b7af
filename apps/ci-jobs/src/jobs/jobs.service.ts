import { Inject, Injectable } from '@nestjs/common';
import type { CiJobDto, JobTriggerDto, ManualJobDto } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { JobIntake, type Submitted } from './job-intake';
import type { JobStatus } from './job-states';
import { JobStore, type JobRecord } from './job-store';

const REPOSITORY_FROM_URL = /([^/:]+\/[^/]+?)(\.git)?\/?$/;

/** The job lifecycle seen from HTTP: manual runs, reads with queue position, cancel and retry. */
@Injectable()
export class JobsService {
  constructor(
    @Inject(JobStore) private readonly store: JobStore,
    @Inject(JobIntake) private readonly intake: JobIntake,
  ) {}

  async runManually(body: ManualJobDto, correlationId: string): Promise<Submitted> {
    const ref = body.ref.startsWith('refs/') ? body.ref : `refs/heads/${body.ref}`;
    const kind = ref.startsWith('refs/tags/') ? 'tag' : 'branch';
    const name = ref.replace(/^refs\/(heads|tags)\//, '');
    const trigger: JobTriggerDto = {
      forge: 'manual',
      event: 'manual',
      repository: REPOSITORY_FROM_URL.exec(body.clone_url)?.[1] ?? body.clone_url,
      clone_url: body.clone_url,
      ref,
      ref_kind: kind,
      ...(kind === 'tag' ? { tag: name } : { branch: name }),
      ...(body.sha ? { sha: body.sha } : {}),
    };
    return this.intake.submit(trigger, { semanticDedupe: false, correlationId });
  }

  async get(id: string): Promise<CiJobDto> {
    const job = await this.store.get(id);
    if (!job) throw ProblemException.notFound(`Job ${id}`);
    if (job.status !== 'pending') return job;
    const position = await this.store.queuePosition(id);
    return {
      ...job,
      ...(position === null ? {} : { queue_position: position }),
      reason: job.reason ?? waitingReason(position),
    };
  }

  list(
    filter: { status?: JobStatus; repo?: string; branch?: string },
    limit: number,
    cursor?: string,
  ): Promise<{ items: JobRecord[]; next_cursor: string | null }> {
    return this.store.list(filter, limit, cursor);
  }

  /** Pending jobs end at once; running ones are asked to stop (their runner kills the process). */
  async cancel(id: string): Promise<CiJobDto> {
    const job = await this.store.get(id);
    if (!job) throw ProblemException.notFound(`Job ${id}`);
    if (job.status === 'running') {
      await this.store.requestCancel(id);
      return { ...job, reason: 'cancel requested' };
    }
    const outcome = await this.store.transition(id, {
      to: 'cancelled',
      reason: 'cancelled before it started',
    });
    if (!outcome.ok)
      throw new ProblemException(
        'conflict',
        `Job ${id} is ${outcome.status ?? job.status} and cannot be cancelled`,
      );
    return outcome.job;
  }

  /** A new job for the same trigger, linked to the one it retries. */
  async retry(id: string, correlationId: string): Promise<Submitted> {
    const job = await this.store.get(id);
    if (!job) throw ProblemException.notFound(`Job ${id}`);
    if (job.status === 'pending' || job.status === 'running')
      throw new ProblemException('conflict', `Job ${id} is still ${job.status}`);
    return this.intake.submit(triggerOf(job), { semanticDedupe: false, correlationId, retryOf: id });
  }
}

/** The trigger a job was made from, without its run state. */
function triggerOf(job: JobRecord): JobTriggerDto {
  const { forge, event, repository, clone_url, ref, ref_kind, branch, tag, sha, author, pull_request } = job;
  return { forge, event, repository, clone_url, ref, ref_kind, branch, tag, sha, author, pull_request };
}

function waitingReason(position: number | null): string {
  if (position === null) return 'waiting to be queued';
  return position === 1
    ? 'next in line for a free runner'
    : `waiting behind ${position - 1} pending job(s) for a free runner`;
}
