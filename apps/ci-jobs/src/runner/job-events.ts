import { Inject, Injectable } from '@nestjs/common';
import type { CI_STREAMS, CiJobFinished } from '@slipway/contracts';
import { StreamProducer } from '@slipway/streams';
import { RunnerConfig } from '../config';
import type { JobRecord } from '../jobs/job-store';

/**
 * Tells the cost service that a job this runner executed has ended (`ci.job-events`), with its
 * runner time and executor class. The envelope id is the job's, so a repeated report is one event.
 */
@Injectable()
export class JobEvents {
  constructor(
    @Inject(StreamProducer) private readonly producer: StreamProducer<typeof CI_STREAMS>,
    @Inject(RunnerConfig) private readonly settings: Pick<RunnerConfig, 'RUNNER_EXECUTOR'>,
  ) {}

  async finished(job: JobRecord, status: CiJobFinished['status']): Promise<void> {
    const startedAt = job.started_at ?? job.created_at;
    const finishedAt = job.finished_at ?? new Date().toISOString();
    await this.producer.emit(
      'ci.job-events',
      {
        job_id: job.id,
        status,
        executor: this.settings.RUNNER_EXECUTOR,
        clone_url: job.clone_url,
        started_at: startedAt,
        finished_at: finishedAt,
        duration_ms: Math.max(0, Date.parse(finishedAt) - Date.parse(startedAt)),
      },
      { id: `ci.job-finished:${job.id}` },
    );
  }
}
