import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { waitFor } from '@slipway/devstack';
import { AppLogger } from '@slipway/platform';
import {
  attachToOrganization,
  dailyQuotaRefusal,
  startCostValidatorStandIn,
  startDataApi,
  startGitDaemon,
  type CostValidatorStandIn,
  type DataApiFixture,
  type GitDaemon,
} from '@slipway/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { forgeRepository } from './git-forge';
import { CiJobsHarness, SERVICE_TOKEN } from './harness';
import { startRunner } from './runner-harness';

jest.setTimeout(90_000);

const HEARTBEAT_MS = 100;

interface Job {
  status: string;
  reason?: string;
}

/**
 * The outside world of this file: cost-api's validator (a local stand-in) and a git forge (local
 * repositories behind git daemon); data-api, Redis, ci-jobs and the runner are the real ones.
 */
describe('admission of CI jobs by cost-api’s validator', () => {
  const work = mkdtempSync(join(tmpdir(), 'slipway-ci-admission-'));
  let standIn: CostValidatorStandIn;
  let dataApi: DataApiFixture;
  let forge: GitDaemon;
  let ci: CiJobsHarness;
  let runner: NestFastifyApplication;

  beforeAll(async () => {
    standIn = await startCostValidatorStandIn({
      serviceToken: SERVICE_TOKEN,
      heartbeatIntervalMs: HEARTBEAT_MS,
    });
    dataApi = await startDataApi();
    forge = await startGitDaemon(work);
    ci = await CiJobsHarness.start({ DATA_API_URL: dataApi.url });
    runner = await startRunner(ci, {
      DATA_API_URL: dataApi.url,
      COST_API_URL: standIn.url,
      RUNNER_WORKDIR: join(work, 'workspaces'),
    });
  });
  afterAll(async () => {
    await runner.close();
    await ci.close();
    await dataApi.close();
    await standIn.close();
    await forge.close();
    rmSync(work, { recursive: true, force: true });
  });
  afterEach(() => standIn.refuse(null));

  /** A repository holding `pipeline` on the forge, optionally the repo_url of a project (in `org`). */
  async function repository(
    pipeline: string,
    project?: { org?: string },
  ): Promise<{ cloneUrl: string; projectId?: string }> {
    const cloneUrl = forge.urlOf(forgeRepository(work, { '.slipway/ci.yml': pipeline }));
    if (!project) return { cloneUrl };
    const { data } = await dataApi.client.post('/api/projects', {
      body: { name: basename(cloneUrl), modules: [], owner_id: dataApi.users.member.id, repo_url: cloneUrl },
    });
    if (project.org) await attachToOrganization(dataApi.client, data.id, project.org);
    return { cloneUrl, projectId: data.id };
  }

  async function run(cloneUrl: string): Promise<{ id: string; job: Job }> {
    const accepted = await ci.request<{ job_id: string }>('POST', '/jobs', {
      body: { clone_url: cloneUrl, ref: 'main' },
    });
    expect(accepted.status).toBe(202);
    const id = accepted.body.job_id;
    const job = await waitFor(async () => {
      const { body } = await ci.request<Job>('GET', `/jobs/${id}`);
      return ['success', 'failed', 'cancelled', 'error'].includes(body.status) ? body : undefined;
    }, `job ${id} to end`);
    return { id, job };
  }
  const log = async (id: string) => (await ci.request('GET', `/jobs/${id}/logs?follow=false`)).text;

  it('asks nothing for a job of a repository no project of an organization has', async () => {
    const before = standIn.calls.length;
    const alone = await repository('steps:\n  - name: build\n    run: echo alone\n', {});
    expect((await run(alone.cloneUrl)).job.status).toBe('success');
    const unknown = await repository('steps:\n  - name: build\n    run: echo unknown\n');
    expect((await run(unknown.cloneUrl)).job.status).toBe('success');
    expect(standIn.calls.slice(before)).toEqual([]);
  });

  it('validates a job of an organization’s project at its start, renews its slot, completes it with the outcome', async () => {
    const repo = await repository('steps:\n  - name: build\n    run: sleep 0.6; echo built\n', {
      org: 'acme-ci',
    });
    const { id, job } = await run(repo.cloneUrl);
    expect(job.status).toBe('success');
    expect(standIn.callsOf('validate', id)).toEqual([
      expect.objectContaining({
        org: 'acme-ci',
        status: 200,
        body: { kind: 'ci_job', pipeline_id: id, project_id: repo.projectId, profile: 'local' },
      }),
    ]);
    // The step takes 0.6 s; the slot is renewed every 0.1 s meanwhile.
    expect(standIn.callsOf('heartbeat', id).length).toBeGreaterThanOrEqual(2);
    const complete = await waitFor(async () => standIn.callsOf('complete', id)[0], 'the completion');
    expect(complete.body).toEqual({
      kind: 'ci_job',
      pipeline_id: id,
      outcome: 'succeeded',
      steps: [{ name: 'build', status: 'success' }],
    });
    expect(standIn.held()).not.toContain(`ci_job:${id}`);

    // A clone URL with a trailing slash still finds its project; a failure completes failed.
    const failing = await repository('steps:\n  - name: test\n    run: exit 3\n', { org: 'acme-ci-2' });
    const failed = await run(`${failing.cloneUrl}/`);
    expect(failed.job).toMatchObject({ status: 'failed', reason: 'test exited with 3' });
    const completeFailed = await waitFor(
      async () => standIn.callsOf('complete', failed.id)[0],
      'the completion',
    );
    expect(completeFailed.body).toMatchObject({ outcome: 'failed', detail: 'test exited with 3' });
  });

  it('ends a refused job in error with cost-api’s reason, without running it', async () => {
    const repo = await repository('steps:\n  - name: build\n    run: echo should-not-run\n', {
      org: 'acme-ci-3',
    });
    standIn.refuse(dailyQuotaRefusal('acme-ci-3', 2));
    const { id, job } = await run(repo.cloneUrl);
    expect(job).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(/^quota exceeded: acme-ci-3 has used its 2 daily/),
    });
    const text = await log(id);
    expect(text).toMatch(/✗ quota exceeded: acme-ci-3 has used its 2 daily pipelines/);
    expect(text).not.toContain('should-not-run');
    expect(standIn.callsOf('complete', id)).toEqual([]);
    expect(standIn.callsOf('heartbeat', id)).toEqual([]);
  });

  it('fails closed while cost-api cannot be reached: the job ends in error saying so', async () => {
    const repo = await repository('steps:\n  - name: build\n    run: echo should-not-run\n', {
      org: 'acme-ci-4',
    });
    const port = Number(new URL(standIn.url).port);
    await standIn.close();
    try {
      const { id, job } = await run(repo.cloneUrl);
      expect(job).toMatchObject({
        status: 'error',
        reason: expect.stringMatching(/cost-api cannot be reached/),
      });
      expect(await log(id)).not.toContain('should-not-run');
    } finally {
      standIn = await startCostValidatorStandIn({
        serviceToken: SERVICE_TOKEN,
        heartbeatIntervalMs: HEARTBEAT_MS,
        port,
      });
    }
  });

  it('admits against the one organization that claims a repository, and against none when several do', async () => {
    const warn = jest.spyOn(runner.get(AppLogger), 'warn');
    // The oldest project of the repository is in no organization; two younger ones are in acme-ci-5.
    const repo = await repository('steps:\n  - name: build\n    run: echo claimed\n', {});
    const project = async (n: number): Promise<string> => {
      const { data } = await dataApi.client.post('/api/projects', {
        body: {
          name: `${basename(repo.cloneUrl)}-${n}`,
          modules: [],
          owner_id: dataApi.users.other.id,
          repo_url: repo.cloneUrl,
        },
      });
      return data.id;
    };
    const claimer = await project(1);
    const orgId = await attachToOrganization(dataApi.client, claimer, 'acme-ci-5');
    await dataApi.client.post('/api/org_projects', { body: { project_id: await project(2), org_id: orgId } });
    const claimed = await run(repo.cloneUrl);
    expect(claimed.job.status).toBe('success');
    expect(standIn.callsOf('validate', claimed.id)).toEqual([
      expect.objectContaining({ org: 'acme-ci-5', body: expect.objectContaining({ project_id: claimer }) }),
    ]);
    await waitFor(async () => standIn.callsOf('complete', claimed.id)[0], 'the completion');

    // Another organization registers the repository too: neither is charged, and it is told.
    await attachToOrganization(dataApi.client, await project(3), 'acme-ci-6');
    const disputed = await run(repo.cloneUrl);
    expect(disputed.job.status).toBe('success');
    expect(standIn.calls.filter((call) => call.body.pipeline_id === disputed.id)).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ repository: repo.cloneUrl, orgs: ['acme-ci-5', 'acme-ci-6'] }),
      'several organizations claim the repository: the job is admitted against none',
    );
    warn.mockRestore();
  });

  it('tells the cost service on ci.job-events the runner time of each job it ran, never of a refused one', async () => {
    const events = async (jobId: string) =>
      (await ci.redis.xrange(`${ci.prefix}ci.job-events`, '-', '+'))
        .map(([, fields]) => JSON.parse(fields[1]) as { id: string; payload: Record<string, unknown> })
        .filter((envelope) => envelope.payload.job_id === jobId);
    const repo = await repository('steps:\n  - name: build\n    run: echo charged\n', { org: 'acme-ci-7' });
    const ran = await run(repo.cloneUrl);
    expect(ran.job.status).toBe('success');
    const [told] = await waitFor(async () => {
      const found = await events(ran.id);
      return found.length ? found : undefined;
    }, 'the job’s end on ci.job-events');
    expect(told.id).toBe(`ci.job-finished:${ran.id}`);
    expect(told.payload).toMatchObject({ status: 'success', executor: 'local', clone_url: repo.cloneUrl });
    const { started_at, finished_at, duration_ms } = told.payload as Record<string, string | number>;
    expect(duration_ms).toBe(Date.parse(String(finished_at)) - Date.parse(String(started_at)));

    standIn.refuse(dailyQuotaRefusal('acme-ci-7', 2));
    const refused = await run(repo.cloneUrl);
    expect(refused.job.status).toBe('error');
    expect(await events(refused.id)).toEqual([]);
  });
});
