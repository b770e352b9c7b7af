import { Inject, Injectable } from '@nestjs/common';
import type { TaskRunRequestedDto } from '@slipway/contracts';
import type { Principal } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import { StreamProducer } from '@slipway/streams';
import { ProfileCatalog } from '../../profiles/profile-catalog';
import { RunRecords } from '../../records/run-records';
import type { RunsProducer } from '../../runs-core.module';
import { ENDED_WITHOUT_DELIVERY } from '../../runs/engineering-tasks';
import { ProjectReader } from '../records/project-reader';

/**
 * An engineering task starts a run the seed's way: announced on `engineering:queue`, where the
 * orchestrator's consumer starts it once however often it is announced. The run names its task in
 * a typed field (runs.task_id), never in client data.
 */
@Injectable()
export class TaskRunAnnouncer {
  constructor(
    @Inject(StreamProducer) private readonly producer: RunsProducer,
    @Inject(ProjectReader) private readonly reader: ProjectReader,
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(ProfileCatalog) private readonly profiles: ProfileCatalog,
  ) {}

  /** POST /api/tasks/{id}/runs: the caller's engineering task, announced (or its run, when it has one). */
  async request(
    principal: Principal,
    taskId: string,
    profile: string | undefined,
  ): Promise<TaskRunRequestedDto> {
    const task = await this.reader.task(principal, taskId);
    if (task.type !== 'engineering')
      throw ProblemException.validation([
        { field: 'type', message: `only engineering tasks start runs; this one is ${task.type}` },
      ]);
    if (profile !== undefined && !this.profiles.has(profile))
      throw ProblemException.validation([
        { field: 'profile', message: `unknown profile; known: ${this.profiles.names().join(', ')}` },
      ]);
    const existing = await this.records.runOfTask(task.id);
    if (existing && !ENDED_WITHOUT_DELIVERY.has(existing.status))
      return { task_id: task.id, queued: false, run_id: existing.id };
    if (task.status === 'done' || task.status === 'cancelled')
      throw new ProblemException('conflict', `task ${task.id} is ${task.status}: it starts no run`);
    await this.announce(task.id, task.project_id, profile);
    return { task_id: task.id, queued: true, run_id: null };
  }

  async announce(taskId: string, projectId: string | null, profile?: string): Promise<void> {
    await this.producer.emit('engineering:queue', {
      task_id: taskId,
      ...(projectId ? { project_id: projectId } : {}),
      ...(profile ? { profile } : {}),
    });
  }
}
