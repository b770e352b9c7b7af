import { Inject, Injectable } from '@nestjs/common';
import {
  RUN_PHASE_ORDER,
  type PhaseOutcome,
  type PhaseRequested,
  type RUNS_STREAMS,
  type RunPhase,
} from '@slipway/contracts';
import { AppLogger } from '@slipway/platform';
import { StreamProducer } from '@slipway/streams';
import { randomUUID } from 'node:crypto';
import { AgentWorkerConfig } from '../config';
import { RunEventBus } from '../events/run-event-bus';
import { checkPhase, type PhaseGovernance } from '../governance/governance';
import { ProfileCatalog } from '../profiles/profile-catalog';
import type { AgentSpec, ArtifactSpec } from '../profiles/profile';
import { RunRecords, type PhaseRecord, type RunRecord } from '../records/run-records';
import { pricedCost } from '../runs/run-metrics';
import { isTerminalRun } from '../runs/run-states';
import { RunWorkspace } from '../workspace/run-workspace';
import { buildMessages, extractArtifactContent, type PriorArtifact } from './llm/prompts';
import { LLM, ProviderError, type Completion, type LlmProvider } from './llm/provider';
import { TEMPLATE_PROVIDER } from './llm/template-provider';
import { WorkerIdentity } from './worker-identity';

/** The settings an execution reads (AgentWorkerConfig's). */
type ExecutorSettings = Pick<
  AgentWorkerConfig,
  | 'LEASE_MS'
  | 'HEARTBEAT_MS'
  | 'PHASE_MAX_ATTEMPTS'
  | 'LLM_MODEL'
  | 'LLM_MAX_INPUT_TOKENS'
  | 'LLM_MAX_OUTPUT_TOKENS'
>;

/** Why an execution stopped early. */
type StopReason = 'cancelled' | 'lease_lost';

class Stopped extends Error {
  constructor(readonly reason: StopReason) {
    super(reason);
  }
}

/** Prior artifacts larger than this are not read into prompts. */
const MAX_PRIOR_BYTES = 256 * 1024;
/** Attempts at a conditional write before giving up on a record others keep changing. */
const CAS_ATTEMPTS = 5;

/**
 * Executes one phase of a run for an agent worker: takes the phase's lease (a conditional write,
 * so exactly one worker holds it), renews it while working, runs each agent of the profile's
 * phase — one model call per artifact — writing files, ledger rows and events as it goes, checks
 * the phase's governance, and reports the outcome on `runs.phase-results`. A cancel request or a
 * lost lease stops it between and during model calls.
 */
@Injectable()
export class PhaseExecutor {
  private readonly workerId: string;
  private readonly logger: AppLogger;

  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(StreamProducer) private readonly producer: StreamProducer<typeof RUNS_STREAMS>,
    @Inject(ProfileCatalog) private readonly profiles: ProfileCatalog,
    @Inject(LLM) private readonly provider: LlmProvider,
    @Inject(RunWorkspace) private readonly workspace: RunWorkspace,
    @Inject(AgentWorkerConfig) private readonly settings: ExecutorSettings,
    @Inject(WorkerIdentity) worker: WorkerIdentity,
    @Inject(AppLogger) logger: AppLogger,
  ) {
    this.workerId = worker.id;
    this.logger = logger.child({ worker: worker.id });
  }

  async handle(request: PhaseRequested, correlationId?: string): Promise<void> {
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
        await this.report(
          request,
          'completed',
          { governance_passed: governancePassed(phase) },
          correlationId,
        );
        return;
      }
      if (phase.status === 'failed' && phase.attempt === request.dispatch && !isTerminalRun(run.status)) {
        // Ended by this dispatch, but the report may not have gone out: say it again.
        await this.report(request, outcomeOf(phase.error), { error: phase.error ?? 'failed' }, correlationId);
        return;
      }
      if (phase.status !== 'running' || isTerminalRun(run.status)) return;
      const now = Date.now();
      const leaseLive = phase.lease_until !== null && Date.parse(phase.lease_until) > now;
      if (phase.lease_owner && leaseLive) return;
      if (run.status === 'cancelling') {
        if (await this.finish(phase, null, 'failed', { error: 'cancelled' }))
          await this.report(request, 'cancelled', {}, correlationId);
        return;
      }
      const attempt = phase.attempt + 1;
      if (attempt > this.settings.PHASE_MAX_ATTEMPTS) {
        const error = `lost: ${phase.attempt} executions did not finish`;
        if (await this.finish(phase, null, 'failed', { error }))
          await this.report(request, 'crashed', { error }, correlationId);
        return;
      }
      // The lease names this execution, not only this process: a process given the same phase
      // again (its lease lapsed while it stalled) does not take its own stale execution for this one.
      const token = `${this.workerId}:${randomUUID().slice(0, 8)}`;
      const leased = await this.records.updatePhase(phase.id, phase.version, {
        lease_owner: token,
        lease_until: new Date(now + this.settings.LEASE_MS).toISOString(),
        attempt,
        started_at: phase.started_at ?? new Date(now).toISOString(),
        error: null,
      });
      if (!leased) continue;
      await this.execute(run, leased, token, request, correlationId);
      return;
    }
    this.logger.warn(
      { run_id: request.run_id, phase: request.phase },
      'phase record kept changing; left to the reaper',
    );
  }

  private async execute(
    run: RunRecord,
    leased: PhaseRecord,
    token: string,
    request: PhaseRequested,
    correlationId: string | undefined,
  ): Promise<void> {
    const phase = request.phase;
    const stop = new AbortController();
    let current = leased;
    const stopWith = (reason: StopReason) => {
      if (!stop.signal.aborted) stop.abort(new Stopped(reason));
    };
    const unsubscribe = await this.bus.onControl(run.id, (command) => {
      if (command.type === 'cancel') stopWith('cancelled');
    });
    let beating = Promise.resolve();
    const heartbeat = setInterval(() => {
      beating = beating.then(async () => {
        if (stop.signal.aborted) return;
        const renewed = await this.renew(current, token).catch(() => current);
        if (renewed === null) return stopWith('lease_lost');
        current = renewed;
        const latest = await this.records.getRun(run.id).catch(() => run);
        if (latest?.status === 'cancelling' || latest?.status === 'cancelled') stopWith('cancelled');
      });
    }, this.settings.HEARTBEAT_MS);
    const log = this.logger.child({ run_id: run.id, phase, attempt: leased.attempt });
    try {
      await this.bus.append(run.id, 'phase.started', phase, {
        attempt: leased.attempt,
        worker: this.workerId,
      });
      const spec = this.profiles.get(run.profile).phases[phase];
      const prior = await this.priorArtifacts(run.id, phase);
      for (const agent of spec.agents) {
        await this.bus.append(run.id, 'agent.started', phase, { agent_id: agent.id, role: agent.role });
        for (const output of agent.outputs) {
          this.throwIfStopped(stop.signal);
          const content = await this.write(run, phase, agent, output, prior, stop.signal);
          prior.push({ phase, name: output.name, content });
        }
        await this.bus.append(run.id, 'agent.completed', phase, { agent_id: agent.id });
      }
      this.throwIfStopped(stop.signal);
      const governance = checkPhase(spec, await this.workspace.phaseFiles(run.id, phase));
      clearInterval(heartbeat);
      await beating;
      const done = await this.finish(current, token, 'completed', {
        governance: { ...governance },
        agent_ids: spec.agents.map((a) => a.id),
      });
      if (!done) return;
      // The report first: once the phase is completed, a redelivery only repeats the report.
      await this.report(
        request,
        'completed',
        { governance_passed: governance.passed, skip_validation: request.skip_validation },
        correlationId,
      );
      await this.bus.append(run.id, 'phase.completed', phase, {
        attempt: leased.attempt,
        governance_passed: governance.passed,
        failed_checks: failedChecks(governance),
      });
      log.info({ governance_passed: governance.passed }, 'phase completed');
    } catch (error) {
      clearInterval(heartbeat);
      await beating;
      const reason = stop.signal.aborted ? (stop.signal.reason as Stopped).reason : undefined;
      if (reason === 'lease_lost') {
        log.warn('lease lost; another worker owns the phase now');
        return;
      }
      if (reason === 'cancelled') {
        if (await this.finish(current, token, 'failed', { error: 'cancelled' })) {
          await this.report(request, 'cancelled', {}, correlationId);
          await this.bus.append(run.id, 'phase.cancelled', phase, { attempt: leased.attempt });
        }
        log.info('phase cancelled');
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      const retryable = error instanceof ProviderError ? error.retryable : false;
      if (await this.finish(current, token, 'failed', { error: message })) {
        await this.report(request, 'failed', { error: message, retryable }, correlationId);
        await this.bus.append(run.id, 'phase.failed', phase, {
          attempt: leased.attempt,
          error: message,
          retryable,
        });
      }
      log.error({ err: error }, 'phase failed');
    } finally {
      clearInterval(heartbeat);
      await unsubscribe();
    }
  }

  /** One model call for one artifact: the file, its record, the ledger row, the events. */
  private async write(
    run: RunRecord,
    phase: RunPhase,
    agent: AgentSpec,
    output: ArtifactSpec,
    prior: PriorArtifact[],
    signal: AbortSignal,
  ): Promise<string> {
    // The registry's agent config of the same name, when there is one, overrides the profile's model
    // and adds its system prompt, temperature and output limit.
    const config = await this.records.agentConfig(agent.id);
    const messages = buildMessages({
      role: agent.role,
      instructions: config?.system_prompt
        ? `${agent.instructions}\n\n${config.system_prompt}`
        : agent.instructions,
      intake: run.intake ?? '',
      projectName: run.project_name ?? run.profile,
      phase,
      artifact: output,
      priorArtifacts: prior,
      maxInputTokens: this.settings.LLM_MAX_INPUT_TOKENS,
    });
    const completion = await this.provider.complete({
      model: config?.model ?? agent.model ?? this.settings.LLM_MODEL,
      messages,
      maxOutputTokens: config?.max_tokens ?? this.settings.LLM_MAX_OUTPUT_TOKENS,
      ...(config?.temperature !== null && config?.temperature !== undefined
        ? { temperature: Number(config.temperature) }
        : {}),
      signal,
    });
    // The call is paid for: into the ledger before anything else can fail.
    await this.recordUsage(run, phase, agent, completion);
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

  private async recordUsage(run: RunRecord, phase: RunPhase, agent: AgentSpec, completion: Completion) {
    // The offline provider's ids repeat for the same prompt; a run's own repeats are the same call.
    const responseId =
      completion.provider === TEMPLATE_PROVIDER
        ? `${run.id}:${completion.responseId}`
        : completion.responseId;
    const price = await this.records.modelPrice(completion.provider, completion.model);
    const usage = {
      input_tokens: completion.usage.input,
      output_tokens: completion.usage.output,
      cached_input_tokens: completion.usage.cached_input,
      reasoning_tokens: completion.usage.reasoning,
    };
    const snapshot = price
      ? {
          provider: price.provider,
          model_name: price.model_name,
          input_price_per_1k: price.input_price_per_1k,
          output_price_per_1k: price.output_price_per_1k,
          cached_input_price_per_1k: price.cached_input_price_per_1k,
        }
      : { provider: completion.provider, model_name: completion.model, missing: true };
    const cost = price ? pricedCost(usage, price).toFixed() : '0';
    const { created } = await this.records.recordUsage({
      run_id: run.id,
      phase,
      agent_id: agent.id,
      provider: completion.provider,
      model: completion.model,
      provider_response_id: responseId,
      ...usage,
      cost_usd: cost,
      price_snapshot: snapshot,
      estimated: completion.usageEstimated ?? false,
    });
    if (created)
      await this.bus.append(run.id, 'usage.recorded', phase, {
        agent_id: agent.id,
        model: completion.model,
        ...usage,
        cost_usd: cost,
        priced: price !== null,
      });
    // Sent even for a repeated report: the cost service dedupes on provider_response_id.
    await this.producer.emit(
      'cost.usage',
      {
        provider_response_id: responseId,
        run_id: run.id,
        owner_id: run.owner_id,
        ...(run.project_id ? { project_id: run.project_id } : {}),
        phase,
        agent_id: agent.id,
        provider: completion.provider,
        model: completion.model,
        ...usage,
        cost_usd: cost,
        price_snapshot: snapshot,
        occurred_at: new Date().toISOString(),
      },
      { correlationId: run.id },
    );
  }

  /** The artifacts of the phases before this one, for the prompts (text files of moderate size). */
  private async priorArtifacts(runId: string, phase: RunPhase): Promise<PriorArtifact[]> {
    const earlier = RUN_PHASE_ORDER.slice(0, RUN_PHASE_ORDER.indexOf(phase));
    const prior: PriorArtifact[] = [];
    for (const p of earlier) {
      for (const file of await this.workspace.phaseFiles(runId, p)) {
        if (file.content.length > MAX_PRIOR_BYTES) continue;
        prior.push({ phase: p, name: file.name, content: file.content.toString('utf8') });
      }
    }
    return prior;
  }

  /** Extends the lease; null when the phase is no longer ours. */
  private async renew(phase: PhaseRecord, token: string): Promise<PhaseRecord | null> {
    let current = phase;
    for (let tries = 0; tries < CAS_ATTEMPTS; tries++) {
      const renewed = await this.records.updatePhase(current.id, current.version, {
        lease_until: new Date(Date.now() + this.settings.LEASE_MS).toISOString(),
      });
      if (renewed) return renewed;
      const latest = await this.records.phase(current.run_id, current.phase);
      if (!latest || latest.status !== 'running' || latest.lease_owner !== token) return null;
      current = latest;
    }
    return null;
  }

  /**
   * Ends the phase if it is still ours — held by execution `token`, or (token null) not leased by
   * anyone; false when another execution or the reaper took it.
   */
  private async finish(
    phase: PhaseRecord,
    token: string | null,
    status: 'completed' | 'failed',
    change: { error?: string; governance?: Record<string, unknown>; agent_ids?: string[] },
  ): Promise<boolean> {
    let current = phase;
    for (let tries = 0; tries < CAS_ATTEMPTS; tries++) {
      const ended = await this.records.updatePhase(current.id, current.version, {
        status,
        completed_at: new Date().toISOString(),
        lease_owner: null,
        lease_until: null,
        ...change,
      });
      if (ended) return true;
      const latest = await this.records.phase(current.run_id, current.phase);
      const ours = latest?.status === 'running' && latest.lease_owner === token;
      if (!latest || !ours) return false;
      current = latest;
    }
    return false;
  }

  private async report(
    request: PhaseRequested,
    outcome: PhaseOutcome,
    details: { governance_passed?: boolean; skip_validation?: boolean; error?: string; retryable?: boolean },
    correlationId: string | undefined,
  ): Promise<void> {
    await this.producer.emit(
      'runs.phase-results',
      { run_id: request.run_id, phase: request.phase, dispatch: request.dispatch, outcome, ...details },
      { correlationId },
    );
  }

  private throwIfStopped(signal: AbortSignal): void {
    if (signal.aborted) throw signal.reason;
  }
}

function outcomeOf(error: string | null): 'cancelled' | 'crashed' | 'failed' {
  if (error === 'cancelled') return 'cancelled';
  return error?.startsWith('lost') ? 'crashed' : 'failed';
}

function governancePassed(phase: PhaseRecord): boolean {
  return (phase.governance as { passed?: unknown } | null)?.passed === true;
}

function failedChecks(governance: PhaseGovernance): { artifact: string; check: string; message?: string }[] {
  return governance.checks
    .filter((c) => !c.passed)
    .map((c) => ({ artifact: c.artifact, check: c.check, ...(c.message ? { message: c.message } : {}) }));
}

/** The seed's artifact types (prd, architecture, code, test, …) from a file's name and format. */
export function artifactKind(output: ArtifactSpec): string {
  const name = output.name.toLowerCase();
  if (/(^|\/)prd\b/.test(name) || name.includes('requirements.md')) return 'prd';
  if (name.includes('architecture') || name.includes('design')) return 'architecture';
  if (name.includes('test')) return 'test';
  if (name.includes('readme') || name.includes('guide')) return 'documentation';
  if (name.includes('schema') || name.includes('pipeline') || output.type === 'csv') return 'data';
  if (['python', 'typescript', 'javascript'].includes(output.type)) return 'code';
  if (name.endsWith('requirements.txt') || name.endsWith('package.json')) return 'dependencies';
  return output.type;
}
