import type { BatchOperationDto, PatchOp, PatchSetDto } from '@slipway/contracts';
import { randomUUID } from 'node:crypto';
import type { ProjectSnapshot, TaskSnapshot } from '../snapshot';
import { givenFields } from '../validation/check-scope';
import type { PatchCheck } from '../validation/patch-validator';
import type { PlannedEdge } from '../validation/projected-plan';

const isRef = (key: string) => key.startsWith('$');

/** What a checked PatchSet sends to data-api's /api/batch, and how to take it back once it ran. */
export interface BatchPlan {
  operations: BatchOperationDto[];
  /** The id each record the PatchSet creates is written under (chosen here: the undo is known before the apply runs). */
  refs: Record<string, string>;
  /** Tasks whose operations asked for a run. */
  startRuns: string[];
  /** The operations that undo this one, newest first, each pinned to the version it meets. */
  inverse: BatchOperationDto[];
}

/** One step of the undo: the record it writes (for its version) and how. */
interface UndoStep {
  record: string;
  make(version: number): BatchOperationDto;
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
  /** The id of each ref the PatchSet creates, and of each edge it adds (by `d_<op index>`). */
  private readonly ids = new Map<string, string>();
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
    const inverse = [...this.undo].reverse().map((step) => {
      const version = after.get(step.record) ?? 1;
      after.set(step.record, version + 1);
      return step.make(version);
    });
    const refs = Object.fromEntries([...this.ids].filter(([key]) => isRef(key)));
    return {
      operations: this.operations,
      refs,
      startRuns: this.startRuns.map((key) => this.id(key)),
      inverse,
    };
  }

  /** The id a key names: itself, or the id chosen for its ref. */
  private id(key: string): string {
    return isRef(key) ? (this.ids.get(key) as string) : key;
  }

  /** A new id for a ref (or an edge) the PatchSet creates. */
  private mint(key: string): string {
    const id = randomUUID();
    this.ids.set(key, id);
    return id;
  }

  /** The version a write of `record` must meet; the write then counts one. */
  private pin(record: string): number {
    const version = this.versions.get(record) ?? 1;
    this.versions.set(record, version + 1);
    return version;
  }

  private push(operation: BatchOperationDto): void {
    this.operations.push(operation);
  }

  private add(index: number, op: PatchOp): void {
    switch (op.op) {
      case 'create_project': {
        this.projectKey = op.ref;
        const id = this.mint(op.ref);
        const body = defined({ id, name: op.name, description: op.description, modules: op.modules ?? [] });
        this.push({ method: 'create', resource: 'projects', body });
        this.created(`project:${op.ref}`, (version) => ({
          method: 'delete',
          resource: 'projects',
          id,
          if_match: version,
        }));
        return;
      }
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
          make: (version) => ({
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
        const id = this.mint(op.ref);
        const body = defined({
          id,
          project_id: this.id(op.project),
          parent_id: op.parent === undefined ? undefined : this.id(op.parent),
          title: op.title,
          description: op.description,
          type: op.type ?? 'engineering',
          priority: op.priority,
          status: op.status,
          assignee: op.assignee,
          payload: op.payload,
          // Tasks written in one transaction share their created_at: the position keeps the plan's order.
          position: index,
        });
        this.push({ method: 'create', resource: 'tasks', body });
        this.created(`task:${op.ref}`, (version) => ({
          method: 'delete',
          resource: 'tasks',
          id,
          if_match: version,
        }));
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
            make: (version) => ({ method: 'restore', resource: 'tasks', id: task.key, if_match: version }),
          });
        }
        return;
      }
      case 'add_dependency': {
        if (this.cancelled.has(index)) return;
        const id = this.mint(`d_${index}`);
        const body = {
          id,
          project_id: this.id(this.projectKey),
          task_id: this.id(op.task),
          depends_on_id: this.id(op.depends_on),
        };
        this.push({ method: 'create', resource: 'task_dependencies', body });
        this.created(`edge:${id}`, (version) => ({
          method: 'delete',
          resource: 'task_dependencies',
          id,
          if_match: version,
        }));
        return;
      }
      case 'remove_dependency': {
        const edge = this.check.removedEdges.get(index);
        if (edge) this.removeEdge(edge);
        return;
      }
    }
  }

  /** A record this PatchSet creates (at version 1); its undo deletes it. */
  private created(record: string, make: (version: number) => BatchOperationDto): void {
    this.versions.set(record, 1);
    this.undo.push({ record, make });
  }

  /** A stored edge deleted (an edge this PatchSet created and removes again is never written at all). */
  private removeEdge(edge: PlannedEdge): void {
    if (!edge.existing) return;
    const { id } = edge.existing;
    this.push({ method: 'delete', resource: 'task_dependencies', id, if_match: this.pin(`edge:${id}`) });
    const body = {
      project_id: this.id(this.projectKey),
      task_id: this.id(edge.task),
      depends_on_id: this.id(edge.dependsOn),
    };
    this.undo.push({
      record: `edge:${id}`,
      make: () => ({ method: 'create', resource: 'task_dependencies', body }),
    });
  }

  /** An update or a move of an existing task: the write, and the write that restores the fields it changed. */
  private changeTask(op: Extract<PatchOp, { op: 'update_task' | 'move_task' }>): void {
    const body: Record<string, unknown> = {};
    if (op.op === 'update_task') {
      Object.assign(body, Object.fromEntries(givenFields(op.set)));
      for (const field of op.unset ?? []) body[field] = null;
    } else body.parent_id = op.parent === null ? null : this.id(op.parent);
    const current = this.fields.get(op.task);
    const previous = Object.fromEntries(
      Object.keys(body).map((f) => [f, current?.[f as keyof TaskFields] ?? null]),
    );
    if (current) this.fields.set(op.task, { ...current, ...body } as TaskFields);
    const record = `task:${op.task}`;
    this.push({ method: 'update', resource: 'tasks', id: op.task, if_match: this.pin(record), body });
    this.undo.push({
      record,
      make: (version) => ({
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
