import { Inject, Injectable } from '@nestjs/common';
import type { PhaseOutcome, PhaseRequested, RunPhase } from '@slipway/contracts';
import { AppLogger } from '@slipway/platform';
import { StreamProducer } from '@slipway/streams';
import { AgentWorkerConfig } from '../config';
import { RunEventBus } from '../events/run-event-bus';
import { checkPhase, failedChecks, recordedGovernance } from '../governance/governance';
import { artifactKind } from '../profiles/artifact-name';
import { ProfileCatalog } from '../profiles/profile-catalog';
import type { AgentSpec, ArtifactSpec } from '../profiles/profile';
import { RunRecords, type PhaseRecord, type RunRecord } from '../records/run-records';
import type { RunsProducer } from '../runs-core.module';
import { isTerminalRun } from '../runs/run-states';
import { RunWorkspace } from '../workspace/run-workspace';
import { ArtifactPrompter } from './artifact-prompter';
import { extractArtifactContent, type PriorArtifact } from './llm/prompts';
import { ProviderError } from './llm/provider';
import { CAS_ATTEMPTS, PhaseLeases, type HeldLease } from './phase-lease';
import { UsageLedger } from './usage-ledger';
import { WorkerIdentity } from './worker-identity';

/**
 * Executes one phase of a run for an agent worker: takes the phase's lease (PhaseLeases), runs each
 * agent of the profile's phase — one model call per artifact — writing files, ledger rows and events
 * as it goes, checks the phase's governance, and reports the outcome on `runs.phase-results`. A
 * cancel request or a lost lease stops it between and during model calls.
 */
@Injectable()
export class PhaseExecutor {
  private readonly workerId: string;
  private readonly logger: AppLogger;

  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(StreamProducer) private readonly producer: RunsProducer,
    @Inject(ProfileCatalog) private readonly profiles: ProfileCatalog,
    @Inject(RunWorkspace) private readonly workspace: RunWorkspace,
    @Inject(PhaseLeases) private readonly leases: PhaseLeases,
    @Inject(ArtifactPrompter) private readonly prompter: ArtifactPrompter,
    @Inject(UsageLedger) private readonly ledger: UsageLedger,
    @Inject(AgentWorkerConfig) private readonly settings: Pick<AgentWorkerConfig, 'PHASE_MAX_ATTEMPTS'>,
    @Inject(WorkerIdentity) worker: WorkerIdentity,
    @Inject(AppLogger) logger: AppLogger,
  ) {
    this.workerId = worker.id;
    this.logger = logger.child({ worker: worker.id });
  }

  /**
   * Handles one phase request, in the request scope of the message (its correlation id): its logs,
   * data-api calls and reports carry the id of the request that dispatched the phase.
   */
  async handle(request: PhaseRequested): Promise<void> {
    for (let tries = 0; tries < CAS_ATTEMPTS; tries++) {
      const run = await this.records.getRun(request.run_id);
      const phase = run ? await this.records.phase(run.id, request.phase) : null;
      if (!run || !phase) {
        this.logger.warn(
          { run_id: request.run_id, phase: request.phase },
          'phase request for no such run or phase',
        );
        return;
      }
      if (phase.status === 'completed') {
        // Done before (a redelivery after the result was lost): say so again.
        await this.report(request, 'completed', { governance_passed: governancePassed(phase) });
        return;
      }
      if (phase.status === 'failed' && phase.attempt === request.dispatch && !isTerminalRun(run.status)) {
        // Ended by this dispatch, but the report may not have gone out: say it again.
        await this.report(request, outcomeOf(phase.error), { error: phase.error ?? 'failed' });
        return;
      }
      if (phase.status !== 'running' || isTerminalRun(run.status)) return;
      const now = Date.now();
      const leaseLive = phase.lease_until !== null && Date.parse(phase.lease_until) > now;
      if (phase.lease_owner && leaseLive) return;
      if (run.status === 'cancelling') {
        if (await this.leases.finish(phase, null, 'failed', { error: 'cancelled' }))
          await this.report(request, 'cancelled', {});
        return;
      }
      const attempt = phase.attempt + 1;
      if (attempt > this.settings.PHASE_MAX_ATTEMPTS) {
        const error = `lost: ${phase.attempt} executions did not finish`;
        if (await this.leases.finish(phase, null, 'failed', { error }))
          await this.report(request, 'crashed', { error });
        return;
      }
      const leased = await this.leases.take(phase, attempt, now);
      if (!leased) continue;
      await this.execute(run, leased, request);
      return;
    }
    this.logger.warn(
      { run_id: request.run_id, phase: request.phase },
      'phase record kept changing; left to the reaper',
    );
  }

  private async execute(run: RunRecord, leased: PhaseRecord, request: PhaseRequested): Promise<void> {
    const phase = request.phase;
    const lease = await this.leases.hold(run, leased);
    const log = this.logger.child({ run_id: run.id, phase, attempt: leased.attempt });
    try {
      await this.bus.append(run.id, 'phase.started', phase, {
        attempt: leased.attempt,
        worker: this.workerId,
      });
      const spec = this.profiles.get(run.profile).phases[phase];
      const prior = await this.prompter.priorArtifacts(run.id, phase);
      for (const agent of spec.agents) {
        await this.bus.append(run.id, 'agent.started', phase, { agent_id: agent.id, role: agent.role });
        for (const output of agent.outputs) {
          lease.throwIfStopped();
          const content = await this.write(run, phase, agent, output, prior, lease);
          prior.push({ phase, name: output.name, content });
        }
        await this.bus.append(run.id, 'agent.completed', phase, { agent_id: agent.id });
      }
      lease.throwIfStopped();
      const governance = checkPhase(spec, await this.workspace.phaseFiles(run.id, phase));
      await lease.stopRenewing();
      const done = await this.leases.finish(lease.record, lease.token, 'completed', {
        governance: { ...governance },
        agent_ids: spec.agents.map((a) => a.id),
      });
      if (!done) return;
      // The event before the report: the report makes the orchestrator end the run (run.completed),
      // and an event stream ends there. A redelivery after a crash in between only repeats the report.
      await this.bus.append(run.id, 'phase.completed', phase, {
        attempt: leased.attempt,
        governance_passed: governance.passed,
        failed_checks: failedChecks(governance.checks),
      });
      await this.report(request, 'completed', {
        governance_passed: governance.passed,
        skip_validation: request.skip_validation,
      });
      log.info({ governance_passed: governance.passed }, 'phase completed');
    } catch (error) {
      await lease.stopRenewing();
      if (lease.stopReason === 'lease_lost') {
        log.warn('lease lost; another worker owns the phase now');
        return;
      }
      if (lease.stopReason === 'cancelled') {
        if (await this.leases.finish(lease.record, lease.token, 'failed', { error: 'cancelled' })) {
          await this.report(request, 'cancelled', {});
          await this.bus.append(run.id, 'phase.cancelled', phase, { attempt: leased.attempt });
        }
        log.info('phase cancelled');
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      const retryable = error instanceof ProviderError ? error.retryable : false;
      if (await this.leases.finish(lease.record, lease.token, 'failed', { error: message })) {
        await this.report(request, 'failed', { error: message, retryable });
        await this.bus.append(run.id, 'phase.failed', phase, {
          attempt: leased.attempt,
          error: message,
          retryable,
        });
      }
      log.error({ err: error }, 'phase failed');
    } finally {
      await lease.release();
    }
  }

  /** One model call for one artifact: the ledger row, the file, its record, the events. */
  private async write(
    run: RunRecord,
    phase: RunPhase,
    agent: AgentSpec,
    output: ArtifactSpec,
    prior: readonly PriorArtifact[],
    lease: HeldLease,
  ): Promise<string> {
    const completion = await this.prompter.complete(run, phase, agent, output, prior, lease.signal);
    // The call is paid for: into the ledger before anything else can fail.
    await this.ledger.record(run, phase, agent, completion);
    const content = extractArtifactContent(completion.content, output.type);
    const file = await this.workspace.write(run.id, phase, output.name, content);
    await this.records.putArtifact({
      run_id: run.id,
      phase,
      name: output.name,
      path: file.path,
      sha256: file.sha256,
      size_bytes: file.size_bytes,
      artifact_type: artifactKind(output),
      description: output.description,
      agent_id: agent.id,
    });
    await this.bus.append(run.id, 'artifact.created', phase, {
      agent_id: agent.id,
      name: output.name,
      size_bytes: file.size_bytes,
      sha256: file.sha256,
    });
    return content;
  }

  private async report(
    request: PhaseRequested,
    outcome: PhaseOutcome,
    details: { governance_passed?: boolean; skip_validation?: boolean; error?: string; retryable?: boolean },
  ): Promise<void> {
    await this.producer.emit('runs.phase-results', {
      run_id: request.run_id,
      phase: request.phase,
      dispatch: request.dispatch,
      outcome,
      ...details,
    });
  }
}

function outcomeOf(error: string | null): 'cancelled' | 'crashed' | 'failed' {
  if (error === 'cancelled') return 'cancelled';
  return error?.startsWith('lost') ? 'crashed' : 'failed';
}

function governancePassed(phase: PhaseRecord): boolean {
  return recordedGovernance(phase.governance)?.passed === true;
}
