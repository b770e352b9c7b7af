import type { V1ContainerStateTerminated, V1ContainerStatus, V1Job, V1Pod } from '@kubernetes/client-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { unsafeCheckout, type ExecutableJob, type ExecutionResult, type Executor } from './executor';
import {
  buildJobManifest,
  CLONE_CONTAINER,
  dnsLabel,
  JOB_ID_LABEL,
  jobName,
  RUN_CONTAINER,
  type JobManifestOptions,
} from './job-manifest';
import { describeApiError, type KubernetesApi } from './kubernetes-api';
import { LogBatcher, type LogSink } from './log-batcher';
import { decodePodOutput } from './pod-pipeline';

export interface KubernetesExecutorOptions extends Omit<JobManifestOptions, 'namespace'> {
  /** Leave finished Jobs for inspection; `ttlSecondsAfterFinished` removes them later. */
  keepJobs: boolean;
  batchIntervalMs?: number;
  /** How long the log may trail the end of the Job before it is cut off. */
  logDrainMs?: number;
}

/** How a Job ended, as the watches saw it. */
type Ending =
  | { kind: 'complete' }
  | { kind: 'failed'; reason: string; message: string }
  | { kind: 'error'; reason: string }
  | { kind: 'cancelled' };

/** Waiting reasons that do not clear up on their own: the container will never start. */
const CANNOT_START = new Set([
  'ImagePullBackOff',
  'ErrImageNeverPull',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isJob = (value: unknown): value is V1Job => isRecord(value) && value.kind === 'Job';
const isPod = (value: unknown): value is V1Pod => isRecord(value) && value.kind === 'Pod';

const statusesOf = (pod: V1Pod | undefined): V1ContainerStatus[] => [
  ...(pod?.status?.initContainerStatuses ?? []),
  ...(pod?.status?.containerStatuses ?? []),
];

const hasStarted = (pod: V1Pod, container: string): boolean => {
  const state = statusesOf(pod).find((status) => status.name === container)?.state;
  return state?.running !== undefined || state?.terminated !== undefined;
};

const terminated = (pod: V1Pod | undefined, container: string): V1ContainerStateTerminated | undefined =>
  statusesOf(pod).find((status) => status.name === container)?.state?.terminated;

/** The end a Job's conditions declare, if they declare one. */
function jobEnding(job: V1Job): Ending | undefined {
  for (const condition of job.status?.conditions ?? []) {
    if (condition.status !== 'True') continue;
    if (condition.type === 'Complete') return { kind: 'complete' };
    if (condition.type === 'Failed')
      return { kind: 'failed', reason: condition.reason ?? 'Failed', message: condition.message ?? '' };
  }
  return undefined;
}

/** Why a container of the pod will never start, if one will not. */
function cannotStart(pod: V1Pod): string | undefined {
  for (const status of statusesOf(pod)) {
    const waiting = status.state?.waiting;
    if (waiting?.reason !== undefined && CANNOT_START.has(waiting.reason))
      return `${status.name} cannot start: ${waiting.reason}${waiting.message ? ` (${waiting.message})` : ''}`;
  }
  return undefined;
}

/**
 * Runs each job as a Kubernetes Job (buildJobManifest; the pod's side is in pod-pipeline.ts):
 * creates it, follows it to its end through watches on the Job and its pod while streaming the
 * clone's and the pipeline's logs into the sink, and deletes it — foreground, the pod given the
 * kill grace — on a cancel and when the run ends, unless finished Jobs are kept.
 */
export class KubernetesExecutor implements Executor {
  constructor(
    private readonly api: KubernetesApi,
    private readonly options: KubernetesExecutorOptions,
  ) {}

  async run(job: ExecutableJob, sink: LogSink, signal: AbortSignal): Promise<ExecutionResult> {
    const unsafe = unsafeCheckout(job);
    if (unsafe !== undefined) return { status: 'error', exit_code: null, reason: unsafe, steps: [] };
    const log = new LogBatcher(sink, this.options.batchIntervalMs);
    const name = jobName(job);
    let created = false;
    let finished = false;
    try {
      log.push({
        stream: 'system',
        text: `cloning ${job.repository} at ${job.sha ?? job.ref} in Kubernetes Job ${this.api.namespace}/${name}`,
      });
      try {
        const manifest = buildJobManifest(job, { ...this.options, namespace: this.api.namespace });
        if ((await this.api.createJob(manifest)) === 'exists')
          log.push({ stream: 'system', text: 'following the Job that an earlier attempt created' });
        created = true;
      } catch (error) {
        const reason = `Kubernetes refused the Job: ${describeApiError(error)}`;
        log.push({ stream: 'system', text: reason });
        return { status: 'error', exit_code: null, reason, steps: [] };
      }
      const session = new JobSession(
        this.api,
        name,
        `${JOB_ID_LABEL}=${dnsLabel(job.id)}`,
        log,
        this.options,
      );
      const { ending, result } = await session.run(signal);
      finished = ending.kind === 'complete' || ending.kind === 'failed';
      return result;
    } finally {
      if (created && !(finished && this.options.keepJobs)) await this.remove(name, log);
      await log.flush();
    }
  }

  private async remove(name: string, log: LogBatcher): Promise<void> {
    await this.api.deleteJob(name, Math.ceil(this.options.killGraceMs / 1000)).catch((error: unknown) =>
      log.push({
        stream: 'system',
        text: `the Job could not be deleted (${describeApiError(error)}); Kubernetes removes it ${this.options.ttlSecondsAfterFinished} s after it ends`,
      }),
    );
  }
}

/** The latest state of the job's pod, and a way to wait until it reaches a condition. */
class PodState {
  private pod: V1Pod | undefined;
  private readonly waiters = new Set<() => void>();

  get current(): V1Pod | undefined {
    return this.pod;
  }

  update(pod: V1Pod): void {
    this.pod = pod;
    for (const waiter of [...this.waiters]) waiter();
  }

  /** The pod once `test` holds for it; undefined if `until` aborts first. */
  waitFor(test: (pod: V1Pod) => boolean, until: AbortSignal): Promise<V1Pod | undefined> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.pod !== undefined && test(this.pod)) done(this.pod);
        else if (until.aborted) done(undefined);
      };
      const done = (pod: V1Pod | undefined): void => {
        this.waiters.delete(check);
        until.removeEventListener('abort', check);
        resolve(pod);
      };
      this.waiters.add(check);
      until.addEventListener('abort', check);
      check();
    });
  }
}

/** One run of one Job: its watches, the state of its pod, its log, and the result its end maps to. */
class JobSession {
  private readonly pod = new PodState();
  /** What the pipeline reported about itself at its end (steps, reason), if it got that far. */
  private record: ExecutionResult | undefined;
  /** The step whose output came last. */
  private step: string | undefined;

  constructor(
    private readonly api: KubernetesApi,
    private readonly name: string,
    private readonly selector: string,
    private readonly log: LogBatcher,
    private readonly options: KubernetesExecutorOptions,
  ) {}

  async run(signal: AbortSignal): Promise<{ ending: Ending; result: ExecutionResult }> {
    const watching = new AbortController();
    const noNewLogs = new AbortController();
    const stopLogs = new AbortController();
    let onAbort = (): void => undefined;
    const ending = new Promise<Ending>((end) => {
      onAbort = () => end({ kind: 'cancelled' });
      if (signal.aborted) onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      const lost = (error: unknown): void =>
        end({ kind: 'error', reason: `lost track of the Job: ${describeApiError(error)}` });
      this.api
        .watchJob(
          this.name,
          (type, object) => {
            if (!isJob(object)) return;
            if (type === 'DELETED') end({ kind: 'error', reason: 'the Job was deleted while it ran' });
            const ended = jobEnding(object);
            if (ended !== undefined) end(ended);
          },
          watching.signal,
        )
        .catch(lost);
      this.api
        .watchPods(
          this.selector,
          (type, object) => {
            if (!isPod(object) || type === 'DELETED') return;
            this.pod.update(object);
            const reason = cannotStart(object);
            if (reason !== undefined) end({ kind: 'error', reason });
          },
          watching.signal,
        )
        .catch(lost);
    });
    const logs = this.followLogs(noNewLogs.signal, stopLogs.signal);
    try {
      const ended = await ending;
      watching.abort();
      if (ended.kind === 'cancelled') return { ending: ended, result: this.cancelled() };
      // The pod's last state: its watch may trail the Job's, and a container that ran too briefly
      // for the watch to see it running still has a log to read.
      const last = await this.api.findPod(this.selector).catch(() => undefined);
      if (last !== undefined) this.pod.update(last);
      noNewLogs.abort();
      const drained = new AbortController();
      await Promise.race([
        logs,
        sleep(this.options.logDrainMs ?? 5000, undefined, { signal: drained.signal }).catch(() => undefined),
      ]);
      drained.abort();
      const result = this.result(ended);
      if (result.reason !== undefined && result.reason !== this.record?.reason)
        this.log.push({ stream: 'system', text: result.reason });
      return { ending: ended, result };
    } finally {
      signal.removeEventListener('abort', onAbort);
      watching.abort();
      noNewLogs.abort();
      stopLogs.abort();
      await logs;
    }
  }

  /** The clone's log, then the pipeline's, each followed from the moment its container starts. */
  private async followLogs(noNewLogs: AbortSignal, stop: AbortSignal): Promise<void> {
    const clone = await this.pod.waitFor((pod) => hasStarted(pod, CLONE_CONTAINER), noNewLogs);
    if (clone?.metadata?.name === undefined) return;
    await this.api.followLog(
      clone.metadata.name,
      CLONE_CONTAINER,
      (text) => this.log.push({ stream: 'system', text: `git: ${text}` }),
      stop,
    );
    const run = await this.pod.waitFor((pod) => hasStarted(pod, RUN_CONTAINER), noNewLogs);
    if (run?.metadata?.name === undefined) return;
    await this.api.followLog(
      run.metadata.name,
      RUN_CONTAINER,
      (text) => {
        const output = decodePodOutput(text);
        if ('result' in output) this.record = output.result;
        else {
          if (output.line.step !== undefined) this.step = output.line.step;
          this.log.push(output.line);
        }
      },
      stop,
    );
  }

  private cancelled(): ExecutionResult {
    return {
      status: 'cancelled',
      exit_code: null,
      reason: this.step === undefined ? 'cancelled' : `cancelled during ${this.step}`,
      steps: this.record?.steps ?? [],
    };
  }

  private result(ending: Exclude<Ending, { kind: 'cancelled' }>): ExecutionResult {
    const steps = this.record?.steps ?? [];
    switch (ending.kind) {
      case 'complete':
        return { status: 'success', exit_code: 0, steps };
      case 'error':
        return { status: 'error', exit_code: null, reason: ending.reason, steps };
      case 'failed':
        return { ...this.failure(ending), steps };
    }
  }

  /** Why the Job failed: its deadline, the clone, the memory limit, or the pipeline's own failure. */
  private failure(ending: { reason: string; message: string }): Omit<ExecutionResult, 'steps'> {
    const pod = this.pod.current;
    const clone = terminated(pod, CLONE_CONTAINER);
    const run = terminated(pod, RUN_CONTAINER);
    if (ending.reason === 'DeadlineExceeded')
      return {
        status: 'error',
        exit_code: null,
        reason: `the Job ran past its deadline of ${this.options.deadlineSeconds} s`,
      };
    if (clone !== undefined && clone.exitCode !== 0)
      return {
        status: 'error',
        exit_code: clone.exitCode,
        reason: `checkout failed (git exited with ${clone.exitCode})`,
      };
    if (run?.reason === 'OOMKilled')
      return {
        status: 'failed',
        exit_code: run.exitCode,
        reason: `${this.step ?? 'the pipeline'} ran out of memory (limit ${this.options.memory})`,
      };
    // The container's exit code says that the pipeline failed; the pipeline's record says how.
    if (run !== undefined)
      return {
        status: 'failed',
        exit_code: this.record ? this.record.exit_code : run.exitCode,
        reason: this.record?.reason ?? `the pipeline exited with ${run.exitCode}`,
      };
    return {
      status: 'error',
      exit_code: null,
      reason: `the Job failed: ${ending.reason}${ending.message ? ` (${ending.message})` : ''}`,
    };
  }
}
