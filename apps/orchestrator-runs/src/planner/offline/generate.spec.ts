import { MAX_PATCH_OPS, MAX_PATCH_TITLE, type CreateTaskOp, type PatchOp } from '@slipway/contracts';
import { generatePlan } from './generate';

const IDEA = `Build a marketplace for handmade goods.
Users must sign up and log in with Google.
Buyers pay with Stripe; search with filters is critical.
Sellers could get email notifications.`;

/** Twelve catalogue features, for the 60-task bench. */
const BIG_IDEA = [
  'Users must sign up and log in with OAuth.',
  'Expose a REST API.',
  'A dashboard for the frontend.',
  'Stripe subscriptions for billing.',
  'Full-text search with filters.',
  'Email and SMS notifications.',
  'An admin back office with roles.',
  'Analytics reports for owners.',
  'File uploads to S3.',
  'Realtime chat between users.',
  'Webhooks for Slack integrations.',
  'Translations into several languages.',
  'Deploy on Kubernetes.',
].join('\n');

const creates = (ops: readonly PatchOp[]): CreateTaskOp[] =>
  ops.filter((op): op is CreateTaskOp => op.op === 'create_task');
const titled = (ops: readonly PatchOp[], title: string): CreateTaskOp => {
  const found = creates(ops).find((op) => op.title === title);
  if (found === undefined) throw new Error(`no task "${title}"`);
  return found;
};
const edges = (ops: readonly PatchOp[]): Array<[string, string]> =>
  ops.flatMap((op) => (op.op === 'add_dependency' ? [[op.task, op.depends_on] as [string, string]] : []));

/** Kahn's algorithm: every node sorted means no cycle. */
function isAcyclic(nodes: readonly string[], dependencies: ReadonlyArray<[string, string]>): boolean {
  const waiting = new Map(nodes.map((node) => [node, 0]));
  for (const [task] of dependencies) waiting.set(task, (waiting.get(task) ?? 0) + 1);
  const ready = nodes.filter((node) => waiting.get(node) === 0);
  let sorted = 0;
  while (ready.length > 0) {
    const node = ready.pop() ?? '';
    sorted += 1;
    for (const [task, dependsOn] of dependencies) {
      if (dependsOn !== node) continue;
      const left = (waiting.get(task) ?? 0) - 1;
      waiting.set(task, left);
      if (left === 0) ready.push(task);
    }
  }
  return sorted === nodes.length;
}

describe('generate', () => {
  it('gives byte-identical operations for the same idea', () => {
    const first = generatePlan({ idea: IDEA, maxTasks: 60 });
    const second = generatePlan({ idea: IDEA, maxTasks: 60 });
    expect(second.ops).toEqual(first.ops);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('finds the features the idea names and groups their subtasks under them', () => {
    const { ops, rationale } = generatePlan({ idea: IDEA, maxTasks: 60 });
    const top = creates(ops).filter((op) => op.parent === undefined);
    expect(top.map((op) => op.title)).toEqual([
      'Setup',
      'Data model',
      'Catalogue and orders',
      'Authentication',
      'Payments',
      'Search',
      'Notifications',
      'Testing',
      'Deploy',
    ]);
    const search = titled(ops, 'Search');
    expect(search.payload).toMatchObject({ phase: 'feature', feature: 'search' });
    const searchSteps = creates(ops).filter((op) => op.parent === search.ref);
    expect(searchSteps.map((op) => op.title)).toContain('Search API with filters and sorting');
    expect(searchSteps.every((op) => op.payload?.feature === 'search')).toBe(true);
    expect(rationale).toContain('Authentication, Payments, Search, Notifications');
    expect(ops[0]).toEqual({
      op: 'create_project',
      ref: '$p',
      name: 'Marketplace for Handmade Goods',
      description: IDEA,
    });
  });

  it('defines every ref once, before any operation uses it, all in the one project', () => {
    const { ops } = generatePlan({ idea: BIG_IDEA, maxTasks: 150 });
    const defined = new Set<string>();
    for (const op of ops) {
      const used =
        op.op === 'create_task'
          ? [op.project, ...(op.parent === undefined ? [] : [op.parent])]
          : op.op === 'add_dependency'
            ? [op.task, op.depends_on]
            : [];
      for (const ref of used) expect(defined.has(ref)).toBe(true);
      if (op.op === 'create_project' || op.op === 'create_task') {
        expect(defined.has(op.ref)).toBe(false);
        defined.add(op.ref);
      }
    }
    expect(creates(ops).every((op) => op.project === '$p')).toBe(true);
    expect(creates(ops).map((op) => op.ref)).toEqual(creates(ops).map((_, index) => `$t${index + 1}`));
  });

  it('orders the phases by dependencies that form a DAG', () => {
    const { ops } = generatePlan({ idea: IDEA, maxTasks: 60 });
    const ref = (title: string) => titled(ops, title).ref;
    const deps = edges(ops);
    expect(
      isAcyclic(
        creates(ops).map((op) => op.ref),
        deps,
      ),
    ).toBe(true);
    expect(deps).toContainEqual([ref('Data model'), ref('Setup')]);
    for (const feature of ['Authentication', 'Payments', 'Search', 'Notifications']) {
      expect(deps).toContainEqual([ref(feature), ref('Data model')]);
      expect(deps).toContainEqual([ref('Testing'), ref(feature)]);
    }
    expect(deps).toContainEqual([ref('Payments'), ref('Authentication')]);
    expect(deps).toContainEqual([ref('Deploy'), ref('Testing')]);
    expect(deps).toContainEqual([ref('Checkout flow'), ref('Payment provider integration')]);
  });

  it('takes priorities from must/should/could wording', () => {
    const { ops } = generatePlan({
      idea: 'Users must log in. Search should be fast. Payments are critical. Maybe push notifications later.',
      maxTasks: 60,
    });
    expect(titled(ops, 'Authentication').priority).toBe('high');
    expect(titled(ops, 'Sign-up and login flow').priority).toBe('high');
    expect(titled(ops, 'Search').priority).toBe('medium');
    expect(titled(ops, 'Payments').priority).toBe('critical');
    expect(titled(ops, 'Notifications').priority).toBe('low');
    expect(titled(ops, 'Setup').priority).toBe('medium');
    expect(titled(ops, 'Testing').priority).toBe('medium');
  });

  it('gives a heading’s wording to the bullets under it', () => {
    const { ops } = generatePlan({
      idea: 'Must have:\n- login\n- invoices\n\nNice to have:\n- search',
      maxTasks: 60,
    });
    expect(titled(ops, 'Authentication').priority).toBe('high');
    expect(titled(ops, 'Payments').priority).toBe('high');
    expect(titled(ops, 'Search').priority).toBe('low');
  });

  it('drops the lowest-priority feature subtasks first to respect maxTasks, and says so', () => {
    const { ops, warnings } = generatePlan({ idea: IDEA, maxTasks: 30 });
    expect(creates(ops)).toHaveLength(30);
    const warning = warnings.find((entry) => entry.code === 'max_tasks');
    expect(warning?.message).toMatch(/^\d+ tasks left out to stay within 30 tasks: "Notification tests"/);
    const notifications = titled(ops, 'Notifications').ref;
    const search = titled(ops, 'Search').ref;
    expect(creates(ops).filter((op) => op.parent === notifications)).toEqual([]);
    expect(creates(ops).filter((op) => op.parent === search)).toHaveLength(4);
  });

  it('plans an idea no template knows from its own clauses, with a warning', () => {
    const { ops, warnings, rationale } = generatePlan({
      idea: 'A haiku generator for poets. A weekly digest of favourite poems.',
      maxTasks: 60,
    });
    const titles = creates(ops).map((op) => op.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Haiku generator for poets', 'Weekly digest of favourite poems']),
    );
    expect(titles).toContain('Implement haiku generator for poets');
    expect(titles).not.toContain('Data model');
    expect(warnings).toEqual([expect.objectContaining({ code: 'no_template_matched' })]);
    expect(rationale).toContain('Haiku generator for poets');
    const feature = titled(ops, 'Haiku generator for poets');
    expect(edges(ops)).toContainEqual([feature.ref, titled(ops, 'Setup').ref]);
  });

  it('reaches 60 tasks for a twelve-feature idea', () => {
    const full = generatePlan({ idea: BIG_IDEA, maxTasks: 150 });
    expect(creates(full.ops).length).toBeGreaterThan(60);
    const bench = generatePlan({ idea: BIG_IDEA, maxTasks: 60 });
    expect(creates(bench.ops)).toHaveLength(60);
    expect(bench.warnings.map((warning) => warning.code)).toEqual(['max_tasks']);
    const groups = creates(bench.ops).filter(
      (op) => op.parent === undefined && op.payload?.phase === 'feature',
    );
    expect(groups).toHaveLength(12);
    expect(bench.ops.length).toBeLessThanOrEqual(MAX_PATCH_OPS);
  });

  it('keeps titles within the limit and uses the given project name', () => {
    const long = `A ${'very '.repeat(80)}long wish about haiku.`;
    const { ops } = generatePlan({ idea: long, projectName: '  Poems  ', maxTasks: 10 });
    expect(ops[0]).toMatchObject({ op: 'create_project', name: 'Poems' });
    expect(creates(ops).every((op) => op.title.length <= MAX_PATCH_TITLE)).toBe(true);
    const derived = generatePlan({ idea: long, maxTasks: 10 }).ops[0];
    expect(derived.op === 'create_project' && derived.name.length <= 80).toBe(true);
  });

  it('keeps at least one feature when the budget is tiny', () => {
    const { ops } = generatePlan({ idea: IDEA, maxTasks: 1 });
    expect(creates(ops).map((op) => op.title)).toEqual(['Search']);
    expect(edges(ops)).toEqual([]);
  });
});
