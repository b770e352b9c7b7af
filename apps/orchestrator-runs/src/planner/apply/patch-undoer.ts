import { Inject, Injectable } from '@nestjs/common';
import type { BatchOperationDto, DiffEntryDto, PatchDiffDto, UndoResultDto } from '@slipway/contracts';
import { DataApiError } from '@slipway/data-client';
import type { Principal } from '@slipway/identity';
import { Clock, currentRequestId, ProblemException } from '@slipway/platform';
import { RedisLock } from '@slipway/redis';
import { PatchSetsService } from '../patch-sets/patch-sets.service';
import { PatchSetRecords } from '../records/patch-set-records';
import { ProjectReader } from '../records/project-reader';

const LOCK = { holdMs: 120_000, waitMs: 30_000 };

/** What undoing does is the apply's diff turned around: what it created goes, what it deleted returns. */
function reversed(diff: PatchDiffDto): PatchDiffDto {
  const back = (entry: DiffEntryDto): DiffEntryDto => ({
    ...entry,
    ...(entry.changes
      ? {
          changes: Object.fromEntries(
            Object.entries(entry.changes).map(([f, c]) => [f, { from: c.to, to: c.from }]),
          ),
        }
      : {}),
    ...(entry.from_parent !== undefined || entry.to_parent !== undefined
      ? { from_parent: entry.to_parent ?? null, to_parent: entry.from_parent ?? null }
      : {}),
  });
  return {
    created: diff.deleted.map(back),
    updated: diff.updated.map(back),
    moved: diff.moved.map(back),
    deleted: diff.created.map(back),
  };
}

/**
 * Takes an applied PatchSet back with the inverse operations recorded when it was applied, in one
 * batch pinned to the versions the apply left: a record someone edited since is a conflict, never
 * overwritten, and nothing is undone.
 */
@Injectable()
export class PatchUndoer {
  constructor(
    @Inject(PatchSetRecords) private readonly records: PatchSetRecords,
    @Inject(PatchSetsService) private readonly patchSets: PatchSetsService,
    @Inject(ProjectReader) private readonly reader: ProjectReader,
    @Inject(RedisLock) private readonly lock: RedisLock,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  undo(principal: Principal, id: string): Promise<UndoResultDto> {
    const busy = () =>
      new ProblemException('conflict', `PatchSet ${id} is being applied or undone; retry shortly`);
    return this.lock.holding(`planner:patch-set:${id}`, { ...LOCK, busy }, () =>
      this.undoOnce(principal, id),
    );
  }

  private async undoOnce(principal: Principal, id: string): Promise<UndoResultDto> {
    const record = await this.patchSets.owned(principal, id);
    if (record.status !== 'applied')
      throw new ProblemException(
        'patch_set_closed',
        `PatchSet ${id} is ${record.status}: only an applied one is undone`,
      );
    const application = await this.records.lastApplication(id, 'apply');
    if (!application)
      throw new ProblemException('patch_set_closed', `PatchSet ${id} has no recorded application`);
    await this.refuseForeignTasks(principal, record.project_id, application.refs);
    const operations = application.inverse_ops as unknown as BatchOperationDto[];
    try {
      await this.records.batch(principal, operations);
    } catch (error) {
      if (error instanceof DataApiError && [404, 409, 412].includes(error.status))
        throw new ProblemException(
          'patch_conflict',
          `records this PatchSet wrote were changed since; nothing was undone (${error.detail})`,
          [{ field: 'ops', message: error.detail }],
        );
      throw error;
    }
    const undoneAt = this.clock.now().toISOString();
    await this.records.recordApplication({
      patch_set_id: id,
      owner_id: record.owner_id,
      kind: 'undo',
      operations: operations.map((op) => ({ ...op })),
      inverse_ops: [],
      refs: {},
      ...(currentRequestId() ? { request_id: currentRequestId() } : {}),
    });
    const applied = (record.result ?? {}) as { diff?: PatchDiffDto };
    const diff = reversed(applied.diff ?? { created: [], updated: [], moved: [], deleted: [] });
    await this.records.update(record.id, record.version, {
      status: 'undone',
      result: { ...(record.result ?? {}), undone_at: undoneAt },
    });
    return { patch_set_id: id, status: 'undone', undone_at: undoneAt, diff };
  }

  /** A project the PatchSet created goes with the undo: not while it holds tasks someone added since. */
  private async refuseForeignTasks(
    principal: Principal,
    projectId: string | null,
    refs: Record<string, unknown>,
  ): Promise<void> {
    const createdIds = new Set(Object.values(refs).filter((v): v is string => typeof v === 'string'));
    if (!projectId || !createdIds.has(projectId)) return;
    const snapshot = await this.reader.snapshot(principal, projectId);
    const foreign = snapshot.tasks.filter((task) => !createdIds.has(task.id));
    if (foreign.length > 0)
      throw new ProblemException(
        'patch_conflict',
        `the project has ${foreign.length} task(s) added since the PatchSet created it; nothing was undone`,
        foreign
          .slice(0, 20)
          .map((task) => ({ field: `tasks.${task.id}`, message: `"${task.title}" was added since` })),
      );
  }
}
