import { ProblemException } from '@slipway/platform';
import { PlannerProblem } from '../src/planner/openai/planner-problems';
import { failure, GENERATE, OVERLONG, PLAN, PlannerBench, SNAPSHOT } from './support/planner-bench';

describe('OpenAiPlanner against an OpenAI-compatible stand-in: failures', () => {
  let bench: PlannerBench;

  beforeEach(async () => {
    bench = await PlannerBench.start();
  });
  afterEach(async () => {
    await bench.close();
  });

  it('fails with 502 planner_bad_output after a second unusable answer, without the output', async () => {
    bench.answer('```json\n{"rationale": "r", "ops": [],}\n```');
    bench.answer(OVERLONG);
    const error = await failure(bench.planner().generate(GENERATE));

    expect(error).toBeInstanceOf(PlannerProblem);
    const problem = error instanceof PlannerProblem ? error : undefined;
    expect([problem?.status, problem?.code]).toEqual([502, 'planner_bad_output']);
    expect(problem?.detail).toMatch(/2 attempts/);
    expect(problem?.detail).toContain('ops[1].title: title must be shorter');
    expect(problem?.detail).not.toContain('x'.repeat(250));
    expect(problem?.calls.map((call) => call.responseId)).toEqual(['chatcmpl-1', 'chatcmpl-2']);
    expect(bench.standIn.requests).toHaveLength(2);
  });

  it('takes an empty plan as a failure for generate and as a warning for refine', async () => {
    const empty = { rationale: 'Nothing to do.', ops: [] };
    bench.answer(empty);
    bench.answer(empty);
    await expect(bench.planner().generate(GENERATE)).rejects.toMatchObject({ code: 'planner_bad_output' });
    bench.answer(empty);
    const proposal = await bench.planner().refine({ snapshot: SNAPSHOT, feedback: 'Looks good' });
    expect(proposal.ops).toEqual([]);
    expect(proposal.warnings).toEqual([{ code: 'no_operations', message: 'The model proposed no change.' }]);
  });

  it('answers 404 for a task to split that the snapshot lacks, without calling the model', async () => {
    const missing = '00000000-0000-4000-8000-000000000999';
    await expect(bench.planner().decompose({ snapshot: SNAPSHOT, taskId: missing })).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(bench.standIn.requests).toHaveLength(0);
  });

  it('falls back to json_object, then none, when the server refuses the format, and remembers it', async () => {
    bench.standIn.script({
      kind: 'error',
      status: 400,
      message: "'response_format' of type 'json_schema' is not supported",
    });
    bench.standIn.script({
      kind: 'error',
      status: 400,
      message: 'response_format json_object is not supported',
    });
    bench.answer(PLAN);
    bench.answer(PLAN);
    const refusing = bench.planner();
    await expect(refusing.generate(GENERATE)).resolves.toMatchObject({ rationale: PLAN.rationale });
    await expect(refusing.generate(GENERATE)).resolves.toMatchObject({ rationale: PLAN.rationale });
    expect(bench.bodies().map((body) => body?.response_format?.type ?? 'none')).toEqual([
      'json_schema',
      'json_object',
      'none',
      'none',
    ]);
  });

  it('answers 504 upstream_timeout when the model does not answer in time', async () => {
    bench.standIn.script({ kind: 'slow', delayMs: 5000 }, 2);
    const error = await failure(bench.planner({ PLANNER_TIMEOUT_MS: 200 }).generate(GENERATE));
    expect(error).toBeInstanceOf(ProblemException);
    expect(error).toMatchObject({ status: 504, code: 'upstream_timeout' });
  });

  it('answers 503 upstream_unavailable with Retry-After when the model is rate-limited', async () => {
    bench.standIn.script({ kind: 'rate-limited', retryAfterSeconds: 1 }, 2);
    const error = await failure(bench.planner().generate(GENERATE));
    expect(error).toMatchObject({
      status: 503,
      code: 'upstream_unavailable',
      headers: { 'retry-after': '1' },
    });
  });

  it('never repeats the API key in what it throws', async () => {
    const echoed = await failure(
      bench.planner({ PLANNER_API_KEY: 'sk-wrong-0123456789' }).generate(GENERATE),
    );
    expect(echoed).toMatchObject({ status: 502, code: 'bad_gateway' });
    bench.standIn.script({
      kind: 'error',
      status: 400,
      message: `bad request for key ${bench.standIn.apiKey}`,
    });
    const rejected = await failure(bench.planner().generate(GENERATE));
    expect(rejected).toMatchObject({ status: 502, code: 'bad_gateway' });
    for (const [error, key] of [
      [echoed, 'sk-wrong-0123456789'],
      [rejected, bench.standIn.apiKey],
    ] as const) {
      expect(error).toBeInstanceOf(ProblemException);
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(key);
    }
  });
});
