import {
  ApiException,
  BatchV1Api,
  CoreV1Api,
  Log,
  Watch,
  type KubeConfig,
  type V1Job,
  type V1Pod,
} from '@kubernetes/client-node';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

const MAX_WATCH_FAILURES = 5;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An API error as one short line: the status code and the server's message. */
export function describeApiError(error: unknown): string {
  if (!(error instanceof ApiException)) return error instanceof Error ? error.message : String(error);
  const body: unknown = error.body;
  let message: unknown;
  try {
    const status: unknown = typeof body === 'string' ? JSON.parse(body) : body;
    message = isRecord(status) ? status.message : undefined;
  } catch {
    message = undefined;
  }
  return `HTTP ${error.code}${typeof message === 'string' ? `: ${message}` : ''}`;
}

export type WatchEvent<T> = (type: string, object: T) => void;

/**
 * The part of the Kubernetes API the executor uses, in one namespace: Jobs (create, watch,
 * delete) and their pods (watch, list, follow a container's log).
 */
export class KubernetesApi {
  private readonly batch: BatchV1Api;
  private readonly core: CoreV1Api;
  private readonly watch: Watch;
  private readonly logs: Log;

  constructor(
    kubeConfig: KubeConfig,
    readonly namespace: string,
    private readonly watchRetryMs = 1000,
  ) {
    this.batch = kubeConfig.makeApiClient(BatchV1Api);
    this.core = kubeConfig.makeApiClient(CoreV1Api);
    this.watch = new Watch(kubeConfig);
    this.logs = new Log(kubeConfig);
  }

  /** Creates the Job; `exists` when a Job of that name is already there. */
  async createJob(manifest: V1Job): Promise<'created' | 'exists'> {
    try {
      await this.batch.createNamespacedJob({ namespace: this.namespace, body: manifest });
      return 'created';
    } catch (error) {
      if (error instanceof ApiException && error.code === 409) return 'exists';
      throw error;
    }
  }

  /**
   * Deletes the Job once its pod is gone (foreground); gone already is fine. The pod's own
   * terminationGracePeriodSeconds (the manifest sets the kill grace) is what its processes get.
   */
  async deleteJob(name: string, gracePeriodSeconds: number): Promise<void> {
    try {
      await this.batch.deleteNamespacedJob({
        name,
        namespace: this.namespace,
        propagationPolicy: 'Foreground',
        gracePeriodSeconds,
      });
    } catch (error) {
      if (!(error instanceof ApiException && error.code === 404)) throw error;
    }
  }

  watchJob(name: string, onEvent: WatchEvent<unknown>, stop: AbortSignal): Promise<void> {
    return this.keepWatching(
      `/apis/batch/v1/namespaces/${this.namespace}/jobs`,
      { fieldSelector: `metadata.name=${name}` },
      onEvent,
      stop,
    );
  }

  watchPods(labelSelector: string, onEvent: WatchEvent<unknown>, stop: AbortSignal): Promise<void> {
    return this.keepWatching(`/api/v1/namespaces/${this.namespace}/pods`, { labelSelector }, onEvent, stop);
  }

  /** The newest pod matching the selector. */
  async findPod(labelSelector: string): Promise<V1Pod | undefined> {
    const pods = await this.core.listNamespacedPod({ namespace: this.namespace, labelSelector });
    return pods.items.at(-1);
  }

  /**
   * Streams a container's log line by line until it ends or `stop` aborts; a refusal becomes one
   * line. A stop does not wait for the server: the client hands out its request's AbortController
   * only once the response has begun.
   */
  async followLog(
    pod: string,
    container: string,
    onLine: (text: string) => void,
    stop: AbortSignal,
  ): Promise<void> {
    if (stop.aborted) return;
    const stream = new PassThrough();
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    lines.on('line', onLine);
    const closed = new Promise<void>((resolve) => lines.once('close', resolve));
    let request: AbortController | undefined;
    const cutOff = (): void => {
      request?.abort();
      lines.close();
    };
    stop.addEventListener('abort', cutOff, { once: true });
    this.logs.log(this.namespace, pod, container, stream, { follow: true }).then(
      (controller) => {
        request = controller;
        if (stop.aborted) controller.abort();
      },
      (error: unknown) => {
        onLine(`(the log of ${container} is not available: ${describeApiError(error)})`);
        lines.close();
      },
    );
    await closed;
    stop.removeEventListener('abort', cutOff);
  }

  /**
   * Follows a watch until `stop` aborts, opening it again whenever the server closes it (a fresh
   * watch starts with the current state). Rejects after repeated failures without an event.
   */
  private async keepWatching(
    path: string,
    query: Record<string, string>,
    onEvent: WatchEvent<unknown>,
    stop: AbortSignal,
  ): Promise<void> {
    let failures = 0;
    while (!stop.aborted) {
      let received = false;
      const error = await this.watchOnce(
        path,
        query,
        (type, object) => {
          received = true;
          onEvent(type, object);
        },
        stop,
      );
      if (stop.aborted) return;
      failures = received ? 0 : failures + 1;
      if (failures >= MAX_WATCH_FAILURES)
        throw new Error(`watch of ${path} failed: ${describeApiError(error)}`);
      await sleep(this.watchRetryMs * failures, undefined, { signal: stop }).catch(() => undefined);
    }
  }

  /** One watch request: resolves with its error (if any) when the server ends it, or at once on `stop`. */
  private watchOnce(
    path: string,
    query: Record<string, string>,
    onEvent: WatchEvent<unknown>,
    stop: AbortSignal,
  ): Promise<unknown> {
    return new Promise((closed) => {
      let request: AbortController | undefined;
      const onStop = (): void => {
        request?.abort();
        closed(undefined);
      };
      const done = (error: unknown): void => {
        stop.removeEventListener('abort', onStop);
        closed(error);
      };
      stop.addEventListener('abort', onStop, { once: true });
      this.watch.watch(path, query, onEvent, done).then((controller) => {
        request = controller;
        if (stop.aborted) controller.abort();
      }, done);
    });
  }
}
