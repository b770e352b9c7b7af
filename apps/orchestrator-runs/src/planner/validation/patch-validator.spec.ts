import { PatchSetDto, type PatchOp, type PatchSetEndpoint } from '@slipway/contracts';
import { plainToInstance } from 'class-transformer';
import type { ProjectSnapshot, TaskSnapshot } from '../snapshot';
import { checkPatchSet } from './patch-validator';

const PROJECT = '00000000-0000-4000-8000-000000000001';
const id = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;

function task(n: number, fields: Partial<TaskSnapshot> = {}): TaskSnapshot {
  return {
    id: id(n),
    parent_id: null,
    title: `Task ${n}`,
    description: null,
    type: 'engineering',
    status: 'todo',
    priority: 'medium',
    assignee: null,
    payload: {},
    version: 1,
    created_at: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

/** Tasks 1 (with subtask 2), 3 and 4; 3 waits for 1. */
function snapshot(): ProjectSnapshot {
  return {
    project: {
      id: PROJECT,
      name: 'Shop',
      description: null,
      status: 'active',
      modules: [],
      owner_id: 'u1',
      version: 3,
    },
    tasks: [task(1), task(2, { parent_id: id(1) }), task(3), task(4, { status: 'done', version: 2 })],
    dependencies: [{ id: id(90), task_id: id(3), depends_on_id: id(1), version: 1 }],
  };
}

const patch = (ops: PatchOp[], endpoint: PatchSetEndpoint = 'refine', base = true): PatchSetDto => ({
  id: '00000000-0000-4000-8000-00000000ffff',
  format_version: 1,
  base: base ? { project_id: PROJECT, project_version: 3 } : null,
  source: { endpoint },
  ops,
  rationale: 'test',
});

const errors = (p: PatchSetDto, snap: ProjectSnapshot | null = snapshot()) =>
  checkPatchSet(p, snap)
    .validation.results.filter((r) => r.status === 'error')
    .map((r) => `${r.index}:${r.code}`);

describe('checkPatchSet', () => {
  it('accepts a new project with a task tree and dependencies, and projects the diff', () => {
    const check = checkPatchSet(
      patch(
        [
          { op: 'create_project', ref: '$p', name: 'New' },
          { op: 'create_task', ref: '$t1', project: '$p', title: 'Setup' },
          { op: 'create_task', ref: '$t2', project: '$p', parent: '$t1', title: 'Repo' },
          { op: 'create_task', ref: '$t3', project: '$p', title: 'API' },
          { op: 'add_dependency', task: '$t3', depends_on: '$t1' },
        ],
        'generate',
        false,
      ),
      null,
    );
    expect(check.validation.valid).toBe(true);
    expect(check.validation.results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(check.validation.diff.created.map((c) => `${c.record}:${c.title}`)).toEqual([
      'project:New',
      'task:Setup',
      'task:Repo',
      'task:API',
      'dependency:API → Setup',
    ]);
  });

  it('refuses refs used before they are defined, or defined twice', () => {
    expect(
      errors(
        patch(
          [
            { op: 'create_task', ref: '$t1', project: PROJECT, parent: '$t2', title: 'A' },
            { op: 'create_task', ref: '$t2', project: PROJECT, title: 'B' },
            { op: 'create_task', ref: '$t2', project: PROJECT, title: 'C' },
          ],
          'refine',
        ),
      ),
    ).toEqual(['0:unknown_ref', '2:duplicate_ref']);
  });

  it('refuses ids that are not live tasks of the project, and a second project', () => {
    expect(
      errors(
        patch([
          { op: 'update_task', task: id(77), set: { title: 'x' }, base_version: 1 },
          { op: 'create_task', ref: '$t1', project: '00000000-0000-4000-8000-000000000009', title: 'A' },
          { op: 'create_project', ref: '$p', name: 'Again' },
        ]),
      ),
    ).toEqual(['0:unknown_id', '1:outside_project', '2:project_exists']);
  });

  it('reports a stale base_version and a failed expectation as conflicts, and not an unrelated change', () => {
    const check = checkPatchSet(
      patch([
        { op: 'update_task', task: id(1), base_version: 1, set: { priority: 'high' } },
        { op: 'update_task', task: id(3), base_version: 7, set: { priority: 'high' } },
        {
          op: 'update_task',
          task: id(2),
          base_version: 1,
          expect: { title: 'Other' },
          set: { priority: 'low' },
        },
      ]),
      snapshot(),
    );
    expect(check.validation.valid).toBe(false);
    expect(check.validation.conflicts.map((c) => [c.index, c.expected_version, c.actual_version])).toEqual([
      [1, 7, 1],
      [2, null, 1],
    ]);
    expect(check.validation.results[0]).toMatchObject({ index: 0, status: 'ok' });
  });

  it('refuses a dependency on itself, a duplicate, and one closing a cycle (as the graph would be)', () => {
    expect(
      errors(
        patch([
          { op: 'add_dependency', task: id(1), depends_on: id(1) },
          { op: 'add_dependency', task: id(3), depends_on: id(1) },
          { op: 'create_task', ref: '$t1', project: PROJECT, title: 'New' },
          { op: 'add_dependency', task: '$t1', depends_on: id(3) },
          { op: 'add_dependency', task: id(1), depends_on: '$t1' },
        ]),
      ),
    ).toEqual(['0:self_dependency', '1:duplicate_dependency', '4:dependency_cycle']);
  });

  it('refuses moving a task under its own subtask, and nesting beyond the depth limit', () => {
    expect(errors(patch([{ op: 'move_task', task: id(1), parent: id(2), base_version: 1 }]))).toEqual([
      '0:cycle',
    ]);
    const deep: PatchOp[] = [];
    let parent = id(2);
    for (let n = 1; n <= 5; n += 1) {
      deep.push({ op: 'create_task', ref: `$d${n}`, project: PROJECT, parent, title: `D${n}` });
      parent = `$d${n}`;
    }
    expect(errors(patch(deep))).toEqual(['4:too_deep']);
  });

  it('keeps a model off done tasks and people’s fields, and enforces status transitions', () => {
    expect(
      errors(
        patch([
          { op: 'update_task', task: id(4), base_version: 2, set: { title: 'Redo' } },
          { op: 'update_task', task: id(1), base_version: 1, set: { assignee: 'bob' } },
          { op: 'update_task', task: id(3), base_version: 1, set: { status: 'failed' } },
        ]),
      ),
    ).toEqual(['0:done_task', '1:user_owned_field', '2:invalid_transition']);
    // A person may reopen a done task and assign people.
    expect(
      errors(
        patch(
          [
            { op: 'update_task', task: id(4), base_version: 2, set: { status: 'todo' } },
            { op: 'update_task', task: id(1), base_version: 1, set: { assignee: 'bob' } },
          ],
          'manual',
        ),
      ),
    ).toEqual([]);
  });

  it('refuses deleting a task with subtasks or dependents unless cascade, which takes them along', () => {
    expect(errors(patch([{ op: 'delete_task', task: id(1), base_version: 1 }]))).toEqual([
      '0:has_dependents',
    ]);
    const check = checkPatchSet(
      patch([{ op: 'delete_task', task: id(1), base_version: 1, on_dependents: 'cascade' }]),
      snapshot(),
    );
    expect(check.validation.valid).toBe(true);
    expect(check.deletions.get(0)?.tasks.map((t) => t.key)).toEqual([id(2), id(1)]);
    expect(check.validation.diff.deleted.map((d) => d.record)).toEqual(['task', 'task', 'dependency']);
  });

  it('refuses removing a dependency that does not exist, and operating on a task deleted earlier', () => {
    expect(
      errors(
        patch([
          { op: 'remove_dependency', task: id(1), depends_on: id(3) },
          { op: 'delete_task', task: id(2), base_version: 1 },
          { op: 'update_task', task: id(2), base_version: 1, set: { title: 'Gone' } },
        ]),
      ),
    ).toEqual(['0:unknown_dependency', '2:deleted_by_patch']);
  });

  it('limits the tasks one PatchSet creates and refuses runs for tasks that are not engineering', () => {
    const many: PatchOp[] = Array.from({ length: 151 }, (_, n) => ({
      op: 'create_task' as const,
      ref: `$t${n}`,
      project: PROJECT,
      title: `T${n}`,
    }));
    expect(errors(patch(many))).toEqual(['150:too_many_tasks']);
    expect(
      errors(
        patch([
          {
            op: 'create_task',
            ref: '$t1',
            project: PROJECT,
            title: 'Docs',
            type: 'documentation',
            start_run: true,
          },
        ]),
      ),
    ).toEqual(['0:not_engineering']);
  });

  it('needs a project: a PatchSet without a base must create one', () => {
    expect(
      errors(patch([{ op: 'create_task', ref: '$t1', project: '$p', title: 'A' }], 'generate', false), null),
    ).toEqual(['-1:no_project', '0:unknown_ref']);
  });

  it('judges a PatchSet as the validation pipe builds it (class instances with undeclared fields unset)', () => {
    const built = plainToInstance(
      PatchSetDto,
      patch([
        {
          op: 'update_task',
          task: id(1),
          base_version: 1,
          set: { priority: 'high' },
          unset: ['description'],
        },
      ]),
    );
    const check = checkPatchSet(built, snapshot());
    expect(check.validation.results.map((r) => r.code)).toEqual(['ok']);
    expect(check.validation.diff.updated[0].changes).toEqual({ priority: { from: 'medium', to: 'high' } });
  });

  it('keeps a model from assigning people, building under done tasks, rewiring them, and starting closed tasks', () => {
    expect(
      errors(
        patch([
          { op: 'create_task', ref: '$t1', project: PROJECT, title: 'A', assignee: 'bob' },
          { op: 'create_task', ref: '$t2', project: PROJECT, parent: id(4), title: 'Under done' },
          { op: 'add_dependency', task: id(4), depends_on: id(1) },
          { op: 'update_task', task: id(3), base_version: 1, set: { status: 'cancelled' }, start_run: true },
        ]),
      ),
    ).toEqual(['0:user_owned_field', '1:done_task', '2:done_task', '3:task_closed']);
  });

  it('judges the operations a person kept from a model’s proposal as the model’s', () => {
    const edited = patch(
      [
        { op: 'update_task', task: id(1), base_version: 1, set: { assignee: 'bob' } },
        { op: 'update_task', task: id(2), base_version: 1, set: { assignee: 'carol' } },
      ],
      'manual',
    );
    const kept = new Set([1]);
    expect(
      checkPatchSet(edited, snapshot(), { modelOps: kept })
        .validation.results.filter((r) => r.status === 'error')
        .map((r) => `${r.index}:${r.code}`),
    ).toEqual(['1:user_owned_field']);
  });
});
