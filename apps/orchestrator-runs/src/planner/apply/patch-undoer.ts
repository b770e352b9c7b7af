import { Inject, Injectable } from '@nestjs/common';
import type { BatchOperationDto, DiffEntryDto, PatchDiffDto, UndoResultDto } from '@slipway/contracts';
import type { Principal } from '@slipway/identity';
import { Clock, currentRequestId, ProblemException } from '@slipway/platform';
import { PatchSetsService } from '../patch-sets/patch-sets.service';
import { PlannerLocks } from '../planner-locks';
import { batchRefusal } from '../records/data-api-refusals';
import { PatchSetRecords, type ApplicationRecord } from '../records/patch-set-records';
import { ProjectReader } from '../records/project-reader';

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

/** The ids of the records an apply created (its creates name their ids), by kind: its tasks, its edges, all. */
function createdBy(application: ApplicationRecord): {
  tasks: Set<string>;
  edges: Set<string>;
  all: Set<string>;
} {
  const operations = application.operations as unknown as BatchOperationDto[];
  const ids = (resource?: string) =>
    new Set(
      operations
        .filter((op) => op.method === 'create' && (resource === undefined || op.resource === resource))
        .map((op) => String(op.body?.id)),
    );
  return { tasks: ids('tasks'), edges: ids('task_dependencies'), all: ids() };
}

/**
 * Takes an applied PatchSet back with the inverse operations recorded when it was applied, in one
 * batch pinned to the versions the apply left: a record someone edited since is a conflict, never
 * overwritten, and nothing is undone. What people built on the PatchSet's new records since (a
 * subtask under one of its tasks, a dependency on one, a task in its project) is a conflict too.
 */
@Injectable()
export class PatchUndoer {
  constructor(
    @Inject(PatchSetRecords) private readonly records: PatchSetRecords,
    @Inject(PatchSetsService) private readonly patchSets: PatchSetsService,
    @Inject(ProjectReader) private readonly reader: ProjectReader,
    @Inject(PlannerLocks) private readonly locks: PlannerLocks,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  undo(principal: Principal, id: string): Promise<UndoResultDto> {
    return this.locks.patchSet(id, () => this.undoOnce(principal, id));
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
    if (record.project_id) await this.refuseBuiltUpon(principal, record.project_id, application);
    const operations = application.inverse_ops as unknown as BatchOperationDto[];
    await this.records
      .batch(principal, operations, `patch-set:${id}:undo`)
      .catch((error: unknown) => batchRefusal(error, 'records this PatchSet wrote were changed since'));
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
    await this.records.update(record.id, record.version, {
      status: 'undone',
      result: { ...(record.result ?? {}), undone_at: undoneAt },
    });
    return {
      patch_set_id: id,
      status: 'undone',
      undone_at: undoneAt,
      diff: reversed(applied.diff ?? { created: [], updated: [], moved: [], deleted: [] }),
    };
  }

  /** Refuses when records someone added since hang on what the undo deletes. */
  private async refuseBuiltUpon(
    principal: Principal,
    projectId: string,
    application: ApplicationRecord,
  ): Promise<void> {
    const created = createdBy(application);
    const snapshot = await this.reader.snapshot(principal, projectId);
    const projectGoes = created.all.has(projectId);
    const found: { field: string; message: string }[] = [];
    for (const task of snapshot.tasks)
      if (
        !created.tasks.has(task.id) &&
        (projectGoes || (task.parent_id !== null && created.tasks.has(task.parent_id)))
      )
        found.push({
          field: `tasks.${task.id}`,
          message: `"${task.title}" was added since, under what the undo deletes`,
        });
    for (const edge of snapshot.dependencies)
      if (
        !created.edges.has(edge.id) &&
        (created.tasks.has(edge.task_id) || created.tasks.has(edge.depends_on_id))
      )
        found.push({
          field: `task_dependencies.${edge.id}`,
          message: 'a dependency added since names a task the undo deletes',
        });
    if (found.length > 0)
      throw new ProblemException(
        'patch_conflict',
        `${found.length} record(s) added since depend on what this PatchSet created; nothing was undone`,
        found.slice(0, 20),
      );
  }
}
