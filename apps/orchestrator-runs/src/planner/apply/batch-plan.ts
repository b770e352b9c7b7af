import type { BatchOperationDto, PatchOp, PatchSetDto } from '@slipway/contracts';
import type { ProjectSnapshot, TaskSnapshot } from '../snapshot';
import { givenFields } from '../validation/check-scope';
import type { PatchCheck } from '../validation/patch-validator';
import type { PlannedEdge } from '../validation/projected-plan';

/** The batch ref of a PatchSet ref (`$t1` → `p_t1`); dependencies a PatchSet creates are `d_<op index>`. */
export const batchRef = (ref: string): string => `p_${ref.slice(1)}`;
const edgeRef = (index: number): string => `d_${index}`;
const isRef = (key: string) => key.startsWith('$');

/** The id a key names once the batch ran: itself, or the id its ref got. */
export function resolve(key: string, refs: Record<string, string>): string {
  if (!isRef(key)) return key;
  const id = refs[batchRef(key)];
  if (id === undefined) throw new Error(`the batch answered no id for ${key}`);
  return id;
}

/** What a checked PatchSet sends to data-api's /api/batch, and how to take it back once it ran. */
export interface BatchPlan {
  operations: BatchOperationDto[];
  /** Tasks (ids or refs) whose operations asked for a run. */
  startRuns: string[];
  /** The operations that undo this one, newest first, each pinned to the version it meets: given the refs → ids of its run. */
  inverse(refs: Record<string, string>): BatchOperationDto[];
}

/** One step of the undo: the record it writes (for its version) and how to write it once the ids are known. */
interface UndoStep {
  record: string;
  make(refs: Record<string, string>, version: number): BatchOperationDto;
}

type TaskFields = Pick<
  TaskSnapshot,
  'title' | 'description' | 'type' | 'priority' | 'status' | 'assignee' | 'payload' | 'parent_id'
>;

const defined = (values: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

/**
 * Turns a checked PatchSet into batch operations: every write of an existing record pinned to the
 * version it was checked at (If-Match), so a change made in between fails the whole batch; a
 * delete_task's removals (subtasks deepest first, the edges naming them) spelled out; an edge the
 * PatchSet both creates and removes left out. The undo walks the writes backwards, each pinned to
 * the version the later ones (and their undo) leave.
 */
class BatchPlanner {
  readonly operations: BatchOperationDto[] = [];
  readonly startRuns: string[] = [];
  private readonly undo: UndoStep[] = [];
  private readonly versions = new Map<string, number>();
  private readonly fields = new Map<string, TaskFields>();
  private projectKey: string;
  private readonly projectFields: Record<string, unknown>;
  /** add_dependency operations whose edge a later delete_task removes again: neither is written. */
  private readonly cancelled = new Set<number>();

  constructor(
    private readonly check: PatchCheck,
    snapshot: ProjectSnapshot | null,
  ) {
    for (const task of snapshot?.tasks ?? []) {
      this.versions.set(`task:${task.id}`, task.version);
      this.fields.set(task.id, { ...task });
    }
    for (const edge of snapshot?.dependencies ?? []) this.versions.set(`edge:${edge.id}`, edge.version);
    if (snapshot) this.versions.set(`project:${snapshot.project.id}`, snapshot.project.version);
    this.projectKey = snapshot?.project.id ?? '';
    this.projectFields = snapshot ? { ...snapshot.project } : {};
    for (const deletion of check.deletions.values())
      for (const edge of deletion.edges) if (edge.createdBy !== undefined) this.cancelled.add(edge.createdBy);
  }

  plan(patch: PatchSetDto): BatchPlan {
    for (const [index, op] of patch.ops.entries()) this.add(index, op);
    const after = new Map(this.versions);
    const steps = [...this.undo].reverse();
    return {
      operations: this.operations,
      startRuns: this.startRuns,
      inverse: (refs) =>
        steps.map((step) => {
          const version = after.get(step.record) ?? 1;
          after.set(step.record, version + 1);
          return step.make(refs, version);
        }),
    };
  }

  /** The version a write of `record` must meet; the write then counts one. */
  private pin(record: string): number {
    const version = this.versions.get(record) ?? 1;
    this.versions.set(record, version + 1);
    return version;
  }

  /** A key (id or ref) into a body field, or into `refs` for data-api to fill. */
  private key(
    body: Record<string, unknown>,
    refs: Record<string, string>,
    field: string,
    key: string | null | undefined,
  ) {
    if (key === undefined) return;
    if (key !== null && isRef(key)) refs[field] = batchRef(key);
    else body[field] = key;
  }

  private push(operation: BatchOperationDto, refs: Record<string, string> = {}): void {
    this.operations.push(Object.keys(refs).length > 0 ? { ...operation, refs } : operation);
  }

  private add(index: number, op: PatchOp): void {
    switch (op.op) {
      case 'create_project':
        this.projectKey = op.ref;
        this.push({
          ref: batchRef(op.ref),
          method: 'create',
          resource: 'projects',
          body: defined({ name: op.name, description: op.description, modules: op.modules ?? [] }),
        });
        this.undo.push({
          record: `project:${op.ref}`,
          make: (refs, version) => ({
            method: 'delete',
            resource: 'projects',
            id: resolve(op.ref, refs),
            if_match: version,
          }),
        });
        this.versions.set(`project:${op.ref}`, 1);
        return;
      case 'update_project': {
        const body = {
          ...Object.fromEntries(givenFields(op.set)),
          ...Object.fromEntries((op.unset ?? []).map((f) => [f, null])),
        };
        const record = `project:${op.project}`;
        const previous = this.projectBefore(body);
        this.push({
          method: 'update',
          resource: 'projects',
          id: op.project,
          if_match: this.pin(record),
          body,
        });
        this.undo.push({
          record,
          make: (_refs, version) => ({
            method: 'update',
            resource: 'projects',
            id: op.project,
            if_match: version,
            body: previous,
          }),
        });
        return;
      }
      case 'create_task': {
        const body = defined({
          title: op.title,
          description: op.description,
          type: op.type ?? 'engineering',
          priority: op.priority,
          status: op.status,
          assignee: op.assignee,
          // Tasks written in one transaction share their created_at: the position keeps the plan's order.
          payload: { ...op.payload, position: index },
        });
        const refs: Record<string, string> = {};
        this.key(body, refs, 'project_id', op.project);
        this.key(body, refs, 'parent_id', op.parent);
        this.push({ ref: batchRef(op.ref), method: 'create', resource: 'tasks', body }, refs);
        this.versions.set(`task:${op.ref}`, 1);
        this.undo.push({
          record: `task:${op.ref}`,
          make: (ids, version) => ({
            method: 'delete',
            resource: 'tasks',
            id: resolve(op.ref, ids),
            if_match: version,
          }),
        });
        if (op.start_run === true) this.startRuns.push(op.ref);
        return;
      }
      case 'update_task':
      case 'move_task':
        this.changeTask(op);
        if (op.op === 'update_task' && op.start_run === true) this.startRuns.push(op.task);
        return;
      case 'delete_task': {
        const deletion = this.check.deletions.get(index);
        for (const edge of deletion?.edges ?? []) this.removeEdge(edge);
        for (const task of deletion?.tasks ?? []) {
          const record = `task:${task.key}`;
          this.push({ method: 'delete', resource: 'tasks', id: task.key, if_match: this.pin(record) });
          this.undo.push({
            record,
            make: (_refs, version) => ({
              method: 'restore',
              resource: 'tasks',
              id: task.key,
              if_match: version,
            }),
          });
        }
        return;
      }
      case 'add_dependency': {
        if (this.cancelled.has(index)) return;
        const body: Record<string, unknown> = {};
        const refs: Record<string, string> = {};
        this.key(body, refs, 'project_id', this.projectKey);
        this.key(body, refs, 'task_id', op.task);
        this.key(body, refs, 'depends_on_id', op.depends_on);
        this.push({ ref: edgeRef(index), method: 'create', resource: 'task_dependencies', body }, refs);
        this.versions.set(`edge:${edgeRef(index)}`, 1);
        this.undo.push({
          record: `edge:${edgeRef(index)}`,
          make: (ids, version) => ({
            method: 'delete',
            resource: 'task_dependencies',
            id: ids[edgeRef(index)],
            if_match: version,
          }),
        });
        return;
      }
      case 'remove_dependency': {
        const edge = this.check.removedEdges.get(index);
        if (edge) this.removeEdge(edge);
        return;
      }
    }
  }

  /** A stored edge deleted (an edge this PatchSet created and removes again is never written at all). */
  private removeEdge(edge: PlannedEdge): void {
    if (!edge.existing) return;
    const { id } = edge.existing;
    this.push({ method: 'delete', resource: 'task_dependencies', id, if_match: this.pin(`edge:${id}`) });
    const projectKey = this.projectKey;
    this.undo.push({
      record: `edge:${id}`,
      make: (refs) => ({
        method: 'create',
        resource: 'task_dependencies',
        body: {
          project_id: resolve(projectKey, refs),
          task_id: resolve(edge.task, refs),
          depends_on_id: resolve(edge.dependsOn, refs),
        },
      }),
    });
  }

  /** An update or a move of an existing task: the write, and the write that restores the fields it changed. */
  private changeTask(op: Extract<PatchOp, { op: 'update_task' | 'move_task' }>): void {
    const body: Record<string, unknown> = {};
    const refs: Record<string, string> = {};
    if (op.op === 'update_task') {
      Object.assign(body, Object.fromEntries(givenFields(op.set)));
      for (const field of op.unset ?? []) body[field] = null;
    } else this.key(body, refs, 'parent_id', op.parent);
    const current = this.fields.get(op.task);
    const changed = [...Object.keys(body), ...Object.keys(refs)];
    const previous = Object.fromEntries(changed.map((f) => [f, current?.[f as keyof TaskFields] ?? null]));
    if (current) this.fields.set(op.task, { ...current, ...body } as TaskFields);
    const record = `task:${op.task}`;
    this.push({ method: 'update', resource: 'tasks', id: op.task, if_match: this.pin(record), body }, refs);
    this.undo.push({
      record,
      make: (_refs, version) => ({
        method: 'update',
        resource: 'tasks',
        id: op.task,
        if_match: version,
        body: previous,
      }),
    });
  }

  /** The project's values of the fields an update sets, as the earlier operations left them; then the update's. */
  private projectBefore(body: Record<string, unknown>): Record<string, unknown> {
    const previous = Object.fromEntries(
      Object.keys(body).map((field) => [field, this.projectFields[field] ?? null]),
    );
    Object.assign(this.projectFields, body);
    return previous;
  }
}

export function planBatch(
  patch: PatchSetDto,
  check: PatchCheck,
  snapshot: ProjectSnapshot | null,
): BatchPlan {
  return new BatchPlanner(check, snapshot).plan(patch);
}
