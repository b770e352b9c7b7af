import type { BatchOperationDto, PatchOp, PatchSetDto } from '@slipway/contracts';
import type { ProjectSnapshot, TaskSnapshot } from '../snapshot';
import type { PatchCheck } from '../validation/patch-validator';
import { givenFields } from '../validation/check-scope';
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
  /** The operations that undo this one, newest first, each at the version this one leaves: given the refs → ids of its run. */
  inverse(refs: Record<string, string>): BatchOperationDto[];
}

type Undo = (refs: Record<string, string>) => BatchOperationDto;
type TaskFields = Pick<
  TaskSnapshot,
  'title' | 'description' | 'type' | 'priority' | 'status' | 'assignee' | 'payload' | 'parent_id'
>;

/**
 * Turns a checked PatchSet into batch operations: every write of an existing record pinned to the
 * version it was checked at (If-Match), so a change made in between fails the whole batch; a
 * delete_task's removals (subtasks deepest first, then the edges naming them) spelled out.
 */
export function planBatch(
  patch: PatchSetDto,
  check: PatchCheck,
  snapshot: ProjectSnapshot | null,
): BatchPlan {
  const operations: BatchOperationDto[] = [];
  const undo: Undo[] = [];
  const startRuns: string[] = [];
  const versions = new Map<string, number>();
  const fields = new Map<string, TaskFields>();
  for (const task of snapshot?.tasks ?? []) {
    versions.set(task.id, task.version);
    fields.set(task.id, { ...task });
  }
  let projectVersion = snapshot?.project.version ?? 0;
  let projectKey = snapshot?.project.id ?? '';

  /** Pins a write of an existing task to its version, and counts the write. */
  const pin = (id: string): number => {
    const version = versions.get(id) ?? 1;
    versions.set(id, version + 1);
    return version;
  };
  const withKey = (
    body: Record<string, unknown>,
    refs: Record<string, string>,
    field: string,
    key: string | null | undefined,
  ) => {
    if (key === undefined) return;
    if (key !== null && isRef(key)) refs[field] = batchRef(key);
    else body[field] = key;
  };
  const removeEdge = (edge: PlannedEdge) => {
    const target = edge.existing ? { id: edge.existing.id } : { id_ref: edgeRef(edge.createdBy ?? -1) };
    operations.push({
      method: 'delete',
      resource: 'task_dependencies',
      ...target,
      ...(edge.existing ? { if_match: 1 } : {}),
    });
    undo.push((refs) => ({
      method: 'create',
      resource: 'task_dependencies',
      body: {
        project_id: resolve(projectKey, refs),
        task_id: resolve(edge.task, refs),
        depends_on_id: resolve(edge.dependsOn, refs),
      },
    }));
  };

  for (const [index, op] of patch.ops.entries()) {
    switch (op.op) {
      case 'create_project': {
        projectKey = op.ref;
        const body = { name: op.name, description: op.description, modules: op.modules ?? [] };
        operations.push({
          ref: batchRef(op.ref),
          method: 'create',
          resource: 'projects',
          body: defined(body),
        });
        undo.push((refs) => ({
          method: 'delete',
          resource: 'projects',
          id: resolve(op.ref, refs),
          if_match: 1,
        }));
        break;
      }
      case 'update_project': {
        const before = snapshot?.project;
        const body: Record<string, unknown> = Object.fromEntries(givenFields(op.set));
        for (const field of op.unset ?? []) body[field] = null;
        const version = projectVersion;
        projectVersion += 1;
        operations.push({ method: 'update', resource: 'projects', id: op.project, if_match: version, body });
        const previous = Object.fromEntries(
          Object.keys(body).map((f) => [f, before?.[f as keyof typeof before] ?? null]),
        );
        undo.push(() => ({
          method: 'update',
          resource: 'projects',
          id: op.project,
          if_match: version + 1,
          body: previous,
        }));
        break;
      }
      case 'create_task': {
        const body: Record<string, unknown> = defined({
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
        withKey(body, refs, 'project_id', op.project);
        withKey(body, refs, 'parent_id', op.parent);
        operations.push({
          ref: batchRef(op.ref),
          method: 'create',
          resource: 'tasks',
          body,
          ...(Object.keys(refs).length ? { refs } : {}),
        });
        undo.push((ids) => ({ method: 'delete', resource: 'tasks', id: resolve(op.ref, ids), if_match: 1 }));
        if (op.start_run === true) startRuns.push(op.ref);
        break;
      }
      case 'update_task':
      case 'move_task':
        planTaskChange(op, operations, undo, pin, fields, withKey);
        if (op.op === 'update_task' && op.start_run === true) startRuns.push(op.task);
        break;
      case 'delete_task': {
        const deletion = check.deletions.get(index);
        for (const edge of deletion?.edges ?? []) removeEdge(edge);
        for (const task of deletion?.tasks ?? []) {
          const version = pin(task.key);
          operations.push({ method: 'delete', resource: 'tasks', id: task.key, if_match: version });
          undo.push(() => ({ method: 'restore', resource: 'tasks', id: task.key, if_match: version + 1 }));
        }
        break;
      }
      case 'add_dependency': {
        const body: Record<string, unknown> = {};
        const refs: Record<string, string> = {};
        withKey(body, refs, 'project_id', projectKey);
        withKey(body, refs, 'task_id', op.task);
        withKey(body, refs, 'depends_on_id', op.depends_on);
        operations.push({
          ref: edgeRef(index),
          method: 'create',
          resource: 'task_dependencies',
          body,
          ...(Object.keys(refs).length ? { refs } : {}),
        });
        undo.push((ids) => ({
          method: 'delete',
          resource: 'task_dependencies',
          id: ids[edgeRef(index)],
          if_match: 1,
        }));
        break;
      }
      case 'remove_dependency': {
        const edge = check.removedEdges.get(index);
        if (edge) removeEdge(edge);
        break;
      }
    }
  }
  return {
    operations,
    startRuns,
    inverse: (refs) => [...undo].reverse().map((make) => make(refs)),
  };
}

const defined = (values: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

/** An update or a move of an existing task: the write, and the write that restores the fields it changed. */
function planTaskChange(
  op: Extract<PatchOp, { op: 'update_task' | 'move_task' }>,
  operations: BatchOperationDto[],
  undo: Undo[],
  pin: (id: string) => number,
  fields: Map<string, TaskFields>,
  withKey: (
    body: Record<string, unknown>,
    refs: Record<string, string>,
    field: string,
    key: string | null | undefined,
  ) => void,
): void {
  const body: Record<string, unknown> = {};
  const refs: Record<string, string> = {};
  if (op.op === 'update_task') {
    Object.assign(body, Object.fromEntries(givenFields(op.set)));
    for (const field of op.unset ?? []) body[field] = null;
  } else withKey(body, refs, 'parent_id', op.parent);
  const current = fields.get(op.task);
  const changed = [...Object.keys(body), ...Object.keys(refs)];
  const previous = Object.fromEntries(changed.map((f) => [f, current?.[f as keyof TaskFields] ?? null]));
  if (current) fields.set(op.task, { ...current, ...body } as TaskFields);
  const version = pin(op.task);
  operations.push({
    method: 'update',
    resource: 'tasks',
    id: op.task,
    if_match: version,
    body,
    ...(Object.keys(refs).length ? { refs } : {}),
  });
  undo.push(() => ({
    method: 'update',
    resource: 'tasks',
    id: op.task,
    if_match: version + 1,
    body: previous,
  }));
}
