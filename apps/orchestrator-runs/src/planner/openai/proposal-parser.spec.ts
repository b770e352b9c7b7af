import { CreateTaskOp } from '@slipway/contracts';
import type { ProjectSnapshot } from '../snapshot';
import { extractJson, parseChatAnswer, parsePlanAnswer, type PlanRules } from './proposal-parser';

const PROJECT = '00000000-0000-4000-8000-000000000001';
const TASK = '00000000-0000-4000-8000-000000000101';

const SNAPSHOT: ProjectSnapshot = {
  project: {
    id: PROJECT,
    name: 'Shop',
    description: null,
    status: 'active',
    modules: [],
    owner_id: 'u1',
    version: 3,
  },
  tasks: [
    {
      id: TASK,
      parent_id: null,
      title: 'Checkout',
      description: null,
      type: 'engineering',
      status: 'todo',
      priority: 'medium',
      assignee: null,
      payload: {},
      version: 2,
      created_at: '2026-01-01T00:00:00.000Z',
    },
  ],
  dependencies: [],
};

const GENERATE: PlanRules = { endpoint: 'generate', snapshot: null, allowEmpty: false };
const REFINE: PlanRules = { endpoint: 'refine', snapshot: SNAPSHOT, allowEmpty: true };

const PLAN = {
  rationale: 'A shop with a catalogue.',
  ops: [
    { op: 'create_project', ref: '$p', name: 'Shop' },
    { op: 'create_task', ref: '$t1', project: '$p', title: 'Catalogue', type: 'engineering' },
    { op: 'create_task', ref: '$t2', project: '$p', parent: '$t1', title: 'Search' },
  ],
};
const withOps = (...ops: object[]) => JSON.stringify({ rationale: 'r', ops });

describe('extractJson', () => {
  it('reads the object inside a ```json fence', () => {
    const parsed = extractJson('```json\n{"a": 1}\n```');
    expect(parsed).toEqual({ ok: true, value: { a: 1 }, findings: [] });
  });

  it('takes the outermost object out of prose, braces inside strings included', () => {
    const parsed = extractJson('Here is the plan:\n{"a": {"b": "} not the end"}}\nHope this helps {really}.');
    expect(parsed).toEqual({ ok: true, value: { a: { b: '} not the end' } }, findings: [] });
  });

  it('refuses trailing commas as invalid JSON', () => {
    const parsed = extractJson('{"rationale": "r", "ops": [],}');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]).toMatch(/^the answer is not valid JSON: /);
  });

  it('says when there is no object, or when it is never closed', () => {
    expect(extractJson('I cannot help with that.')).toEqual({
      ok: false,
      errors: ['the answer holds no JSON object'],
    });
    expect(extractJson('{"rationale": "r", "ops": [{"op": "create_')).toEqual({
      ok: false,
      errors: ['the answer’s JSON object is never closed (was it cut off?)'],
    });
  });
});

describe('parsePlanAnswer', () => {
  it('gives the operations as the contract classes, fenced and surrounded by prose', async () => {
    const parsed = await parsePlanAnswer(
      `Sure!\n\`\`\`json\n${JSON.stringify(PLAN)}\n\`\`\`\nDone.`,
      GENERATE,
    );
    expect(parsed.ok && parsed.findings).toEqual([]);
    expect(parsed.ok && parsed.value.rationale).toBe('A shop with a catalogue.');
    expect(parsed.ok && parsed.value.ops.map((op) => op.op)).toEqual([
      'create_project',
      'create_task',
      'create_task',
    ]);
    expect(parsed.ok && parsed.value.ops[1]).toBeInstanceOf(CreateTaskOp);
  });

  it('names an unknown op kind by its path', async () => {
    const parsed = await parsePlanAnswer(withOps({ op: 'rename_task', task: TASK }), REFINE);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toContainEqual(
      expect.stringMatching(/^ops\[0\]\.op: op must be one of /),
    );
  });

  it('names a create without its ref, an overlong title and an unknown field', async () => {
    const parsed = await parsePlanAnswer(
      withOps(
        { op: 'create_project', ref: '$p', name: 'Shop' },
        { op: 'create_task', project: '$p', title: 'No ref' },
        { op: 'create_task', ref: '$t2', project: '$p', title: 'x'.repeat(201), colour: 'red' },
      ),
      GENERATE,
    );
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors).toContainEqual(expect.stringMatching(/^ops\[1\]\.ref: ref must be a ref/));
    expect(errors).toContain('ops[2].title: title must be shorter than or equal to 200 characters');
    expect(errors).toContain('ops[2].colour is not allowed here');
  });

  it('follows nested paths into set', async () => {
    const parsed = await parsePlanAnswer(
      withOps({ op: 'update_task', task: TASK, base_version: 2, set: { priority: 'urgent' } }),
      REFINE,
    );
    expect(!parsed.ok && parsed.errors).toEqual([
      expect.stringMatching(/^ops\[0\]\.set\.priority: priority must be one of the following values/),
    ]);
  });

  it('reports a ref used before it is made and an invented id as findings of a well-formed answer', async () => {
    const invented = '11111111-2222-4333-8444-555555555555';
    const parsed = await parsePlanAnswer(
      withOps(
        { op: 'create_task', ref: '$t1', project: PROJECT, parent: '$t9', title: 'Orphan' },
        { op: 'update_task', task: invented, base_version: 1, set: { priority: 'high' } },
      ),
      REFINE,
    );
    expect(parsed.ok).toBe(true);
    const findings = parsed.ok ? parsed.findings : [];
    expect(findings).toContainEqual(expect.stringMatching(/^ops\[0\]\.parent: .*\$t9/));
    expect(findings).toContainEqual(expect.stringMatching(new RegExp(`^ops\\[1\\]\\.task: .*${invented}`)));
  });

  it('counts more tasks than allowed as a finding', async () => {
    const parsed = await parsePlanAnswer(JSON.stringify(PLAN), { ...GENERATE, maxTasks: 1 });
    expect(parsed.ok && parsed.findings.length).toBe(1);
  });

  it('fails an empty plan where a plan must hold something, and takes it where nothing is an answer', async () => {
    const empty = JSON.stringify({ rationale: 'Nothing to do.', ops: [] });
    const generated = await parsePlanAnswer(empty, GENERATE);
    expect(!generated.ok && generated.errors).toEqual(['ops must hold at least one operation']);
    await expect(parsePlanAnswer(empty, REFINE)).resolves.toEqual({
      ok: true,
      value: { rationale: 'Nothing to do.', ops: [] },
      findings: [],
    });
  });

  it('requires a rationale and an array of operations', async () => {
    const parsed = await parsePlanAnswer('{"ops": {"op": "create_project"}}', GENERATE);
    expect(!parsed.ok && parsed.errors).toEqual([
      'rationale: rationale must be a string',
      'ops: ops must be an array of operations',
    ]);
  });
});

describe('parseChatAnswer', () => {
  const RULES = { snapshot: SNAPSHOT };

  it('reads a reply without a change', async () => {
    const parsed = await parseChatAnswer(
      '{"reply": "It has one task.", "ops": null, "rationale": null}',
      RULES,
    );
    expect(parsed).toEqual({
      ok: true,
      value: { reply: 'It has one task.', ops: null, rationale: null },
      findings: [],
    });
    const empty = await parseChatAnswer('{"reply": "Nothing to change.", "ops": []}', RULES);
    expect(empty.ok && empty.value.ops).toBeNull();
  });

  it('reads a reply with operations, checked like a plan', async () => {
    const ops = [{ op: 'update_task', task: TASK, base_version: 2, set: { priority: 'high' } }];
    const parsed = await parseChatAnswer(
      JSON.stringify({ reply: 'Raised.', ops, rationale: 'Urgent.' }),
      RULES,
    );
    expect(parsed.ok && parsed.value.ops?.map((op) => op.op)).toEqual(['update_task']);
    expect(parsed.ok && parsed.value.rationale).toBe('Urgent.');
  });

  it('requires a reply, and valid operations when there are any', async () => {
    const parsed = await parseChatAnswer('{"ops": [{"op": "delete_task"}], "rationale": 3}', RULES);
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors.slice(0, 2)).toEqual([
      'reply: reply must be a non-empty string',
      'rationale: rationale must be a string or null',
    ]);
    expect(errors).toContainEqual(expect.stringMatching(/^ops\[0\]\.task: /));
  });
});
