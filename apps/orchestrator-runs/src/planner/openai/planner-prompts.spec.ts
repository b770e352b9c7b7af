import { PATCH_OP_KINDS } from '@slipway/contracts';
import type { ProjectSnapshot, TaskSnapshot } from '../snapshot';
import {
  chatPrompt,
  compactSnapshot,
  decomposePrompt,
  generatePrompt,
  refinePrompt,
} from './planner-prompts';

const PROJECT = '00000000-0000-4000-8000-000000000001';
const id = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
const task = (n: number, parent: number | null): TaskSnapshot => ({
  id: id(n),
  parent_id: parent === null ? null : id(parent),
  title: `Task ${n}`,
  description: `About task ${n}`,
  type: 'engineering',
  status: n === 4 ? 'done' : 'todo',
  priority: 'medium',
  assignee: null,
  payload: { estimate: n },
  version: n,
  created_at: '2026-01-01T00:00:00.000Z',
});
const SNAPSHOT: ProjectSnapshot = {
  project: {
    id: PROJECT,
    name: 'Shop',
    description: null,
    status: 'active',
    modules: [],
    owner_id: 'u1',
    version: 7,
  },
  tasks: [task(1, null), task(2, 1), task(3, 2), task(4, null)],
  dependencies: [
    { id: id(90), task_id: id(2), depends_on_id: id(3), version: 1 },
    { id: id(91), task_id: id(4), depends_on_id: id(1), version: 1 },
  ],
};

describe('planner prompts', () => {
  it('lists every operation with its fields, optional ones marked, and the rules of the format', () => {
    const { system } = refinePrompt({ snapshot: SNAPSHOT, feedback: 'Add search' });
    for (const kind of PATCH_OP_KINDS) expect(system).toContain(`- ${kind}: `);
    expect(system).toContain('- create_task: ref, project, parent?, title, description?, type?');
    expect(system).toContain('- update_task: task, base_version, expect? {title?,');
    expect(system).toContain('- move_task: task, base_version, parent');
    expect(system).toContain('FROM THE SNAPSHOT');
    expect(system).toContain('priority one of low, medium, high, critical');
    expect(system).toContain('Leave tasks whose status is done untouched');
    expect(system).toContain('{"rationale": string, "ops": [operation, …]}');
  });

  it('shows the snapshot compactly: ids, tree, state and versions, not descriptions or payloads', () => {
    const compact = JSON.parse(compactSnapshot(SNAPSHOT)) as { tasks: object[]; dependencies: object[] };
    expect(compact.tasks[1]).toEqual({
      id: id(2),
      parent: id(1),
      title: 'Task 2',
      status: 'todo',
      priority: 'medium',
      type: 'engineering',
      version: 2,
    });
    expect(compact.dependencies).toEqual([
      { task: id(2), depends_on: id(3) },
      { task: id(4), depends_on: id(1) },
    ]);
  });

  it('asks a generate for a project and at most the tasks allowed', () => {
    const prompt = generatePrompt({ idea: 'A bakery shop', maxTasks: 12, projectName: 'Crumbs' });
    expect(prompt.system).toContain('at most 12 create_task');
    expect(prompt.user).toBe('Idea:\nA bakery shop\n\nProject name: Crumbs');
  });

  it('gives decompose the task and its subtree, and the count or a range to estimate', () => {
    const counted = decomposePrompt({ snapshot: SNAPSHOT, taskId: id(1), count: 3 }, SNAPSHOT.tasks[0]);
    expect(counted.system).toContain('exactly 3 of them');
    expect(counted.user).toContain(`"id":"${id(3)}"`);
    expect(counted.user).not.toContain(`"id":"${id(4)}"`);
    expect(counted.user).toContain('About task 1');
    const estimated = decomposePrompt(
      { snapshot: SNAPSHOT, taskId: id(1), guidance: 'Backend first' },
      SNAPSHOT.tasks[0],
    );
    expect(estimated.system).toContain('between 2 and 8 of them');
    expect(estimated.user).toContain('Subtasks: estimate 2–8 from complexity');
    expect(estimated.user).toContain('Guidance:\nBackend first');
  });

  it('carries the chat context: summary, last turns, what was applied, then the message', () => {
    const { system, user } = chatPrompt({
      snapshot: null,
      summary: 'They want a shop.',
      turns: [
        { role: 'user', content: 'Plan a shop' },
        { role: 'assistant', content: 'Here is a plan.' },
      ],
      applied: [
        { patchSetId: 'ps-1', rationale: 'The first plan', opCount: 9, appliedAt: '2026-01-02T10:00:00Z' },
      ],
      message: 'Add payments',
    });
    expect(system).toContain('{"reply": string, "ops": [operation, …] | null, "rationale": string | null}');
    expect(system).toContain('There is no project yet');
    expect(user).toBe(
      [
        'Snapshot: none (no project yet).',
        'Summary of the earlier conversation:\nThey want a shop.',
        'Last turns:\nuser: Plan a shop\nassistant: Here is a plan.',
        'Already applied — never propose these again:\n- ps-1 (9 operations, applied 2026-01-02T10:00:00Z): The first plan',
        'Message:\nAdd payments',
      ].join('\n\n'),
    );
  });
});
