import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import {
  RUN_PHASE_ORDER,
  type CompletePipelineDto,
  type PipelineStepDto,
  type RunStatus,
  type ValidatePipelineDto,
} from '@slipway/contracts';
import { AdmissionRefusedError, CostAdmissionClient, LeaseKeeper, OrgResolver } from '@slipway/cost-client';
import { AppLogger } from '@slipway/platform';
import { OrchestratorConfig } from '../config';
import { ProfileCatalog } from '../profiles/profile-catalog';
import { RunRecords, type PhaseRecord, type RunRecord } from '../records/run-records';
import { isTerminalRun } from './run-states';

/** A run about to be recorded, as its admission names it. */
export interface RunToAdmit {
  id: string;
  profile: string;
  project_id?: string;
  owner_id?: string;
}

type Outcome = CompletePipelineDto['outcome'];
const OUTCOMES: Partial<Record<RunStatus, Outcome>> = {
  completed: 'succeeded',
  failed: 'failed',
  crashed: 'failed',
  cancelled: 'cancelled',
};
/** Runs that hold a slot: every state but the terminal ones. */
const ACTIVE: RunStatus[] = ['created', 'running', 'awaiting_approval', 'cancelling'];
const PAGE = 100;
const MAX_DETAIL = 2000;
const MAX_MODELS = 20;

type Settings = Pick<OrchestratorConfig, 'LLM_PROVIDER' | 'LLM_MODEL'>;

/**
 * The admission of runs by cost-api's validator (COST_API_URL; unset, none), for runs of a project
 * that belongs to an organization: validated before the run is recorded — a refusal or an
 * unreachable cost-api stops it there (fail closed: the caller is answered 429 or 503, see
 * libs/cost-client's `admissionProblem`); its slot renewed while the run is active (LeaseKeeper);
 * completed with the outcome and the phases as steps when the run ends. After a restart, active
 * runs are validated again: a slot still held is renewed and counted nothing twice.
 */
@Injectable()
export class RunAdmission implements OnApplicationBootstrap {
  constructor(
    @Inject(CostAdmissionClient) private readonly client: CostAdmissionClient,
    @Inject(OrgResolver) private readonly orgs: OrgResolver,
    @Inject(LeaseKeeper) private readonly leases: LeaseKeeper,
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(ProfileCatalog) private readonly profiles: ProfileCatalog,
    @Inject(OrchestratorConfig) private readonly settings: Settings,
    @Inject(AppLogger) private readonly logger: AppLogger,
  ) {}

  /** Asks cost-api to admit the run; throws its refusal (AdmissionRefusedError) or CostApiUnavailableError. */
  async admit(run: RunToAdmit): Promise<void> {
    const org = await this.orgOf(run.project_id ?? null);
    if (org === null) return;
    const admission = await this.client.validate(org, await this.request(run));
    this.leases.hold({ org, kind: 'run', pipeline_id: run.id }, admission.heartbeat_interval_ms);
  }

  /** An admitted run that could not be recorded gives its slot back at once (else it lapses). Never throws. */
  async abandon(run: RunToAdmit, reason: string): Promise<void> {
    try {
      const org = await this.orgOf(run.project_id ?? null);
      if (org === null) return;
      await this.finish(org, run.id, {
        outcome: 'cancelled',
        detail: `not started: ${reason}`.slice(0, MAX_DETAIL),
      });
    } catch (error) {
      this.logger.warn({ err: error, run_id: run.id }, 'the slot of a run never recorded was not given back');
    }
  }

  /** The run ended: its slot comes back, its outcome and phases recorded. Failures are logged, never thrown. */
  async complete(run: RunRecord): Promise<void> {
    const outcome = OUTCOMES[run.status];
    if (outcome === undefined) return;
    try {
      const org = await this.orgOf(run.project_id);
      if (org === null) return;
      const phases = await this.records.phases(run.id);
      const rank = (phase: PhaseRecord) => RUN_PHASE_ORDER.indexOf(phase.phase);
      const steps: PipelineStepDto[] = phases
        .sort((a, b) => rank(a) - rank(b))
        .map((phase) => ({
          name: phase.phase,
          status: phase.status,
          ...(phase.started_at ? { started_at: phase.started_at } : {}),
          ...(phase.completed_at ? { finished_at: phase.completed_at } : {}),
        }));
      await this.finish(org, run.id, {
        outcome,
        ...(run.error ? { detail: run.error.slice(0, MAX_DETAIL) } : {}),
        steps,
      });
    } catch (error) {
      this.logger.warn({ err: error, run_id: run.id }, 'the run’s end could not be reported to cost-api');
    }
  }

  onApplicationBootstrap(): void {
    if (!this.client.enabled) return;
    this.resume().catch((error: unknown) =>
      this.logger.error({ err: error }, 'the slots of active runs could not be taken up again'),
    );
  }

  /** Every active run of an organization's project holds its slot again from this process. */
  private async resume(): Promise<void> {
    let cursor: string | undefined;
    do {
      const page = await this.records.listRuns({ status: ACTIVE, limit: PAGE, sort: 'created_at', cursor });
      for (const run of page.items) await this.resumeRun(run);
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
  }

  private async resumeRun(run: RunRecord): Promise<void> {
    try {
      const org = await this.orgOf(run.project_id);
      if (org === null) return;
      const admission = await this.client.validate(org, await this.request(run));
      if (admission.counted)
        this.logger.warn(
          { run_id: run.id, org },
          'the run’s slot had lapsed; it was admitted and counted again',
        );
      this.leases.hold({ org, kind: 'run', pipeline_id: run.id }, admission.heartbeat_interval_ms);
      // Ended meanwhile (on another replica): give back what was just taken.
      const latest = await this.records.getRun(run.id);
      if (latest && isTerminalRun(latest.status)) await this.complete(latest);
    } catch (error) {
      const refused = error instanceof AdmissionRefusedError;
      this.logger.warn(
        { err: error, run_id: run.id },
        refused
          ? 'cost-api refused the slot of an active run; it goes on without one'
          : 'an active run’s slot could not be taken up again',
      );
    }
  }

  private async finish(org: string, runId: string, end: Omit<CompletePipelineDto, 'kind' | 'pipeline_id'>) {
    this.leases.release({ kind: 'run', pipeline_id: runId });
    try {
      await this.client.complete(org, { kind: 'run', pipeline_id: runId, ...end });
    } catch (error) {
      // No admission of this run (it began before its project joined the organization): nothing to give back.
      if (error instanceof AdmissionRefusedError && error.status === 404) return;
      throw error;
    }
  }

  private orgOf(projectId: string | null): Promise<string | null> {
    if (!this.client.enabled || projectId === null) return Promise.resolve(null);
    return this.orgs.slugOf(projectId);
  }

  /** What the run will use: its profile, and with a real provider the models its agents will call. */
  private async request(run: RunToAdmit | RunRecord): Promise<ValidatePipelineDto> {
    return {
      kind: 'run',
      pipeline_id: run.id,
      profile: run.profile,
      ...(run.project_id ? { project_id: run.project_id } : {}),
      ...(run.owner_id ? { requested_by: run.owner_id } : {}),
      ...(await this.plannedModels(run.profile)),
    };
  }

  /**
   * The template provider calls no one; another one is named with every model the run's agents
   * will call — the registry's agent config of the agent's name, else the profile's, else LLM_MODEL.
   */
  private async plannedModels(
    profileName: string,
  ): Promise<Pick<ValidatePipelineDto, 'provider' | 'models'>> {
    if (this.settings.LLM_PROVIDER === 'template' || !this.profiles.has(profileName)) return {};
    const profile = this.profiles.get(profileName);
    const agents = Object.values(profile.phases).flatMap((phase) => phase.agents);
    const models = await Promise.all(
      agents.map(
        async (agent) =>
          (await this.records.agentConfig(agent.id))?.model ?? agent.model ?? this.settings.LLM_MODEL,
      ),
    );
    return { provider: this.settings.LLM_PROVIDER, models: [...new Set(models)].slice(0, MAX_MODELS) };
  }
}
