import { proposalSchema } from '../src/planner/openai/patch-schema';
import { GENERATE, OVERLONG, PLAN, PlannerBench, PROJECT, SNAPSHOT, TASK } from './support/planner-bench';

describe('OpenAiPlanner against an OpenAI-compatible stand-in: proposals', () => {
  let bench: PlannerBench;

  beforeEach(async () => {
    bench = await PlannerBench.start();
  });
  afterEach(async () => {
    await bench.close();
  });

  it('asks for structured output with the plan schema and turns the answer into a proposal', async () => {
    bench.answer(PLAN);
    const proposal = await bench.planner().generate(GENERATE);

    expect(proposal).toMatchObject({
      rationale: PLAN.rationale,
      warnings: [],
      provider: 'openai',
      model: 'gpt-planner',
    });
    expect(proposal.ops.map((op) => op.op)).toEqual([
      'create_project',
      'create_task',
      'create_task',
      'add_dependency',
    ]);
    expect(proposal.calls).toEqual([
      {
        provider: 'openai',
        model: 'gpt-planner',
        responseId: 'chatcmpl-1',
        input: bench.standIn.usage.prompt_tokens,
        output: bench.standIn.usage.completion_tokens,
        cachedInput: bench.standIn.usage.cached_tokens,
        estimated: false,
      },
    ]);
    const [body] = bench.bodies();
    expect(body?.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'slipway_plan_answer', schema: proposalSchema('plan'), strict: false },
    });
    expect(body?.max_tokens).toBe(4000);
    expect(body?.messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(body?.messages[0].content).toContain('FROM THE SNAPSHOT');
    expect(body?.messages[0].content).toContain('at most 10 create_task');
    expect(body?.messages[1].content).toContain(GENERATE.idea);
  });

  it('reads a fenced answer among prose when no response format is asked for', async () => {
    bench.answer(`Here is your plan:\n\`\`\`json\n${JSON.stringify(PLAN, null, 2)}\n\`\`\`\nEnjoy!`);
    const proposal = await bench.planner({ PLANNER_RESPONSE_FORMAT: 'none' }).generate(GENERATE);
    expect(proposal.ops).toHaveLength(4);
    expect(bench.bodies()[0]).not.toHaveProperty('response_format');
  });

  it('repairs an invalid answer once, showing the model its errors, and counts both calls', async () => {
    bench.answer(OVERLONG);
    bench.answer(PLAN, false);
    const proposal = await bench.planner().generate(GENERATE);

    expect(proposal.ops).toHaveLength(4);
    const [first, second] = bench.bodies();
    expect(second?.messages.slice(0, 2)).toEqual(first?.messages);
    expect(second?.messages[2]).toEqual({ role: 'assistant', content: OVERLONG });
    expect(second?.messages[3].role).toBe('user');
    expect(second?.messages[3].content).toContain(
      'ops[1].title: title must be shorter than or equal to 200 characters',
    );
    expect(proposal.calls.map(({ responseId, estimated }) => ({ responseId, estimated }))).toEqual([
      { responseId: 'chatcmpl-1', estimated: false },
      { responseId: 'chatcmpl-2', estimated: true },
    ]);
  });

  it('repairs a proposal naming an id the snapshot lacks', async () => {
    const invented = '11111111-2222-4333-8444-555555555555';
    const update = { op: 'update_task', task: TASK, base_version: 2, set: { priority: 'high' } };
    bench.answer({ rationale: 'Raise it.', ops: [{ ...update, task: invented }] });
    bench.answer({ rationale: 'Raise it.', ops: [update] });
    const proposal = await bench
      .planner()
      .refine({ snapshot: SNAPSHOT, feedback: 'Make checkout high priority' });
    expect(proposal.ops).toEqual([update]);
    expect(proposal.warnings).toEqual([]);
    expect(bench.bodies()[1]?.messages[3].content).toContain(
      `ops[0].task: no live task of this project has id ${invented}`,
    );
    expect(bench.bodies()[0]?.messages[1].content).toContain(`"id":"${TASK}"`);
  });

  it('returns a repaired proposal the checks still refuse with a warning, for validation to show', async () => {
    const invented = { op: 'delete_task', task: '11111111-2222-4333-8444-555555555555', base_version: 1 };
    bench.answer({ rationale: 'Drop it.', ops: [invented] }, false);
    bench.answer({ rationale: 'Drop it.', ops: [invented] }, false);
    const proposal = await bench.planner().refine({ snapshot: SNAPSHOT, feedback: 'Drop the old task' });
    expect(proposal.ops).toEqual([invented]);
    expect(proposal.warnings).toEqual([expect.objectContaining({ code: 'unresolved_findings' })]);
    expect(proposal.calls.map((call) => call.estimated)).toEqual([true, true]);
  });

  it('splits a task into the count asked for, with its subtree in the prompt', async () => {
    const subtask = (n: number) => ({
      op: 'create_task',
      ref: `$s${n}`,
      project: PROJECT,
      parent: TASK,
      title: `Part ${n}`,
    });
    bench.answer({ rationale: 'Two parts.', ops: [subtask(1), subtask(2)] });
    const proposal = await bench.planner().decompose({ snapshot: SNAPSHOT, taskId: TASK, count: 2 });
    expect(proposal.ops).toHaveLength(2);
    const [system, user] = bench.bodies()[0]?.messages ?? [];
    expect(system.content).toContain('exactly 2 of them');
    expect(user.content).toContain(`"id":"${TASK}"`);
    expect(user.content).toContain('Card and invoice payments');
  });

  it('chats: a reply with operations is a proposal, a reply alone is not', async () => {
    const ops = [{ op: 'update_task', task: TASK, base_version: 2, set: { priority: 'high' } }];
    bench.answer({ reply: 'Raised checkout to high.', ops, rationale: 'It blocks launch.' });
    bench.answer({ reply: 'Checkout is the only task.', ops: null, rationale: null });
    const chat = bench.planner();
    const context = {
      snapshot: SNAPSHOT,
      summary: 'They build a shop.',
      turns: [],
      message: 'Raise checkout',
    };
    const applied = [
      { patchSetId: 'ps-1', rationale: 'Added checkout', opCount: 1, appliedAt: '2026-01-02T00:00:00Z' },
    ];

    const changed = await chat.chat({ ...context, applied });
    expect(changed.reply).toBe('Raised checkout to high.');
    expect(changed.proposal).toMatchObject({ ops, rationale: 'It blocks launch.', provider: 'openai' });
    expect(changed.calls).toHaveLength(1);
    expect(bench.bodies()[0]?.response_format).toMatchObject({
      json_schema: { schema: proposalSchema('chat') },
    });
    expect(bench.bodies()[0]?.messages[1].content).toMatch(
      /never propose these again:\n- ps-1 \(1 operations/,
    );

    const talk = await chat.chat({ ...context, applied: [], message: 'What is left?' });
    expect(talk).toMatchObject({ reply: 'Checkout is the only task.', proposal: null });
    expect(talk.calls.map((call) => call.responseId)).toEqual(['chatcmpl-2']);
  });
});
