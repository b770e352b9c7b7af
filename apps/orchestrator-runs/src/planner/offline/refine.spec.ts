import type { CreateTaskOp, PatchOp } from '@slipway/contracts';
import { generatePlan } from './generate';
import { refinePlan } from './refine';
import { snapshotFromOps, taskTitled, withStatuses } from './snapshot-fixture';

const IDEA = `Build a marketplace for handmade goods. Users must sign up and log in with Google.
Sellers should upload photos; buyers pay with Stripe, and could get email notifications.`;
const snapshot = snapshotFromOps(generatePlan({ idea: IDEA, maxTasks: 60 }).ops);
const id = (title: string) => taskTitled(snapshot, title).id;
const refine = (feedback: string, on = snapshot) => refinePlan({ snapshot: on, feedback });
const creates = (ops: readonly PatchOp[]): CreateTaskOp[] =>
  ops.filter((op): op is CreateTaskOp => op.op === 'create_task');

describe('refine', () => {
  it('adds a task under the feature group it belongs to', () => {
    const { ops, warnings } = refine('add password reset');
    expect(warnings).toEqual([]);
    expect(ops).toEqual([
      {
        op: 'create_task',
        ref: '$t1',
        project: snapshot.project.id,
        parent: id('Authentication'),
        title: 'Password reset',
        type: 'engineering',
        priority: 'high',
        payload: { phase: 'feature', estimate_points: 2, feature: 'auth' },
      },
    ]);
  });

  it('adds a task under the parent named, with the priority said', () => {
    const { ops } = refine('add coupons under Payments (high priority)');
    expect(ops).toEqual([
      expect.objectContaining({ parent: id('Payments'), title: 'Coupons', priority: 'high' }),
    ]);
    const top = refine('add a task called Legal review');
    expect(top.ops).toEqual([expect.not.objectContaining({ parent: expect.any(String) })]);
    expect(creates(top.ops)[0]).toMatchObject({ title: 'Legal review', type: 'engineering' });
  });

  it('adds a known feature as a group with its subtasks, in the phase order', () => {
    const { ops, rationale } = refine('add search');
    const [group, ...steps] = creates(ops);
    expect(group).toMatchObject({ ref: '$t1', title: 'Search', payload: { feature: 'search' } });
    expect(steps.map((step) => step.parent)).toEqual(['$t1', '$t1', '$t1', '$t1']);
    expect(ops).toContainEqual({ op: 'add_dependency', task: '$t1', depends_on: id('Data model') });
    expect(ops).toContainEqual({ op: 'add_dependency', task: id('Testing'), depends_on: '$t1' });
    expect(ops).toContainEqual({ op: 'add_dependency', task: '$t3', depends_on: '$t2' });
    expect(rationale).toBe('Add the Search feature with 4 subtasks.');
  });

  it('answers "add X" of a task that exists with a warning, not a duplicate', () => {
    expect(refine('add Checkout flow')).toMatchObject({
      ops: [],
      warnings: [{ code: 'already_exists', message: '"Checkout flow" already exists' }],
    });
    expect(refine('add payments').warnings).toEqual([
      { code: 'already_exists', message: '"Payments" already exists' },
    ]);
  });

  it('deletes, cascading only when asked, and keeps the order of the tasks that waited for it', () => {
    const leaf = refine('remove Checkout flow');
    expect(leaf.ops).toEqual([
      { op: 'remove_dependency', task: id('Subscriptions and invoices'), depends_on: id('Checkout flow') },
      { op: 'delete_task', task: id('Checkout flow'), base_version: 1, on_dependents: 'reject' },
      {
        op: 'add_dependency',
        task: id('Subscriptions and invoices'),
        depends_on: id('Payment provider integration'),
      },
    ]);
    expect(leaf.warnings).toEqual([]);
    const group = refine('remove Payments');
    expect(group.ops).toContainEqual({
      op: 'delete_task',
      task: id('Payments'),
      base_version: 1,
      on_dependents: 'reject',
    });
    expect(group.ops).toContainEqual({
      op: 'remove_dependency',
      task: id('Testing'),
      depends_on: id('Payments'),
    });
    expect(group.warnings).toEqual([expect.objectContaining({ code: 'has_subtasks' })]);
    const cascade = refine('delete the Payments feature and its subtasks');
    expect(cascade.ops).toContainEqual({
      op: 'delete_task',
      task: id('Payments'),
      base_version: 1,
      on_dependents: 'cascade',
    });
    expect(cascade.ops).toContainEqual({
      op: 'remove_dependency',
      task: id('Testing'),
      depends_on: id('Payments'),
    });
    expect(refine('remove Payments with everything').ops).toEqual([
      { op: 'delete_task', task: id('Payments'), base_version: 1, on_dependents: 'cascade' },
    ]);
  });

  it('renames with base_version, and still proposes it on a done task when asked', () => {
    expect(refine('rename checkout flow to "One-page checkout"').ops).toEqual([
      { op: 'update_task', task: id('Checkout flow'), base_version: 1, set: { title: 'One-page checkout' } },
    ]);
    const done = withStatuses(snapshot, { 'Checkout flow': 'done' });
    expect(refine('rename Checkout flow to Checkout', done).ops).toEqual([
      { op: 'update_task', task: id('Checkout flow'), base_version: 2, set: { title: 'Checkout' } },
    ]);
  });

  it('splits into named parts, or into halves in a chain', () => {
    const named = refine('split Email delivery into provider setup, bounces and templates');
    expect(creates(named.ops).map((op) => [op.title, op.parent])).toEqual([
      ['Provider setup', id('Email delivery')],
      ['Bounces', id('Email delivery')],
      ['Templates', id('Email delivery')],
    ]);
    const halves = refine('split Checkout flow');
    expect(creates(halves.ops).map((op) => op.title)).toEqual([
      'Checkout flow — part 1',
      'Checkout flow — part 2',
    ]);
    expect(halves.ops).toContainEqual({ op: 'add_dependency', task: '$t2', depends_on: '$t1' });
  });

  it('reads dependencies in every phrasing, and refuses a cycle', () => {
    const expected = { op: 'add_dependency', task: id('Notifications'), depends_on: id('Payments') };
    for (const phrase of [
      'Payments before Notifications',
      'Notifications after Payments',
      'Notifications depends on Payments',
    ]) {
      expect(refine(phrase).ops).toEqual([expected]);
    }
    expect(refine('Payments after Authentication')).toMatchObject({
      ops: [],
      warnings: [{ code: 'already_exists' }],
    });
    expect(refine('Setup after Deploy')).toMatchObject({ ops: [], warnings: [{ code: 'cycle' }] });
    expect(refine('Payments no longer depends on Authentication').ops).toEqual([
      { op: 'remove_dependency', task: id('Payments'), depends_on: id('Authentication') },
    ]);
  });

  it('changes priority and status with base_version', () => {
    const update = (title: string, set: Record<string, string>) => ({
      op: 'update_task',
      task: id(title),
      base_version: 1,
      set,
    });
    expect(refine('make Checkout flow high priority').ops).toEqual([
      update('Checkout flow', { priority: 'high' }),
    ]);
    expect(refine('Payments is critical').ops).toEqual([update('Payments', { priority: 'critical' })]);
    expect(refine('lower Checkout flow').ops).toEqual([update('Checkout flow', { priority: 'low' })]);
    expect(refine('lower Notifications')).toMatchObject({ ops: [], warnings: [{ code: 'no_change' }] });
    expect(refine('mark Shopping cart as done').ops).toEqual([update('Shopping cart', { status: 'done' })]);
    expect(refine('start Shopping cart').ops).toEqual([update('Shopping cart', { status: 'in_progress' })]);
  });

  it('moves under a parent or to the top level, and describes', () => {
    expect(refine('move Email delivery under Authentication').ops).toEqual([
      { op: 'move_task', task: id('Email delivery'), base_version: 1, parent: id('Authentication') },
    ]);
    expect(refine('move Email delivery to top level').ops).toEqual([
      { op: 'move_task', task: id('Email delivery'), base_version: 1, parent: null },
    ]);
    expect(refine('move Payments under Checkout flow').warnings).toEqual([
      expect.objectContaining({ code: 'invalid' }),
    ]);
    expect(refine('describe Shopping cart as Saved per user, merged at login').ops).toEqual([
      {
        op: 'update_task',
        task: id('Shopping cart'),
        base_version: 1,
        set: { description: 'Saved per user, merged at login' },
      },
    ]);
  });

  it('lists the candidates of an ambiguous name and proposes nothing for it', () => {
    const { ops, warnings } = refine('remove upload');
    expect(ops).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].code).toBe('ambiguous');
    expect(warnings[0].message).toBe(
      '"upload" matches several tasks: "File uploads and storage", "Upload API with size and type checks", ' +
        '"Upload tests"',
    );
  });

  it('carries out every clause it understands and names the ones it does not', () => {
    const { ops, warnings, understood, notUnderstood } = refine(
      'rename Shopping cart to Basket; the colours feel off\nremove Ghost feature, and start Order management',
    );
    expect(ops.map((op) => op.op)).toEqual(['update_task', 'update_task']);
    expect(warnings).toEqual([
      { code: 'not_understood', message: 'could not understand "the colours feel off"' },
      { code: 'not_found', message: 'no task matches "Ghost feature"' },
    ]);
    expect([understood, notUnderstood]).toEqual([3, 1]);
  });

  it('proposes no operation for feedback it cannot read', () => {
    expect(refine('hmm, not sure about this')).toEqual({
      ops: [],
      rationale: expect.stringContaining('No change proposed'),
      warnings: [{ code: 'not_understood', message: 'could not understand "hmm, not sure about this"' }],
      understood: 0,
      notUnderstood: 1,
    });
  });

  it('lets later clauses name the tasks earlier ones create', () => {
    const { ops } = refine('add Gift cards under Payments; Gift cards after Checkout flow');
    expect(ops).toEqual([
      expect.objectContaining({ op: 'create_task', ref: '$t1', title: 'Gift cards' }),
      { op: 'add_dependency', task: '$t1', depends_on: id('Checkout flow') },
    ]);
  });
});
