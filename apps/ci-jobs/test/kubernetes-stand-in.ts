import type { V1ContainerState, V1Job, V1JobCondition, V1Pod } from '@kubernetes/client-node';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
}

/** A container's state in a scenario: waiting (with a reason), running, or exited with a code. */
export type ContainerScene =
  { waiting: string; message?: string } | 'running' | { exit: number; reason?: string };

interface LogStream {
  lines: string[];
  ended: boolean;
  followers: Set<ServerResponse>;
}

const status = (code: number, reason: string, message: string) => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: code < 400 ? 'Success' : 'Failure',
  reason,
  message,
  code,
});

function containerState(scene: ContainerScene): V1ContainerState {
  if (scene === 'running') return { running: { startedAt: new Date() } };
  if ('waiting' in scene) return { waiting: { reason: scene.waiting, message: scene.message } };
  return {
    terminated: { exitCode: scene.exit, reason: scene.reason ?? (scene.exit === 0 ? 'Completed' : 'Error') },
  };
}

/**
 * A stand-in for the Kubernetes API server on 127.0.0.1, speaking the subset the executor uses:
 * create, watch (`?watch=true`, JSON lines) and delete Jobs; watch and list pods by label
 * selector; follow a container's log. The test plays the Job controller and the kubelet through
 * `setPod`, `writeLog`, `endLog` and `finishJob`, usually from its `scenario`.
 */
export class KubernetesStandIn {
  readonly requests: RecordedRequest[] = [];
  /** Bodies of the Jobs created, as they arrived. */
  readonly created: V1Job[] = [];
  /** What the cluster does once a Job is created (not when creation is refused); see `played`. */
  scenario: (job: V1Job) => Promise<void> = async () => undefined;
  /** The scenario of the last Job created, for the test to await. */
  played: Promise<void> = Promise.resolve();
  private job: V1Job | undefined;
  private pod: V1Pod | undefined;
  private readonly watchers = new Set<{ kind: 'Job' | 'Pod'; selector: string; response: ServerResponse }>();
  private readonly logs = new Map<string, LogStream>();
  private readonly server: Server = createServer((request, response) => this.handle(request, response));

  /** Where the stand-in listens, once started. */
  url = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.closeWatches();
    for (const stream of this.logs.values()) for (const follower of stream.followers) follower.end();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A Job that exists before the executor comes (an earlier attempt's). */
  seedJob(job: V1Job): void {
    this.job = job;
  }

  get pods(): V1Pod[] {
    return this.pod === undefined ? [] : [this.pod];
  }

  requestsOf(method: string, pathPart: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path.includes(pathPart));
  }

  /** The kubelet's report of the job's pod: its phase and each container's state. */
  setPod(phase: string, containers: { clone: ContainerScene; run: ContainerScene }): void {
    const job = this.job;
    if (job?.metadata?.name === undefined) throw new Error('no Job to run a pod for');
    const type = this.pod === undefined ? 'ADDED' : 'MODIFIED';
    this.pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${job.metadata.name}-x7k2p`,
        namespace: job.metadata.namespace,
        labels: job.spec?.template.metadata?.labels,
      },
      status: {
        phase,
        initContainerStatuses: [this.containerStatus('clone', containers.clone)],
        containerStatuses: [this.containerStatus('run', containers.run)],
      },
    };
    this.broadcast('Pod', type, this.pod);
    // A container that has exited has written all it will: following its log ends.
    for (const [container, scene] of Object.entries(containers))
      if (typeof scene === 'object' && 'exit' in scene) this.endLog(container);
  }

  writeLog(container: string, ...lines: string[]): void {
    const stream = this.log(container);
    stream.lines.push(...lines);
    for (const follower of stream.followers) for (const line of lines) follower.write(`${line}\n`);
  }

  endLog(container: string): void {
    const stream = this.log(container);
    stream.ended = true;
    for (const follower of stream.followers) follower.end();
    stream.followers.clear();
  }

  /** Resolves once the executor follows the container's log. */
  async followed(container: string): Promise<void> {
    while (this.log(container).followers.size === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  /** Resolves once the executor watches Jobs or pods. */
  async watching(kind: 'Job' | 'Pod'): Promise<void> {
    while (![...this.watchers].some((w) => w.kind === kind))
      await new Promise((resolve) => setTimeout(resolve, 5));
  }

  /** The Job controller's verdict. */
  finishJob(condition: Pick<V1JobCondition, 'type' | 'reason' | 'message'>): void {
    if (this.job === undefined) throw new Error('no Job to finish');
    this.job = { ...this.job, status: { conditions: [{ ...condition, status: 'True' }] } };
    this.broadcast('Job', 'MODIFIED', this.job);
  }

  /** Ends every open watch, as an API server does when its watch timeout passes. */
  closeWatches(): void {
    for (const watcher of this.watchers) watcher.response.end();
    this.watchers.clear();
  }

  private containerStatus(name: string, scene: ContainerScene) {
    return {
      name,
      image: 'stand-in',
      imageID: '',
      ready: scene === 'running',
      restartCount: 0,
      state: containerState(scene),
    };
  }

  private log(container: string): LogStream {
    let stream = this.logs.get(container);
    if (stream === undefined) {
      stream = { lines: [], ended: false, followers: new Set() };
      this.logs.set(container, stream);
    }
    return stream;
  }

  private matches(kind: 'Job' | 'Pod', selector: string, object: V1Job | V1Pod): boolean {
    if (kind === 'Job') return selector === `metadata.name=${object.metadata?.name}`;
    const labels = object.metadata?.labels ?? {};
    return selector.split(',').every((term) => {
      const [key, value] = term.split('=');
      return labels[key] === value;
    });
  }

  private broadcast(kind: 'Job' | 'Pod', type: string, object: V1Job | V1Pod): void {
    for (const watcher of this.watchers)
      if (watcher.kind === kind && this.matches(kind, watcher.selector, object))
        watcher.response.write(`${JSON.stringify({ type, object })}\n`);
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const method = request.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      authorization: request.headers.authorization,
    });
    const send = (code: number, body: unknown): void => {
      response.writeHead(code, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const jobs = /^\/apis\/batch\/v1\/namespaces\/([^/]+)\/jobs(?:\/([^/]+))?$/.exec(url.pathname);
    const pods = /^\/api\/v1\/namespaces\/([^/]+)\/pods$/.exec(url.pathname);
    const log = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/.exec(url.pathname);
    if (jobs && method === 'POST') {
      let text = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (text += chunk));
      request.on('end', () => {
        const job: V1Job = JSON.parse(text);
        if (this.job !== undefined && this.job.metadata?.name === job.metadata?.name) {
          send(409, status(409, 'AlreadyExists', `jobs.batch "${job.metadata?.name}" already exists`));
          return;
        }
        this.created.push(job);
        this.job = { ...job, metadata: { ...job.metadata, uid: 'a1b2c3' }, status: {} };
        send(201, this.job);
        this.played = this.scenario(job);
      });
      return;
    }
    if (jobs && method === 'DELETE') {
      if (this.job === undefined || this.job.metadata?.name !== jobs[2]) {
        send(404, status(404, 'NotFound', `jobs.batch "${jobs[2]}" not found`));
        return;
      }
      const deleted = this.job;
      this.job = undefined;
      this.broadcast('Job', 'DELETED', deleted);
      // Foreground deletion: the pod goes first, its containers stopped.
      for (const container of this.logs.keys()) this.endLog(container);
      this.logs.clear();
      this.pod = undefined;
      send(200, status(200, '', ''));
      return;
    }
    if ((jobs || pods) && method === 'GET' && url.searchParams.get('watch') === 'true') {
      const kind = jobs ? 'Job' : 'Pod';
      const selector = url.searchParams.get(jobs ? 'fieldSelector' : 'labelSelector') ?? '';
      response.writeHead(200, { 'content-type': 'application/json' });
      response.flushHeaders();
      const watcher = { kind, selector, response } as const;
      this.watchers.add(watcher);
      response.on('close', () => this.watchers.delete(watcher));
      const current = jobs ? this.job : this.pod;
      if (current !== undefined && this.matches(kind, selector, current))
        response.write(`${JSON.stringify({ type: 'ADDED', object: current })}\n`);
      return;
    }
    if (pods && method === 'GET') {
      const selector = url.searchParams.get('labelSelector') ?? '';
      const items = this.pods.filter((pod) => this.matches('Pod', selector, pod));
      send(200, { apiVersion: 'v1', kind: 'PodList', metadata: {}, items });
      return;
    }
    if (log && method === 'GET') {
      const container = url.searchParams.get('container') ?? '';
      const state = [
        ...(this.pod?.status?.initContainerStatuses ?? []),
        ...(this.pod?.status?.containerStatuses ?? []),
      ].find((s) => s.name === container)?.state;
      if (
        log[2] !== this.pod?.metadata?.name ||
        (state?.running === undefined && state?.terminated === undefined)
      ) {
        send(
          400,
          status(400, 'BadRequest', `container "${container}" in pod "${log[2]}" is waiting to start`),
        );
        return;
      }
      const stream = this.log(container);
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.flushHeaders();
      for (const line of stream.lines) response.write(`${line}\n`);
      if (stream.ended || url.searchParams.get('follow') !== 'true') response.end();
      else stream.followers.add(response);
      return;
    }
    send(404, status(404, 'NotFound', `${method} ${url.pathname} is not served by the stand-in`));
  }
}
