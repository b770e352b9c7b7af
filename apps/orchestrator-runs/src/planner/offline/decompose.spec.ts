import type { CreateTaskOp, PatchOp } from '@slipway/contracts';
import type { ProjectSnapshot } from '../snapshot';
import { decomposeTask } from './decompose';
import { generatePlan } from './generate';
import { snapshotFromOps, taskTitled } from './snapshot-fixture';

const snapshot = snapshotFromOps(
  generatePlan({ idea: 'A shop with Stripe payments and email notifications.', maxTasks: 60 }).ops,
);
const creates = (ops: readonly PatchOp[]): CreateTaskOp[] =>
  ops.filter((op): op is CreateTaskOp => op.op === 'create_task');
const chain = (ops: readonly PatchOp[]) =>
  ops.flatMap((op) => (op.op === 'add_dependency' ? [[op.task, op.depends_on]] : []));

/** The snapshot with one task's fields replaced. */
function changed(title: string, fields: Partial<ProjectSnapshot['tasks'][number]>): ProjectSnapshot {
  return {
    ...snapshot,
    tasks: snapshot.tasks.map((task) => (task.title === title ? { ...task, ...fields } : task)),
  };
}

describe('decompose', () => {
  const checkout = taskTitled(snapshot, 'Checkout flow');

  it('creates the given number of subtasks under the task, each waiting for the one before', () => {
    const { ops, warnings } = decomposeTask({ snapshot, taskId: checkout.id, count: 4 });
    expect(warnings).toEqual([]);
    const created = creates(ops);
    expect(created.map((op) => op.title)).toEqual([
      'Design checkout flow',
      'Implement checkout flow',
      'Test checkout flow',
      'Document checkout flow',
    ]);
    expect(created.every((op) => op.parent === checkout.id && op.project === snapshot.project.id)).toBe(true);
    expect(created.every((op) => op.priority === checkout.priority)).toBe(true);
    expect(created[0].payload).toEqual({ phase: 'feature', estimate_points: 1, feature: 'payments' });
    expect(chain(ops)).toEqual([
      ['$t2', '$t1'],
      ['$t3', '$t2'],
      ['$t4', '$t3'],
    ]);
  });

  it('honours counts up to 12 and clamps beyond, saying so', () => {
    expect(creates(decomposeTask({ snapshot, taskId: checkout.id, count: 12 }).ops)).toHaveLength(12);
    const clamped = decomposeTask({ snapshot, taskId: checkout.id, count: 30 });
    expect(creates(clamped.ops)).toHaveLength(12);
    expect(clamped.warnings).toEqual([expect.objectContaining({ code: 'count_clamped' })]);
  });

  it('estimates the count from the description, the features it mentions and the estimate', () => {
    const small = changed('Checkout flow', { description: 'One button.', payload: { estimate_points: 1 } });
    const large = changed('Checkout flow', {
      description: `Cards, wallets, invoices, email receipts and a search of past orders. ${'Details. '.repeat(120)}`,
      payload: { estimate_points: 8 },
    });
    const count = (on: ProjectSnapshot) =>
      creates(decomposeTask({ snapshot: on, taskId: checkout.id }).ops).length;
    expect(count(small)).toBe(2);
    expect(count(large)).toBe(8);
    expect(count(snapshot)).toBeGreaterThanOrEqual(2);
    expect(count(snapshot)).toBeLessThanOrEqual(8);
  });

  it('splits a task named after a feature by that feature’s template', () => {
    const lone = changed('Payments', { title: 'Search', description: null, payload: {} });
    const search = taskTitled(lone, 'Search');
    const bare: ProjectSnapshot = {
      ...lone,
      tasks: lone.tasks.filter((task) => task.parent_id !== search.id),
    };
    const { ops, rationale } = decomposeTask({ snapshot: bare, taskId: search.id });
    expect(creates(ops).map((op) => op.title)).toEqual([
      'Search index and ingestion',
      'Search API with filters and sorting',
      'Search UI with autocomplete',
      'Search relevance tests',
    ]);
    expect(rationale).toContain('the Search template');
  });

  it('skips a subtask that already exists, and the next one waits for it', () => {
    const existing = changed('Email delivery', {
      title: 'Design checkout flow',
      parent_id: checkout.id,
    });
    const twin = taskTitled(existing, 'Design checkout flow');
    const { ops, warnings } = decomposeTask({ snapshot: existing, taskId: checkout.id, count: 3 });
    expect(creates(ops).map((op) => op.title)).toEqual(['Implement checkout flow', 'Test checkout flow']);
    expect(chain(ops)).toEqual([
      ['$t1', twin.id],
      ['$t2', '$t1'],
    ]);
    expect(warnings).toEqual([
      { code: 'already_exists', message: '"Design checkout flow" already exists under "Checkout flow"' },
    ]);
  });

  it('carries the guidance into the descriptions', () => {
    const { ops } = decomposeTask({
      snapshot,
      taskId: checkout.id,
      count: 2,
      guidance: 'Cards only at first.',
    });
    expect(creates(ops).every((op) => op.description?.endsWith('Guidance: Cards only at first.'))).toBe(true);
  });

  it('proposes nothing for a task outside the project', () => {
    const { ops, warnings } = decomposeTask({ snapshot, taskId: '00000000-0000-4000-8000-0000000fffff' });
    expect(ops).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'not_found' })]);
  });
});
