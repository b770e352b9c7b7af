import { Inject, Injectable } from '@nestjs/common';
import { RUN_PHASE_ORDER, type EngineeringTaskAnnounced, type RunPhase } from '@slipway/contracts';
import { DataApiClient, type Schemas } from '@slipway/data-client';
import { ownerScope, type Principal } from '@slipway/identity';
import { AppLogger, ProblemException } from '@slipway/platform';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';
import { OrchestratorConfig } from '../config';
import { RunEventBus } from '../events/run-event-bus';
import { ProfileCatalog } from '../profiles/profile-catalog';
import { RunRecords, type ArtifactRecord, type PhaseRecord, type RunRecord } from '../records/run-records';
import { RunWorkspace } from '../workspace/run-workspace';
import { failedChecks, holdOf, RunOrchestrator, RunStateError } from './run-orchestrator';
import { isTerminalRun } from './run-states';
import type {
  AdvanceRunResponse,
  ArtifactsResponse,
  ArtifactSummary,
  CancelRunResponse,
  CreateRunRequest,
  PhaseInfo,
  RunDetail,
  RunListQuery,
  RunListResponse,
  RunSummary,
} from './runs.dto';

/** The settings the routes read (OrchestratorConfig's): how long /next waits, the engineering profile. */
type RunsSettings = Pick<OrchestratorConfig, 'NEXT_WAIT_MS' | 'ENGINEERING_PROFILE'>;

/** Events after which a /next call has its answer. */
const SETTLING = new Set([
  'run.advanced',
  'run.completed',
  'run.awaiting_approval',
  'governance.blocked',
  'run.failed',
  'run.cancelled',
  'run.crashed',
]);

/**
 * The owner of runs a service starts for itself (no user named); only admins and services see
 * them. Parentheses make it unlike any forwarded user id.
 */
const SERVICE_OWNER = '(service)';

/** How long a task's claim stands; the task's result names its run long before. */
const TASK_CLAIM_SECONDS = 86_400;

export type Advanced = { status: 200 | 202; body: AdvanceRunResponse };

const seconds = (from: string | null, to: string | null): number | null =>
  from && to ? Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000) : null;

/** What the /runs routes do; the state machine itself is RunOrchestrator. */
@Injectable()
export class RunsService {
  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunOrchestrator) private readonly orchestrator: RunOrchestrator,
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(ProfileCatalog) private readonly profiles: ProfileCatalog,
    @Inject(RunWorkspace) private readonly workspace: RunWorkspace,
    @Inject(DataApiClient) private readonly dataApi: DataApiClient,
    @Inject(REDIS) private readonly redis: Redis,
    /** Key prefix of the claims that make an engineering task start one run however often it is announced. */
    @Inject(REDIS_PREFIX) private readonly redisPrefix: string,
    @Inject(OrchestratorConfig) private readonly settings: RunsSettings,
    @Inject(AppLogger) private readonly logger: AppLogger,
  ) {}

  async create(principal: Principal, body: CreateRunRequest): Promise<RunSummary> {
    this.assertProfile(body.profile);
    const run = await this.records.createRun({
      profile: body.profile,
      ...(body.intake !== undefined ? { intake: body.intake } : {}),
      ...(body.project_name !== undefined ? { project_name: body.project_name } : {}),
      ...(body.project_id !== undefined ? { project_id: body.project_id } : {}),
      ...(body.budget_usd !== undefined ? { budget_usd: body.budget_usd } : {}),
      ...ownerOf(principal),
      mode: body.mode ?? 'manual',
      metadata: body.metadata ?? {},
    });
    return this.begin(run, []);
  }

  async list(principal: Principal, query: RunListQuery): Promise<RunListResponse> {
    const owner = ownerScope(principal);
    const page = await this.records.listRuns({ ...query, ...(owner === null ? {} : { owner_id: owner }) });
    return { ...page, items: page.items.map(summary) };
  }

  async get(principal: Principal, id: string): Promise<RunDetail> {
    const run = await this.visible(principal, id);
    const [phases, artifacts] = await Promise.all([
      this.records.phases(run.id),
      this.records.artifacts(run.id),
    ]);
    const profile = this.profiles.has(run.profile) ? this.profiles.get(run.profile) : null;
    const infos: PhaseInfo[] = RUN_PHASE_ORDER.map((name) => {
      const phase = phases.find((p) => p.phase === name);
      return {
        phase: name,
        status: phase?.status ?? 'pending',
        started_at: phase?.started_at ?? null,
        completed_at: phase?.completed_at ?? null,
        duration_seconds: seconds(phase?.started_at ?? null, phase?.completed_at ?? null),
        agent_ids: phase?.agent_ids.length
          ? phase.agent_ids
          : (profile?.phases[name].agents.map((a) => a.id) ?? []),
        artifacts_count: artifacts.filter((a) => a.phase === name).length,
        attempt: phase?.attempt ?? 0,
        error: phase?.error ?? null,
      };
    });
    const starts = infos.map((p) => p.started_at).filter((t): t is string => t !== null);
    const ends = infos.map((p) => p.completed_at).filter((t): t is string => t !== null);
    return {
      run_id: run.id,
      profile: run.profile,
      intake: run.intake,
      project_name: run.project_name,
      current_phase: run.current_phase,
      status: run.status,
      mode: run.mode,
      phases: infos,
      created_at: run.created_at,
      updated_at: run.updated_at,
      total_duration_seconds:
        starts.length && ends.length ? seconds(starts.sort()[0], ends.sort()[ends.length - 1]) : null,
      metadata: run.metadata,
      budget_usd: run.budget_usd,
      parent_run_id: run.parent_run_id,
      root_run_id: run.root_run_id,
      project_id: run.project_id,
      error: run.error,
      awaiting_approval: run.status === 'awaiting_approval' ? holdOf(run) : null,
      last_event_id: run.last_event_seq,
    };
  }

  /**
   * Executes the current phase and advances (seed): waits for the outcome up to NEXT_WAIT_MS, else
   * answers 202 with the run still running. A phase already running → 409; a phase whose
   * governance failed → 422 listing the checks, unless skip_validation.
   */
  async next(principal: Principal, id: string, skipValidation: boolean): Promise<Advanced> {
    const run = await this.visible(principal, id);
    if (isTerminalRun(run.status)) throw new ProblemException('conflict', `Run ${run.id} is ${run.status}`);
    if (run.status === 'cancelling')
      throw new ProblemException('conflict', `Run ${run.id} is being cancelled`);
    const phase = await this.phaseOf(run);
    if (phase.status === 'running')
      throw new ProblemException('conflict', `Phase ${phase.phase} of run ${run.id} is already running`);
    if (phase.status === 'completed' && run.status === 'running')
      throw new ProblemException(
        'conflict',
        `Phase ${phase.phase} of run ${run.id} has finished; its outcome is being applied, try again`,
      );
    const previous = run.current_phase;
    const hold = holdOf(run);
    if (phase.status === 'completed' && skipValidation) {
      // Executed, held by governance: advance without executing again.
      const advanced = await this.orchestrator.advance(run, phase.phase);
      return this.answer(advanced, previous, 200);
    }
    const settled = this.waitForSettling(run.id);
    try {
      const started = await this.orchestrator
        .start(run, skipValidation, run.status === 'awaiting_approval' && hold?.reason !== 'governance')
        .catch((error: unknown) => {
          if (error instanceof RunStateError) throw new ProblemException('conflict', error.message);
          throw error;
        });
      if (started.status === 'awaiting_approval') return this.answer(started, previous, 200);
      const event = await settled.wait(this.settings.NEXT_WAIT_MS);
      const latest = (await this.records.getRun(run.id)) ?? started;
      if (event === 'governance.blocked') {
        const blocked = await this.records.phase(run.id, previous);
        throw ProblemException.validation(
          (blocked ? failedChecks(blocked) : []).map((c) => ({
            field: c.artifact,
            message: `${c.check}: ${c.message ?? 'failed'} (advance with skip_validation to override)`,
          })),
        );
      }
      return this.answer(latest, previous, event === null ? 202 : 200);
    } finally {
      await settled.stop();
    }
  }

  async cancel(principal: Principal, id: string): Promise<{ status: 200 | 202; body: CancelRunResponse }> {
    const run = await this.visible(principal, id);
    if (isTerminalRun(run.status))
      throw new ProblemException('conflict', `Run ${run.id} is already ${run.status}`);
    const phase = await this.phaseOf(run);
    if (phase.status === 'running') {
      const cancelling = await this.orchestrator.transition(run.id, (current) =>
        isTerminalRun(current.status) || current.status === 'cancelling' ? null : { status: 'cancelling' },
      );
      if (cancelling) {
        await this.bus.append(run.id, 'run.cancelling', phase.phase, { requested_by: actorName(principal) });
        await this.bus.control(run.id, { type: 'cancel', reason: `cancelled by ${actorName(principal)}` });
        // The phase may have ended between reading it and marking the run: then nothing will stop.
        const settled = await this.orchestrator.settleCancel(run.id);
        if (settled.status === 'cancelled')
          return { status: 200, body: { run_id: run.id, status: 'cancelled', message: 'Run cancelled' } };
      }
      return {
        status: 202,
        body: { run_id: run.id, status: 'cancelling', message: `Stopping phase ${phase.phase}` },
      };
    }
    await this.orchestrator.end(run, 'cancelled', `cancelled by ${actorName(principal)}`);
    return { status: 200, body: { run_id: run.id, status: 'cancelled', message: 'Run cancelled' } };
  }

  /**
   * A new run of the same request, its lineage recorded; the phases before `fromPhase` are reused:
   * their files copied, their records marked skipped with the source named.
   */
  async clone(principal: Principal, id: string, fromPhase: RunPhase = 'planning'): Promise<RunSummary> {
    const source = await this.visible(principal, id);
    this.assertProfile(source.profile);
    const reused = RUN_PHASE_ORDER.slice(0, RUN_PHASE_ORDER.indexOf(fromPhase));
    const sourcePhases = await this.records.phases(source.id);
    const unfinished = reused.filter(
      (name) => !['completed', 'skipped'].includes(sourcePhases.find((p) => p.phase === name)?.status ?? ''),
    );
    if (unfinished.length)
      throw ProblemException.validation([
        {
          field: 'from_phase',
          message: `earlier phases must be complete in the source run; not: ${unfinished.join(', ')}`,
        },
      ]);
    const run = await this.records.createRun({
      profile: source.profile,
      ...(source.intake !== null ? { intake: source.intake } : {}),
      ...(source.project_name !== null ? { project_name: source.project_name } : {}),
      ...(source.project_id !== null ? { project_id: source.project_id } : {}),
      ...(source.budget_usd !== null ? { budget_usd: source.budget_usd } : {}),
      ...ownerOf(principal),
      mode: source.mode,
      current_phase: fromPhase,
      parent_run_id: source.id,
      root_run_id: source.root_run_id ?? source.id,
      metadata: source.metadata,
    });
    const artifacts = await this.records.artifacts(source.id);
    for (const name of reused) {
      await this.workspace.copyPhase(source.id, run.id, name);
      for (const artifact of artifacts.filter((a) => a.phase === name)) {
        await this.records.putArtifact({
          run_id: run.id,
          phase: name,
          name: artifact.name,
          path: artifact.path,
          sha256: artifact.sha256,
          size_bytes: artifact.size_bytes,
          artifact_type: artifact.artifact_type,
          ...(artifact.description !== null ? { description: artifact.description } : {}),
          ...(artifact.agent_id !== null ? { agent_id: artifact.agent_id } : {}),
        });
      }
    }
    return this.begin(
      run,
      sourcePhases.filter((p) => reused.includes(p.phase)),
    );
  }

  async artifacts(principal: Principal, id: string): Promise<ArtifactsResponse> {
    const run = await this.visible(principal, id);
    const artifacts = await this.records.artifacts(run.id);
    const byPhase: Record<string, ArtifactSummary[]> = {};
    for (const artifact of artifacts)
      (byPhase[artifact.phase] ??= []).push(this.artifactSummary(run, artifact));
    return { run_id: run.id, total_count: artifacts.length, artifacts_by_phase: byPhase };
  }

  /** The artifact's record and its file's absolute path, confined to the run's workspace. */
  async artifactFile(
    principal: Principal,
    id: string,
    artifactId: string,
  ): Promise<{ artifact: ArtifactRecord; file: string }> {
    const run = await this.visible(principal, id);
    const artifact = await this.records.artifact(artifactId);
    if (!artifact || artifact.run_id !== run.id) throw ProblemException.notFound(`Artifact ${artifactId}`);
    try {
      return { artifact, file: await this.workspace.resolveExisting(run.id, artifact.path) };
    } catch {
      throw ProblemException.notFound(`The file of artifact ${artifactId}`);
    }
  }

  /** A run the principal may see (their own; admins and services all), else 404. */
  async visible(principal: Principal, id: string): Promise<RunRecord> {
    const run = /^[0-9a-f-]{36}$/i.test(id) ? await this.records.getRun(id) : null;
    const owner = ownerScope(principal);
    if (!run || (owner !== null && run.owner_id !== owner)) throw ProblemException.notFound(`Run ${id}`);
    return run;
  }

  /** engineering:queue — a task of type engineering starts an auto run for its project (once per task). */
  async startForTask(message: EngineeringTaskAnnounced): Promise<RunRecord | null> {
    const { data: task } = await this.dataApi.get('/api/tasks/{id}', {
      params: { path: { id: message.task_id } },
    });
    if (task.type !== 'engineering') return null;
    const existing =
      typeof task.result?.run_id === 'string' ? await this.records.getRun(task.result.run_id) : null;
    if (existing) return existing;
    // Announcements of one task arriving together: the first claims it, the others leave it be.
    const claim = `${this.redisPrefix}runs:engineering-task:${task.id}`;
    if ((await this.redis.set(claim, '1', 'EX', TASK_CLAIM_SECONDS, 'NX')) === null) return null;
    try {
      return await this.startRunForTask(task, message);
    } catch (error) {
      await this.redis.del(claim);
      throw error;
    }
  }

  private async startRunForTask(
    task: Schemas['TaskDto'],
    message: EngineeringTaskAnnounced,
  ): Promise<RunRecord> {
    const { data: project } = await this.dataApi.get('/api/projects/{id}', {
      params: { path: { id: message.project_id ?? task.project_id } },
    });
    const profile = message.profile ?? this.settings.ENGINEERING_PROFILE;
    this.assertProfile(profile);
    const run = await this.records.createRun({
      profile,
      intake: [task.title, task.description].filter(Boolean).join('\n\n'),
      project_name: project.name,
      project_id: project.id,
      owner_id: project.owner_id,
      mode: 'auto',
      task_id: task.id,
    });
    await this.dataApi.patch('/api/tasks/{id}', {
      params: { path: { id: task.id } },
      body: { status: 'in_progress', result: { run_id: run.id } },
    });
    await this.begin(run, []);
    this.logger.info({ run_id: run.id, task_id: task.id }, 'engineering task started a run');
    return run;
  }

  /** Phase records and the first event; an auto run starts its first phase at once. */
  private async begin(run: RunRecord, reused: PhaseRecord[]): Promise<RunSummary> {
    await this.records.createPhases(
      RUN_PHASE_ORDER.map((phase) => {
        const source = reused.find((p) => p.phase === phase);
        return source
          ? {
              run_id: run.id,
              phase,
              status: 'skipped' as const,
              agent_ids: source.agent_ids,
              governance: { ...(source.governance ?? {}), reused_from: source.run_id },
            }
          : { run_id: run.id, phase, status: 'pending' as const };
      }),
    );
    await this.bus.append(run.id, 'run.created', run.current_phase, {
      profile: run.profile,
      mode: run.mode,
      ...(run.parent_run_id ? { cloned_from: run.parent_run_id } : {}),
    });
    const started = run.mode === 'auto' ? await this.orchestrator.start(run, false, false) : run;
    return summary(started);
  }

  private async phaseOf(run: RunRecord): Promise<PhaseRecord> {
    const phase = await this.records.phase(run.id, run.current_phase);
    if (!phase)
      throw new ProblemException('conflict', `Run ${run.id} has no ${run.current_phase} phase record`);
    return phase;
  }

  private answer(run: RunRecord, previous: RunPhase, status: 200 | 202): Advanced {
    const hold = holdOf(run);
    const message =
      status === 202
        ? `Phase ${previous} is running; follow /runs/${run.id}/events`
        : run.status === 'completed'
          ? `Completed ${previous}; the run is complete`
          : run.status === 'awaiting_approval' && hold
            ? `Awaiting approval: ${hold.detail}; POST /next again to approve`
            : run.status === 'failed' || run.status === 'crashed' || run.status === 'cancelled'
              ? `Run ${run.status}: ${run.error ?? ''}`.trim()
              : `Advanced from ${previous} to ${run.current_phase}`;
    return {
      status,
      body: {
        run_id: run.id,
        previous_phase: previous,
        current_phase: run.current_phase,
        status: run.status,
        message,
      },
    };
  }

  /** Listens before dispatching, so the outcome cannot slip by between the two. */
  private waitForSettling(runId: string) {
    let resolveEvent: (type: string | null) => void = () => undefined;
    const outcome = new Promise<string | null>((resolve) => (resolveEvent = resolve));
    const subscription = this.bus.onEvent(runId, (event) => {
      if (SETTLING.has(event.type)) resolveEvent(event.type);
    });
    return {
      wait: async (ms: number): Promise<string | null> => {
        await subscription;
        const timer = setTimeout(() => resolveEvent(null), ms);
        try {
          return await outcome;
        } finally {
          clearTimeout(timer);
        }
      },
      stop: async () => {
        resolveEvent(null);
        await (
          await subscription
        )();
      },
    };
  }

  private artifactSummary(run: RunRecord, artifact: ArtifactRecord): ArtifactSummary {
    return {
      artifact_id: artifact.id,
      phase: artifact.phase,
      path: artifact.path,
      name: artifact.name,
      description: artifact.description,
      artifact_type: artifact.artifact_type,
      size_bytes: artifact.size_bytes,
      sha256: artifact.sha256,
      agent_id: artifact.agent_id,
      created_at: artifact.created_at,
      download_url: `/runs/${run.id}/artifacts/${artifact.id}/download`,
    };
  }

  private assertProfile(profile: string): void {
    if (!this.profiles.has(profile))
      throw ProblemException.validation([
        { field: 'profile', message: `unknown profile; known: ${this.profiles.names().join(', ')}` },
      ]);
  }
}

function summary(run: RunRecord): RunSummary {
  return {
    run_id: run.id,
    profile: run.profile,
    project_name: run.project_name,
    current_phase: run.current_phase,
    status: run.status,
    mode: run.mode,
    parent_run_id: run.parent_run_id,
    created_at: run.created_at,
    updated_at: run.updated_at,
  };
}

/** Who owns what a principal creates: the user, or the service itself. */
function ownerOf(principal: Principal): { owner_id: string; owner_email?: string } {
  if (principal.kind === 'service') return { owner_id: SERVICE_OWNER };
  return { owner_id: principal.id, ...(principal.email ? { owner_email: principal.email } : {}) };
}

const actorName = (principal: Principal): string =>
  principal.kind === 'service' ? SERVICE_OWNER : principal.id;
