import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  freePort,
  TEST_DATABASE_PREFIX,
  TEST_RUN_VARIABLE,
  testServerUrl,
  withAdmin,
  waitFor,
  withDatabase,
} from '@slipway/devstack';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgeRepository } from './git-forge';
import { CiJobsHarness, SERVICE_TOKEN } from './harness';
import { startRunner } from './runner-harness';

jest.setTimeout(90_000);

const ROOT = join(__dirname, '../../..');

describe('CI end to end: webhook → ci.jobs → runner → log, status and data-api record', () => {
  const work = mkdtempSync(join(tmpdir(), 'slipway-ci-e2e-'));
  let ci: CiJobsHarness;
  let runner: NestFastifyApplication;
  let dataApi: ChildProcess;
  let dataApiUrl: string;
  const database = `${TEST_DATABASE_PREFIX}${process.env[TEST_RUN_VARIABLE] ?? 'adhoc'}_ci_${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    await withAdmin((admin) => admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`));
    const port = await freePort();
    dataApiUrl = `http://127.0.0.1:${port}`;
    dataApi = spawn(process.execPath, [join(ROOT, 'dist/apps/data-api/main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: withDatabase(testServerUrl(), database),
        PORT: String(port),
        SERVICE_TOKEN,
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    await waitFor(
      () =>
        fetch(`${dataApiUrl}/ready`).then(
          (r) => (r.ok ? true : undefined),
          () => undefined,
        ),
      'data-api',
    );

    ci = await CiJobsHarness.start({ DATA_API_URL: dataApiUrl });
    runner = await startRunner(ci, { DATA_API_URL: dataApiUrl, RUNNER_WORKDIR: join(work, 'workspaces') });
  });

  afterAll(async () => {
    await runner.close();
    await ci.close();
    dataApi.kill('SIGTERM');
    await new Promise((resolve) => dataApi.once('exit', resolve));
    await withAdmin((admin) =>
      admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(database)} WITH (FORCE)`),
    );
    rmSync(work, { recursive: true, force: true });
  });

  const push = async (pipeline: string): Promise<{ jobId: string; sha: string }> => {
    const repo = forgeRepository(work, { '.slipway/ci.yml': pipeline });
    const body = JSON.parse(
      JSON.stringify({
        ref: 'refs/heads/main',
        after: repo.sha,
        repository: { full_name: 'team/app', clone_url: repo.url },
        pusher: { login: 'dev' },
      }),
    ) as object;
    const bytes = Buffer.from(JSON.stringify(body));
    const reply = await ci.gitea('push', bytes, randomUUID());
    expect(reply.status).toBe(202);
    return { jobId: reply.body.job_id ?? '', sha: repo.sha };
  };

  const finished = (jobId: string) =>
    waitFor(async () => {
      const job = await ci.request<{ status: string; exit_code?: number; reason?: string; attempt: number }>(
        'GET',
        `/jobs/${jobId}`,
      );
      return ['success', 'failed', 'cancelled', 'error'].includes(job.body.status) ? job.body : undefined;
    }, `job ${jobId} to finish`);

  it('runs a pushed commit to success, with its output in the log and its record in data-api', async () => {
    const { jobId } = await push(
      'steps:\n  - name: build\n    run: echo building $CI_COMMIT_BRANCH\n  - name: test\n    run: echo all good\n',
    );
    expect(await finished(jobId)).toMatchObject({ status: 'success', exit_code: 0, attempt: 1 });
    const log = await ci.request('GET', `/jobs/${jobId}/logs?follow=false`);
    expect(log.text).toContain('building main\n');
    expect(log.text).toContain('all good\n');
    const record = await waitFor(
      () =>
        fetch(`${dataApiUrl}/api/task_executions/${jobId}`, {
          headers: { 'x-service-token': SERVICE_TOKEN },
        }).then(async (r) =>
          r.ok
            ? ((await r.json()) as { status: string; exit_code: number; result_data: { steps: unknown[] } })
            : undefined,
        ),
      'the data-api record',
    );
    expect(record).toMatchObject({ status: 'success', exit_code: 0 });
    expect(record.result_data.steps).toHaveLength(2);
    const metrics = (await runner.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/ci_job_duration_seconds_count\{[^}]*status="success"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/ci_enqueue_to_claim_seconds_count\{[^}]*\} [1-9]/);
    expect(metrics).toMatch(/ci_claim_to_first_log_line_seconds_count\{[^}]*\} [1-9]/);
  });

  it('ends a failing step in failed with its exit code', async () => {
    const { jobId } = await push(
      'steps:\n  - name: test\n    run: echo broken; exit 7\n  - name: deploy\n    run: echo never\n',
    );
    expect(await finished(jobId)).toMatchObject({
      status: 'failed',
      exit_code: 7,
      reason: 'test exited with 7',
    });
    expect((await ci.request('GET', `/jobs/${jobId}/logs?follow=false`)).text).not.toContain('never');
  });

  it('cancels a running job: its process is stopped and the job ends cancelled', async () => {
    const { jobId } = await push('steps:\n  - name: long\n    run: echo started; sleep 60\n');
    await waitFor(
      async () =>
        (await ci.request('GET', `/jobs/${jobId}/logs?follow=false`)).text.includes('started')
          ? true
          : undefined,
      'the step to start',
    );
    expect((await ci.request<{ reason: string }>('POST', `/jobs/${jobId}/cancel`)).body.reason).toBe(
      'cancel requested',
    );
    expect(await finished(jobId)).toMatchObject({ status: 'cancelled', reason: 'cancelled during long' });
  });
});
