import { RUN_PHASE_ORDER, type RunPhase } from '@slipway/contracts';
import { DataApiClient, type Schemas } from '@slipway/data-client';
import { pricedCost, type ModelPrice } from '@slipway/pricing';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startDataApi, type DataApiFixture } from '@slipway/testing';
import type { PhaseSpec, RunProfile } from '../profiles/profile';
import { AvailableModels } from '../records/available-models';
import { RunRecords, type RunRecord } from '../records/run-records';
import { RunWorkspace } from '../workspace/run-workspace';
import { CompletionEstimator } from './metrics/completion-estimate';
import { PhaseCostProjector } from './metrics/cost-projection';
import { HISTORY_TTL_MS, ProfileHistory } from './metrics/profile-history';
import { RunMetricsCalculator } from './run-metrics';

const PRICE: ModelPrice = {
  input_price_per_1k: '0.0025',
  output_price_per_1k: '0.01',
  cached_input_price_per_1k: '0.00125',
};

/** One agent per phase; `models` names the model of a phase's agent. */
function testProfile(name: string, models: Partial<Record<RunPhase, string>> = {}): RunProfile {
  const phase = (id: string, model: string | undefined): PhaseSpec => ({
    agents: [
      {
        id,
        role: `the ${id}`,
        instructions: 'Write it.',
        ...(model === undefined ? {} : { model }),
        outputs: [{ name: `${id}.md`, type: 'markdown', description: 'Its work.' }],
      },
    ],
    required_artifacts: [],
    approval_gate: false,
  });
  return {
    name,
    description: 'Metrics test profile.',
    phases: {
      planning: phase('planner', models.planning),
      architecture: phase('architect', models.architecture),
      data: phase('data_modeler', models.data),
      development: phase('developer', models.development),
      qa: phase('tester', models.qa),
      documentation: phase('writer', models.documentation),
    },
  };
}

interface Call {
  agent: string;
  input: number;
  output: number;
  cached?: number;
  reasoning?: number;
  /** The ledger amount; priced with PRICE when absent. */
  cost?: string;
}

describe('RunMetricsCalculator against the real data-api', () => {
  const MODEL = 'metrics-model';
  const PROVIDER = 'test';
  const NOW = new Date('2030-01-01T10:20:00.000Z');
  const at = (time: string) => `2030-01-01T${time}.000Z`;

  let harness: DataApiFixture;
  let client: DataApiClient;
  let records: RunRecords;
  let artifactsDir: string;
  let now: Date;

  beforeAll(async () => {
    harness = await startDataApi();
    client = harness.client;
    records = new RunRecords(client);
    artifactsDir = await mkdtemp(join(tmpdir(), 'run-metrics-'));
    await client.post('/api/available_models', {
      body: { provider: PROVIDER, model_name: MODEL, ...PRICE, cached_input_price_per_1k: '0.00125' },
    });
  });

  afterAll(async () => {
    await harness.close();
    await rm(artifactsDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    now = NOW;
  });

  const calculator = () => {
    const clock = { now: () => now };
    const settings = { PROJECTION_HISTORY_RUNS: 20, LLM_PROVIDER: PROVIDER, LLM_MODEL: MODEL };
    const history = new ProfileHistory(records, settings, clock);
    return new RunMetricsCalculator(
      records,
      new RunWorkspace({ ARTIFACTS_DIR: artifactsDir }),
      new PhaseCostProjector(new AvailableModels(client), history, settings),
      new CompletionEstimator(history),
      clock,
    );
  };

  const createRun = (profile: string, status: RunRecord['status'], budget?: string) =>
    records.createRun({
      profile,
      status,
      owner_id: harness.users.member.id,
      ...(budget === undefined ? {} : { budget_usd: budget }),
    });

  async function addPhase(
    run: RunRecord,
    phase: RunPhase,
    fields: Omit<Schemas['CreateRunPhaseDto'], 'run_id' | 'phase'>,
  ): Promise<void> {
    await client.post('/api/run_phases', { body: { run_id: run.id, phase, ...fields } });
  }

  async function addUsage(run: RunRecord, phase: RunPhase, calls: readonly Call[]): Promise<void> {
    for (const call of calls) {
      const tokens = {
        input_tokens: call.input,
        output_tokens: call.output,
        cached_input_tokens: call.cached ?? 0,
        reasoning_tokens: call.reasoning ?? 0,
      };
      const { created } = await records.recordUsage({
        run_id: run.id,
        phase,
        owner_id: run.owner_id,
        agent_id: call.agent,
        provider: PROVIDER,
        model: MODEL,
        provider_response_id: randomUUID(),
        ...tokens,
        cost_usd: call.cost ?? pricedCost(tokens, PRICE).toFixed(),
        price_snapshot: { ...PRICE },
      });
      expect(created).toBe(true);
    }
  }

  async function addArtifact(run: RunRecord, phase: RunPhase, name: string, content: string): Promise<void> {
    const file = join(artifactsDir, run.id, 'artifacts', phase, name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    if (name.startsWith('_')) return;
    await records.putArtifact({
      run_id: run.id,
      phase,
      name,
      path: `artifacts/${phase}/${name}`,
      sha256: createHash('sha256').update(content).digest('hex'),
      size_bytes: Buffer.byteLength(content),
      artifact_type: 'documentation',
    });
  }

  /**
   * A finished run of `profile` whose phases each used `perPhase` tokens (and ran `phaseSeconds`, when
   * given), except those after `lastCompleted`.
   */
  async function earlierRun(
    profile: string,
    perPhase: readonly Call[],
    lastCompleted: RunPhase,
    phaseSeconds?: number,
  ): Promise<void> {
    const run = await createRun(profile, lastCompleted === 'documentation' ? 'completed' : 'failed');
    const completed = RUN_PHASE_ORDER.slice(0, RUN_PHASE_ORDER.indexOf(lastCompleted) + 1);
    for (const [index, phase] of RUN_PHASE_ORDER.entries()) {
      const status = completed.includes(phase) ? 'completed' : 'failed';
      const start = Date.parse(at('09:00:00')) + index * (phaseSeconds ?? 0) * 1000;
      const times =
        phaseSeconds === undefined || status !== 'completed'
          ? {}
          : {
              started_at: new Date(start).toISOString(),
              completed_at: new Date(start + phaseSeconds * 1000).toISOString(),
            };
      await addPhase(run, phase, { status, ...times });
      // A failed phase's calls are spent but are no sample of what the phase takes.
      await addUsage(
        run,
        phase,
        status === 'completed' ? perPhase : [{ agent: 'x', input: 90_000, output: 90_000 }],
      );
    }
  }

  it('reports totals, phases, agents, scores, the projection and the budget of a running run', async () => {
    const profile = testProfile('metrics_history', { documentation: 'unpriced-model' });
    await earlierRun(profile.name, [{ agent: 'a', input: 1000, output: 400 }], 'documentation');
    await earlierRun(
      profile.name,
      [
        { agent: 'a', input: 1200, output: 300 },
        { agent: 'b', input: 800, output: 300 },
      ],
      'development',
    );

    const run = await createRun(profile.name, 'running', '2');
    await addPhase(run, 'planning', {
      status: 'completed',
      started_at: at('10:00:00'),
      completed_at: at('10:05:00'),
      agent_ids: ['planner'],
      governance: {
        passed: true,
        checks: [
          { artifact: 'PRD.md', check: 'present', passed: true },
          { artifact: 'PRD.md', check: 'non_empty', passed: true },
          { artifact: 'PRD.md', check: 'valid', passed: true },
        ],
        warnings: ['optional output "notes.md" of agent "planner" was not produced'],
      },
    });
    await addPhase(run, 'architecture', {
      status: 'completed',
      started_at: at('10:05:00'),
      completed_at: at('10:15:00'),
      agent_ids: ['architect', 'reviewer'],
      governance: {
        passed: false,
        checks: [
          { artifact: 'openapi.yaml', check: 'present', passed: true },
          { artifact: 'openapi.yaml', check: 'non_empty', passed: true },
          { artifact: 'openapi.yaml', check: 'valid', passed: false, message: 'yaml: bad indentation' },
        ],
        warnings: [],
      },
    });
    await addPhase(run, 'data', {
      status: 'running',
      started_at: at('10:15:00'),
      agent_ids: ['data_modeler'],
    });
    for (const phase of ['development', 'qa', 'documentation'] as const) await addPhase(run, phase, {});
    await addUsage(run, 'planning', [
      { agent: 'planner', input: 1234, cached: 200, output: 567, reasoning: 100 },
      { agent: 'planner', input: 1000, output: 333 },
    ]);
    await addUsage(run, 'architecture', [
      { agent: 'architect', input: 2000, output: 1000 },
      { agent: 'reviewer', input: 500, cached: 500, output: 100 },
      { agent: 'reviewer', input: 0, output: 0, cost: '1.000000000000001' },
    ]);
    await addUsage(run, 'data', [{ agent: 'data_modeler', input: 100, output: 50 }]);
    await addArtifact(run, 'planning', 'PRD.md', '# PRD\n\nWhat to build.\n');
    await addArtifact(run, 'planning', 'notes/extra.md', '# Notes\n\nMore.\n');
    await addArtifact(run, 'planning', '_state.json', 'not json: internal files are not judged');
    await addArtifact(
      run,
      'architecture',
      'architecture.md',
      '# Architecture\n\nTODO: pick a database.\n\nTODO: pick a queue.\n',
    );
    await addArtifact(run, 'architecture', 'openapi.yaml', 'openapi: 3.1.0\ninfo:\n  title: t\n');

    const metrics = await calculator().metrics(run, profile);

    expect(metrics).toMatchObject({
      run_id: run.id,
      total_duration_seconds: 1200,
      total_token_usage: { input: 4834, output: 2050, cached_input: 700, reasoning: 100 },
      // 16 significant digits: the number keeps 15 of them.
      total_cost_usd: 1.03171,
      total_cost_usd_exact: '1.031710000000001',
      governance_score: 0.833,
      artifacts_total: 4,
      errors_count: 1,
      budget_usd: '2',
      spent_usd_exact: '1.031710000000001',
      budget_remaining_usd: '0.968289999999999',
    });
    expect(metrics.phases_metrics).toEqual([
      {
        phase: 'planning',
        status: 'completed',
        duration_seconds: 300,
        token_usage: { input: 2234, output: 900, cached_input: 200, reasoning: 100 },
        cost_usd: 0.014335,
        cost_usd_exact: '0.014335',
        agents_executed: ['planner'],
        artifacts_generated: 2,
        governance_passed: true,
        governance_warnings: ['optional output "notes.md" of agent "planner" was not produced'],
        governance_failed_checks: [],
        agents: [
          {
            agent_id: 'planner',
            calls: 2,
            token_usage: { input: 2234, output: 900, cached_input: 200, reasoning: 100 },
            cost_usd: 0.014335,
            cost_usd_exact: '0.014335',
          },
        ],
      },
      {
        phase: 'architecture',
        status: 'completed',
        duration_seconds: 600,
        token_usage: { input: 2500, output: 1100, cached_input: 500, reasoning: 0 },
        cost_usd: 1.016625,
        cost_usd_exact: '1.016625000000001',
        agents_executed: ['architect', 'reviewer'],
        artifacts_generated: 2,
        governance_passed: false,
        governance_warnings: [],
        // Listed, not only counted: which artifact failed which check, and why.
        governance_failed_checks: [
          { artifact: 'openapi.yaml', check: 'valid', message: 'yaml: bad indentation' },
        ],
        agents: [
          {
            agent_id: 'architect',
            calls: 1,
            token_usage: { input: 2000, output: 1000, cached_input: 0, reasoning: 0 },
            cost_usd: 0.015,
            cost_usd_exact: '0.015',
          },
          {
            agent_id: 'reviewer',
            calls: 2,
            token_usage: { input: 500, output: 100, cached_input: 500, reasoning: 0 },
            cost_usd: 1.001625,
            cost_usd_exact: '1.001625000000001',
          },
        ],
      },
      {
        phase: 'data',
        status: 'running',
        duration_seconds: 300,
        token_usage: { input: 100, output: 50, cached_input: 0, reasoning: 0 },
        cost_usd: 0.00075,
        cost_usd_exact: '0.00075',
        agents_executed: ['data_modeler'],
        artifacts_generated: 0,
        governance_passed: null,
        governance_warnings: [],
        governance_failed_checks: [],
        agents: [
          {
            agent_id: 'data_modeler',
            calls: 1,
            token_usage: { input: 100, output: 50, cached_input: 0, reasoning: 0 },
            cost_usd: 0.00075,
            cost_usd_exact: '0.00075',
          },
        ],
      },
    ]);

    // Four files judged (the internal one left out); two TODOs in one of them cost 0.1 / 4.
    expect(metrics.hygiene_score).toBeLessThan(1);
    expect(metrics.hygiene_score).toBe(0.975);
    expect(metrics.hygiene).toEqual({
      files_checked: 4,
      issues: [
        {
          file: 'architecture/architecture.md',
          kind: 'unresolved_marker',
          detail: '2 unresolved markers (TODO ×2), first on line 3',
        },
      ],
    });

    // Earlier runs: 1000/400 and 2000/600 per phase, the second one failing at qa. The running data phase
    // already used 100/50 of its median.
    expect(metrics.projection).toEqual({
      remaining_phases: [
        {
          phase: 'data',
          projected_input_tokens: 1400,
          projected_output_tokens: 450,
          projected_cost_usd: 0.008,
          projected_cost_usd_exact: '0.008',
          basis: 'history',
          basis_runs: 2,
          model: MODEL,
          priced: true,
        },
        {
          phase: 'development',
          projected_input_tokens: 1500,
          projected_output_tokens: 500,
          projected_cost_usd: 0.00875,
          projected_cost_usd_exact: '0.00875',
          basis: 'history',
          basis_runs: 2,
          model: MODEL,
          priced: true,
        },
        {
          phase: 'qa',
          projected_input_tokens: 1000,
          projected_output_tokens: 400,
          projected_cost_usd: 0.0065,
          projected_cost_usd_exact: '0.0065',
          basis: 'history',
          basis_runs: 1,
          model: MODEL,
          priced: true,
        },
        {
          phase: 'documentation',
          projected_input_tokens: 1000,
          projected_output_tokens: 400,
          projected_cost_usd: 0,
          projected_cost_usd_exact: '0',
          basis: 'history',
          basis_runs: 1,
          model: 'unpriced-model',
          priced: false,
        },
      ],
      projected_cost_usd: 0.02325,
      projected_cost_usd_exact: '0.02325',
      basis: 'history',
      notes: ['no price for unpriced-model in available_models: documentation is projected to cost 0'],
    });
  });

  it('estimates the time to completion from earlier runs of the profile, less what a running phase has run', async () => {
    const profile = testProfile('metrics_eta');
    await earlierRun(profile.name, [{ agent: 'a', input: 10, output: 10 }], 'documentation', 120);
    await earlierRun(profile.name, [{ agent: 'a', input: 10, output: 10 }], 'data', 240);
    const run = await createRun(profile.name, 'running');
    await addPhase(run, 'planning', {
      status: 'completed',
      started_at: at('10:00:00'),
      completed_at: at('10:05:00'),
    });
    await addPhase(run, 'architecture', { status: 'running', started_at: at('10:18:00') });

    const { estimated_completion } = await calculator().metrics(run, profile);

    // architecture: median(120, 240) = 180, 120 of them run by 10:20; data 180; the rest 120 each.
    expect(estimated_completion).toEqual({
      remaining_seconds: 600,
      estimated_completion_at: at('10:30:00'),
      basis: 'history',
      remaining_phases: [
        { phase: 'architecture', projected_seconds: 60, basis: 'history', basis_runs: 2 },
        { phase: 'data', projected_seconds: 180, basis: 'history', basis_runs: 2 },
        { phase: 'development', projected_seconds: 120, basis: 'history', basis_runs: 1 },
        { phase: 'qa', projected_seconds: 120, basis: 'history', basis_runs: 1 },
        { phase: 'documentation', projected_seconds: 120, basis: 'history', basis_runs: 1 },
      ],
    });

    const ended = await createRun(profile.name, 'completed');
    expect((await calculator().metrics(ended, profile)).estimated_completion).toEqual({
      remaining_seconds: 0,
      estimated_completion_at: ended.completed_at,
      basis: 'none',
      remaining_phases: [],
    });
  });

  it('gives the budget gate a phase projection and what the run spent', async () => {
    const profile = testProfile('metrics_gate');
    await earlierRun(profile.name, [{ agent: 'a', input: 1000, output: 100 }], 'documentation');
    await earlierRun(profile.name, [{ agent: 'a', input: 3000, output: 300 }], 'documentation');
    const run = await createRun(profile.name, 'running', '1');
    await addPhase(run, 'planning', { status: 'completed' });
    await addUsage(run, 'planning', [{ agent: 'planner', input: 10, output: 10, cost: '0.123456789012345' }]);
    const metrics = calculator();

    const projected = await metrics.projectedPhaseCost(run, profile, 'architecture');
    // 2000 · 0.0025 + 200 · 0.01 = 7 per thousand
    expect({ cost: projected.cost.toFixed(), basis: projected.basis }).toEqual({
      cost: '0.007',
      basis: 'history',
    });
    expect((await metrics.spent(run.id)).toFixed()).toBe('0.123456789012345');
  });

  it('reads the history of a profile again only once it is a minute old', async () => {
    const profile = testProfile('metrics_cache');
    await earlierRun(profile.name, [{ agent: 'a', input: 1000, output: 100 }], 'documentation');
    const run = await createRun(profile.name, 'running');
    const metrics = calculator();
    const projectedInput = async () =>
      (await metrics.metrics(run, profile)).projection.remaining_phases[0].projected_input_tokens;

    expect(await projectedInput()).toBe(1000);
    await earlierRun(profile.name, [{ agent: 'a', input: 5000, output: 100 }], 'documentation');
    now = new Date(NOW.getTime() + HISTORY_TTL_MS - 1);
    expect(await projectedInput()).toBe(1000);
    now = new Date(NOW.getTime() + HISTORY_TTL_MS);
    expect(await projectedInput()).toBe(3000);
  });

  it('projects from this run alone when its profile has no history, and from nothing before any phase', async () => {
    const profile = testProfile('metrics_lonely');
    const started = await createRun(profile.name, 'running');
    await addPhase(started, 'planning', {
      status: 'completed',
      started_at: at('10:00:00'),
      completed_at: at('10:01:40'),
    });
    await addUsage(started, 'planning', [{ agent: 'planner', input: 800, output: 200 }]);
    const fresh = await createRun(profile.name, 'created');
    const metrics = calculator();

    const ownBasis = await metrics.metrics(started, profile);
    expect(ownBasis.projection.basis).toBe('this_run');
    expect(ownBasis.projection.remaining_phases.map((phase) => phase.phase)).toEqual(
      RUN_PHASE_ORDER.slice(1),
    );
    expect(ownBasis.projection.remaining_phases[0]).toMatchObject({
      projected_input_tokens: 800,
      projected_output_tokens: 200,
      projected_cost_usd_exact: '0.004',
      basis: 'this_run',
      basis_runs: 1,
    });
    expect(ownBasis.projection.projected_cost_usd_exact).toBe('0.02');
    // Without history, this run's pace: planning took 100 s, so five more phases take 500 s.
    expect(ownBasis.estimated_completion).toMatchObject({
      remaining_seconds: 500,
      estimated_completion_at: new Date(NOW.getTime() + 500_000).toISOString(),
      basis: 'this_run',
    });

    // The fresh run does not see the other run of its profile as history: that run completed only
    // planning, so only planning has a sample.
    const nothing = await metrics.metrics(fresh, profile);
    expect(nothing).toMatchObject({
      total_duration_seconds: 0,
      total_token_usage: { input: 0, output: 0, cached_input: 0, reasoning: 0 },
      total_cost_usd: 0,
      total_cost_usd_exact: '0',
      phases_metrics: [],
      governance_score: 1,
      hygiene_score: 1,
      hygiene: { files_checked: 0, issues: [] },
      artifacts_total: 0,
      errors_count: 0,
      budget_usd: null,
      spent_usd_exact: '0',
      budget_remaining_usd: null,
    });
    expect(nothing.projection.remaining_phases[0]).toMatchObject({
      phase: 'planning',
      projected_input_tokens: 800,
      basis: 'history',
    });
    expect(nothing.projection.remaining_phases[1]).toMatchObject({
      phase: 'architecture',
      projected_input_tokens: 0,
      projected_cost_usd_exact: '0',
      basis: 'none',
    });
    expect(nothing.projection.basis).toBe('none');
    // Planning has a duration to go by (the other run's), architecture none: no estimate yet.
    expect(nothing.estimated_completion).toMatchObject({
      remaining_seconds: null,
      estimated_completion_at: null,
      basis: 'none',
    });
    expect(nothing.estimated_completion.remaining_phases[0]).toEqual({
      phase: 'planning',
      projected_seconds: 100,
      basis: 'history',
      basis_runs: 1,
    });
    expect(nothing.projection.notes).toContain(
      'no earlier metrics_lonely run completed architecture and this run completed no phase: architecture is projected at 0',
    );
  });
});
