import { freePort, waitFor } from '@slipway/devstack';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgeRepository } from './git-forge';
import { CiJobsHarness, SERVICE_TOKEN } from './harness';

jest.setTimeout(90_000);

const RUNNER = join(__dirname, '../../../dist/apps/ci-jobs/runner.js');

describe('a ci-runner process killed with SIGKILL mid-job', () => {
  const work = mkdtempSync(join(tmpdir(), 'slipway-ci-crash-'));
  const runners: ChildProcess[] = [];
  let ci: CiJobsHarness;

  const startRunner = async (): Promise<ChildProcess> => {
    const port = await freePort();
    const child = spawn(process.execPath, [RUNNER], {
      env: {
        ...process.env,
        PORT: String(port),
        REDIS_URL: ci.config.REDIS_URL,
        REDIS_PREFIX: ci.prefix,
        SERVICE_TOKEN,
        DATA_API_URL: `http://127.0.0.1:${await freePort()}`,
        RUNNER_WORKDIR: join(work, `ws-${port}`),
        RUNNER_VISIBILITY_TIMEOUT_MS: '1500',
        RUNNER_HEARTBEAT_MS: '100',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    runners.push(child);
    await waitFor(
      () =>
        fetch(`http://127.0.0.1:${port}/ready`).then(
          (r) => (r.ok ? true : undefined),
          () => undefined,
        ),
      'the runner',
    );
    return child;
  };

  beforeAll(async () => {
    ci = await CiJobsHarness.start();
  });
  afterAll(async () => {
    for (const child of runners)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await ci.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('is replaced: another runner reclaims the job, runs it again, and it ends — nothing stuck in running', async () => {
    const repo = forgeRepository(work, {
      '.slipway/ci.yml': 'steps:\n  - name: slow\n    run: echo started; sleep 2; echo finished\n',
    });

    const doomed = await startRunner();
    const push = Buffer.from(
      JSON.stringify({
        ref: 'refs/heads/main',
        after: repo.sha,
        repository: { full_name: 'team/crash', clone_url: repo.url },
      }),
    );
    const reply = await ci.gitea('push', push, randomUUID());
    const jobId = reply.body.job_id ?? '';
    await waitFor(
      async () =>
        (await ci.request('GET', `/jobs/${jobId}/logs?follow=false`)).text.includes('started')
          ? true
          : undefined,
      'the first attempt to start',
    );
    const first = await ci.request<{ status: string; attempt: number; runner: string }>(
      'GET',
      `/jobs/${jobId}`,
    );
    expect(first.body).toMatchObject({ status: 'running', attempt: 1 });
    doomed.kill('SIGKILL');

    await startRunner();
    const done = await waitFor(async () => {
      const job = await ci.request<{ status: string; attempt: number; runner: string; exit_code: number }>(
        'GET',
        `/jobs/${jobId}`,
      );
      return job.body.status === 'running' || job.body.status === 'pending' ? undefined : job.body;
    }, 'the job to end after the crash');
    expect(done).toMatchObject({ status: 'success', attempt: 2, exit_code: 0 });
    expect(done.runner).not.toBe(first.body.runner);
    const log = (await ci.request('GET', `/jobs/${jobId}/logs?follow=false`)).text;
    expect(log.match(/started/g)).toHaveLength(2);
    expect(log).toContain('finished');
  });
});
