import { Inject, Injectable } from '@nestjs/common';
import type { EngineeringTaskAnnounced } from '@slipway/contracts';
import { AdmissionRefusedError } from '@slipway/cost-client';
import { DataApiClient, type Schemas } from '@slipway/data-client';
import { AppLogger } from '@slipway/platform';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';
import { OrchestratorConfig } from '../config';
import { RunRecords, type RunRecord } from '../records/run-records';
import { CREATED_STATUS, RunLauncher } from './run-launcher';

/** Runs after which a task may start another. */
export const ENDED_WITHOUT_DELIVERY: ReadonlySet<string> = new Set(['failed', 'crashed', 'cancelled']);

/** How long a task's claim stands; the task's result names its run long before. */
const TASK_CLAIM_SECONDS = 86_400;

/**
 * engineering:queue — a task of type engineering starts an auto run of ENGINEERING_PROFILE for its
 * project; a run cost-api does not admit leaves the task blocked with the reason.
 */
@Injectable()
export class EngineeringTaskRuns {
  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunLauncher) private readonly launcher: RunLauncher,
    @Inject(DataApiClient) private readonly dataApi: DataApiClient,
    @Inject(REDIS) private readonly redis: Redis,
    /** Key prefix of the claims that make a task start one run however often it is announced. */
    @Inject(REDIS_PREFIX) private readonly redisPrefix: string,
    @Inject(OrchestratorConfig) private readonly settings: Pick<OrchestratorConfig, 'ENGINEERING_PROFILE'>,
    @Inject(AppLogger) private readonly logger: AppLogger,
  ) {}

  /** The task's run, started once however often the task is announced; null for a task of another type. */
  async startForTask(message: EngineeringTaskAnnounced): Promise<RunRecord | null> {
    const { data: task } = await this.dataApi.get('/api/tasks/{id}', {
      params: { path: { id: message.task_id } },
    });
    if (task.type !== 'engineering' || task.status === 'done' || task.status === 'cancelled') return null;
    // The run names its task in a typed field; the task's own result is anyone's to write. A run that
    // failed, crashed or was cancelled leaves the task free to start another.
    const existing = await this.records.runOfTask(task.id);
    if (existing && !ENDED_WITHOUT_DELIVERY.has(existing.status)) return existing;
    // Announcements of one task arriving together: the first claims it, the others leave it be.
    const claim = `${this.redisPrefix}runs:engineering-task:${task.id}:${existing?.id ?? 'first'}`;
    if ((await this.redis.set(claim, '1', 'EX', TASK_CLAIM_SECONDS, 'NX')) === null) return null;
    try {
      return await this.startRunForTask(task, message);
    } catch (error) {
      await this.redis.del(claim);
      if (!(error instanceof AdmissionRefusedError)) throw error;
      await this.block(task, error);
      return null;
    }
  }

  /** cost-api refused the task's run (a quota used up, say): the task says why; announcing it again retries. */
  private async block(task: Schemas['TaskDto'], refusal: AdmissionRefusedError): Promise<void> {
    const reason = `${refusal.code === 'quota_exceeded' ? 'quota exceeded' : 'not admitted'}: ${refusal.detail}`;
    await this.dataApi.patch('/api/tasks/{id}', {
      params: { path: { id: task.id } },
      body: { status: 'blocked', result: { error: reason } },
    });
    this.logger.warn({ task_id: task.id, code: refusal.code }, `engineering task's run ${reason}`);
  }

  private async startRunForTask(
    task: Schemas['TaskDto'],
    message: EngineeringTaskAnnounced,
  ): Promise<RunRecord> {
    const { data: project } = await this.dataApi.get('/api/projects/{id}', {
      // The task's own project (and its owner), whatever the message says.
      params: { path: { id: task.project_id } },
    });
    const profile = message.profile ?? this.settings.ENGINEERING_PROFILE;
    this.launcher.assertProfile(profile);
    const run = await this.launcher.record({
      profile,
      intake: [task.title, task.description].filter(Boolean).join('\n\n'),
      project_name: project.name,
      project_id: project.id,
      owner_id: project.owner_id,
      mode: 'auto',
      status: CREATED_STATUS,
      task_id: task.id,
    });
    await this.dataApi.patch('/api/tasks/{id}', {
      params: { path: { id: task.id } },
      body: { status: 'in_progress', result: { run_id: run.id } },
    });
    await this.launcher.launch(run, []);
    this.logger.info({ run_id: run.id, task_id: task.id }, 'engineering task started a run');
    return run;
  }
}
