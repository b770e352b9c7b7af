import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_PAGE_SIZE, RUN_PHASE_ORDER, type RunPhase } from '@slipway/contracts';
import { ownerScope, type Principal } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import { OrchestratorConfig } from '../config';
import { RunEventBus } from '../events/run-event-bus';
import { ProfileCatalog } from '../profiles/profile-catalog';
import { RunRecords, type ArtifactRecord, type PhaseRecord, type RunRecord } from '../records/run-records';
import { RunWorkspace } from '../workspace/run-workspace';
import { CREATED_STATUS, RunLauncher } from './run-launcher';
import { failedChecksOf, holdOf, RunOrchestrator, RunStateError } from './run-orchestrator';
import { isTerminalRun } from './run-states';
import type {
  AdvanceRunResponse,
  ArtifactsResponse,
  CancelRunResponse,
  CreateRunRequest,
  RunArtifactsQuery,
  RunDetail,
  RunListQuery,
  RunListResponse,
  RunSummary,
} from '@slipway/contracts/runs';
import { toAdvanceResponse, toArtifactsResponse, toRunDetail, toRunSummary } from './runs.mapper';

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

export type Advanced = { status: 200 | 202; body: AdvanceRunResponse };

/** What the /runs routes do; the state machine itself is RunOrchestrator. */
@Injectable()
export class RunsService {
  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunOrchestrator) private readonly orchestrator: RunOrchestrator,
    @Inject(RunLauncher) private readonly launcher: RunLauncher,
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(ProfileCatalog) private readonly profiles: ProfileCatalog,
    @Inject(RunWorkspace) private readonly workspace: RunWorkspace,
    /** NEXT_WAIT_MS: how long /next waits for the phase before answering 202. */
    @Inject(OrchestratorConfig) private readonly settings: Pick<OrchestratorConfig, 'NEXT_WAIT_MS'>,
  ) {}

  async create(principal: Principal, body: CreateRunRequest): Promise<RunSummary> {
    this.launcher.assertProfile(body.profile);
    if (body.project_id !== undefined) await this.assertMayUseProject(principal, body.project_id);
    const run = await this.launcher.record({
      profile: body.profile,
      ...(body.intake !== undefined ? { intake: body.intake } : {}),
      ...(body.project_name !== undefined ? { project_name: body.project_name } : {}),
      ...(body.project_id !== undefined ? { project_id: body.project_id } : {}),
      ...(body.budget_usd !== undefined ? { budget_usd: body.budget_usd } : {}),
      ...ownerOf(principal),
      mode: body.mode ?? 'manual',
      status: CREATED_STATUS,
      metadata: body.metadata ?? {},
    });
    return toRunSummary(await this.launcher.launch(run, []));
  }

  /** A member's run belongs to a project of theirs (its spend is charged there); admins and services name any. */
  private async assertMayUseProject(principal: Principal, projectId: string): Promise<void> {
    const owner = ownerScope(principal);
    if (owner === null || (await this.records.projectOwner(projectId)) === owner) return;
    throw ProblemException.validation([
      { field: 'project_id', message: 'project_id names no project of yours' },
    ]);
  }

  async list(principal: Principal, query: RunListQuery): Promise<RunListResponse> {
    const owner = ownerScope(principal);
    const page = await this.records.listRuns({ ...query, ...(owner === null ? {} : { owner_id: owner }) });
    return { ...page, items: page.items.map(toRunSummary) };
  }

  async get(principal: Principal, id: string): Promise<RunDetail> {
    const run = await this.visible(principal, id);
    const [phases, artifacts] = await Promise.all([
      this.records.phases(run.id),
      this.records.artifacts(run.id),
    ]);
    const profile = this.profiles.has(run.profile) ? this.profiles.get(run.profile) : null;
    return toRunDetail(run, phases, artifacts, profile);
  }

  /**
   * Executes the current phase and advances (seed): waits for the outcome up to NEXT_WAIT_MS, else
   * answers 202 with the run still running. A run that ended → 409 run_ended, one being cancelled
   * → 409 run_cancelling, a phase already running → 409 phase_running, a finished phase whose outcome
   * is being applied → 409 outcome_pending; a phase whose governance failed → 422 governance_failed
   * listing the checks, unless skip_validation.
   */
  async next(principal: Principal, id: string, skipValidation: boolean): Promise<Advanced> {
    const run = await this.visible(principal, id);
    if (isTerminalRun(run.status)) throw new ProblemException('run_ended', `Run ${run.id} is ${run.status}`);
    if (run.status === 'cancelling')
      throw new ProblemException('run_cancelling', `Run ${run.id} is being cancelled`);
    const phase = await this.phaseOf(run);
    if (phase.status === 'running')
      throw new ProblemException('phase_running', `Phase ${phase.phase} of run ${run.id} is already running`);
    if (phase.status === 'completed' && run.status === 'running')
      throw new ProblemException(
        'outcome_pending',
        `Phase ${phase.phase} of run ${run.id} has finished; its outcome is being applied, try again`,
      );
    const previous = run.current_phase;
    const hold = holdOf(run);
    if (phase.status === 'completed' && skipValidation) {
      // Executed, held by governance: advance without executing again.
      const advanced = await this.orchestrator.advance(run, phase.phase);
      return answer(advanced, previous, 200);
    }
    const settled = this.bus.awaitEvent(run.id, SETTLING);
    try {
      const started = await this.orchestrator
        .start(run, skipValidation, run.status === 'awaiting_approval' && hold?.reason !== 'governance')
        .catch((error: unknown) => {
          if (error instanceof RunStateError) throw new ProblemException(error.code, error.message);
          throw error;
        });
      if (started.status === 'awaiting_approval') return answer(started, previous, 200);
      const event = await settled.wait(this.settings.NEXT_WAIT_MS);
      const latest = (await this.records.getRun(run.id)) ?? started;
      if (event === 'governance.blocked') {
        const blocked = await this.records.phase(run.id, previous);
        const failed = blocked ? failedChecksOf(blocked) : [];
        throw new ProblemException(
          'governance_failed',
          `${failed.length} governance check(s) of ${previous} failed; advance with skip_validation to override`,
          failed.map((c) => ({
            field: c.artifact,
            message: `${c.check}: ${c.message ?? 'failed'} (advance with skip_validation to override)`,
          })),
        );
      }
      return answer(latest, previous, event === null ? 202 : 200);
    } finally {
      await settled.stop();
    }
  }

  async cancel(principal: Principal, id: string): Promise<{ status: 200 | 202; body: CancelRunResponse }> {
    const run = await this.visible(principal, id);
    if (isTerminalRun(run.status))
      throw new ProblemException('run_ended', `Run ${run.id} is already ${run.status}`);
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
    this.launcher.assertProfile(source.profile);
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
    const run = await this.launcher.record({
      profile: source.profile,
      ...(source.intake !== null ? { intake: source.intake } : {}),
      ...(source.project_name !== null ? { project_name: source.project_name } : {}),
      ...(source.project_id !== null ? { project_id: source.project_id } : {}),
      ...(source.budget_usd !== null ? { budget_usd: source.budget_usd } : {}),
      ...ownerOf(principal),
      mode: source.mode,
      status: CREATED_STATUS,
      current_phase: fromPhase,
      parent_run_id: source.id,
      root_run_id: source.root_run_id ?? source.id,
      metadata: source.metadata,
    });
    await this.launcher.copyPhases(source, run, reused);
    const launched = await this.launcher.launch(
      run,
      sourcePhases.filter((p) => reused.includes(p.phase)),
    );
    return toRunSummary(launched);
  }

  /** Every artifact of the run, or the page `query` asks for. */
  async artifacts(principal: Principal, id: string, query: RunArtifactsQuery): Promise<ArtifactsResponse> {
    const run = await this.visible(principal, id);
    if (query.page === undefined && query.limit === undefined)
      return toArtifactsResponse(run, await this.records.artifacts(run.id));
    const page = query.page ?? 1;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.records.artifactsPage(run.id, page, limit);
    return toArtifactsResponse(run, items, { page, limit, total });
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

  private async phaseOf(run: RunRecord): Promise<PhaseRecord> {
    const phase = await this.records.phase(run.id, run.current_phase);
    if (!phase)
      throw new ProblemException('conflict', `Run ${run.id} has no ${run.current_phase} phase record`);
    return phase;
  }
}

const answer = (run: RunRecord, previous: RunPhase, status: 200 | 202): Advanced => ({
  status,
  body: toAdvanceResponse(run, previous, status),
});

/** Who owns what a principal creates: the user, or the service itself. */
function ownerOf(principal: Principal): { owner_id: string; owner_email?: string } {
  if (principal.kind !== 'user')
    return { owner_id: principal.kind === 'service' ? SERVICE_OWNER : principal.id };
  return { owner_id: principal.id, ...(principal.email ? { owner_email: principal.email } : {}) };
}

const actorName = (principal: Principal): string =>
  principal.kind === 'service' ? SERVICE_OWNER : principal.id;
