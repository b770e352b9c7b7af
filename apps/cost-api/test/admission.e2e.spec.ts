import type { OnboardedOrganizationDto, ProblemDto } from '@slipway/contracts';
import type { RunDetail, RunSummary } from '@slipway/contracts/runs';
import { waitFor } from '@slipway/devstack';
import { giteaPush, TEST_SERVICE_TOKEN, trustedHeaders, type TestUser } from '@slipway/testing';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LEASE_MS, ROOT_KEY, startAdmissionStack, type AdmissionStack } from './admission-stack';
import { OrgPipelines, send } from './org-pipelines';

jest.setTimeout(90_000);

const PHASES = ['planning', 'architecture', 'data', 'development', 'qa', 'documentation'];
const ENDED = ['completed', 'failed', 'cancelled', 'crashed'];

/**
 * The admission of an organization's pipelines end to end, every process the built one: data-api,
 * cost-api, orchestrator-runs with its agent worker, ci-jobs with its runner, a git daemon as the
 * forge. An org onboarded with the root key, its projects attached through the hierarchy; runs
 * created on orchestrator-runs and signed pushes to ci-jobs are admitted, renewed, completed and
 * refused by cost-api's validator, as its pipeline records and quota tell.
 */
describe('pipelines of an organization’s projects through cost-api’s validator (built processes)', () => {
  let stack: AdmissionStack;
  let slug: string;
  let orgId: string;
  let orgKey: string;
  let nodeId: string;
  let member: TestUser;
  let org: OrgPipelines;

  const cost = (path: string) => `${stack.costApi.url}${path}`;
  const asOrg = () => ({ 'x-api-key': orgKey });
  const asRoot = () => ({ 'x-api-key': ROOT_KEY });
  const asMember = () => trustedHeaders(TEST_SERVICE_TOKEN, member);
  const asService = () => trustedHeaders(TEST_SERVICE_TOKEN);

  /** A registry project of the member's, put under the org's node by the operator unless `inOrg` is false. */
  async function project(name: string, options: { repoUrl?: string; inOrg?: boolean } = {}): Promise<string> {
    const { data } = await stack.dataApi.client.post('/api/projects', {
      body: {
        name,
        modules: [],
        owner_id: member.id,
        ...(options.repoUrl ? { repo_url: options.repoUrl } : {}),
      },
    });
    if (options.inOrg !== false) {
      const path = `/api/v1/hierarchy/${slug}/nodes/${nodeId}/projects`;
      const attached = await send(cost(path), 'POST', asRoot(), { project_id: data.id });
      expect(attached.status).toBe(200);
    }
    return data.id;
  }

  const runs = <T = unknown>(path: string, method = 'GET', body?: unknown) =>
    send<T>(`${stack.orchestrator.url}${path}`, method, asMember(), body);
  const runsOfProject = async (projectId: string) =>
    (await stack.dataApi.client.get('/api/runs', { params: { query: { project_id: projectId } } })).data
      .items;

  beforeAll(async () => {
    stack = await startAdmissionStack();
    member = { id: stack.dataApi.users.member.id, email: 'member@example.com' };
    expect((await send(cost('/api/v1/admin/bootstrap'), 'POST', asRoot())).status).toBe(200);
    slug = `acme-${randomBytes(3).toString('hex')}`;
    const onboarded = await send<OnboardedOrganizationDto>(
      cost('/api/v1/organizations/onboard'),
      'POST',
      asRoot(),
      {
        slug,
        name: 'Acme',
        currency: 'USD',
        timezone: 'UTC',
        country: 'US',
      },
    );
    expect(onboarded.status).toBe(201);
    orgId = onboarded.body.organization.id;
    orgKey = onboarded.body.api_key.key;
    org = new OrgPipelines(stack.costApi.url, slug, orgKey);
    const node = await send<{ id: string }>(cost(`/api/v1/hierarchy/${slug}/nodes`), 'POST', asOrg(), {
      code: 'PLATFORM',
      name: 'Platform',
      level: 'team',
    });
    expect(node.status).toBe(201);
    nodeId = node.body.id;
  });
  afterAll(async () => {
    await stack?.close();
  });

  describe('a run', () => {
    let projectId: string;
    beforeAll(async () => {
      projectId = await project('Forecasts');
    });

    it('is admitted before it starts, keeps its slot by heartbeat, and completes succeeded with its phases as steps', async () => {
      const created = await runs<RunSummary>('/runs', 'POST', {
        profile: 'analytics_forecast_app',
        project_id: projectId,
      });
      expect(created.status).toBe(201);
      const runId = created.body.run_id;
      const admitted = await org.recordOf('run', runId);
      expect(admitted).toMatchObject({
        status: 'admitted',
        project_id: projectId,
        profile: 'analytics_forecast_app',
        requested_by: member.id,
        completed_at: null,
      });
      expect(await org.quota()).toMatchObject({ concurrent_pipelines_running: 1, pipelines_run_today: 1 });
      // orchestrator-runs renews the slot every third of the lease: the record's lease moves on.
      await waitFor(
        async () => {
          const record = await org.recordOf('run', runId);
          return record && Date.parse(record.lease_expires_at) > Date.parse(admitted?.lease_expires_at ?? '')
            ? true
            : undefined;
        },
        'a heartbeat to move the lease',
        LEASE_MS * 3,
      );

      // A manual run: one phase per /next (which waits for it), each executed by the agent worker.
      const ended = await waitFor(async () => {
        const run = (await runs<RunDetail>(`/runs/${runId}`)).body;
        if (ENDED.includes(run.status)) return run;
        // 409 while the last phase's outcome is applied: asked again at the next probe.
        expect([200, 202, 409]).toContain((await runs(`/runs/${runId}/next`, 'POST')).status);
        return undefined;
      }, 'the run to pass all six phases');
      expect(ended.status).toBe('completed');

      const record = await org.recordIn('run', runId, 'succeeded');
      expect(record.completed_at).not.toBeNull();
      const steps = await org.steps(record.id);
      expect(steps.map((step) => [step.name, step.status])).toEqual(
        PHASES.map((phase) => [phase, 'completed']),
      );
      expect(steps.every((step) => step.started_at !== null && step.finished_at !== null)).toBe(true);
      // The phases orchestrator-runs sent with its completion, as data-api keeps them.
      const { data: stored } = await stack.dataApi.client.get('/api/pipeline_runs/{id}', {
        params: { path: { id: record.id } },
      });
      expect(stored.steps.map((step) => step.name)).toEqual(PHASES);
      expect(await org.transitions(record.id)).toEqual([
        [null, 'admitted'],
        ['admitted', 'succeeded'],
      ]);
      expect(await org.quota()).toMatchObject({ concurrent_pipelines_running: 0, pipelines_run_today: 1 });
    });

    it('gives its slot back when cancelled, its record cancelled', async () => {
      const created = await runs<RunSummary>('/runs', 'POST', {
        profile: 'analytics_forecast_app',
        project_id: projectId,
      });
      expect(created.status).toBe(201);
      const runId = created.body.run_id;
      expect((await org.recordOf('run', runId))?.status).toBe('admitted');
      expect(await org.quota()).toMatchObject({ concurrent_pipelines_running: 1, pipelines_run_today: 2 });
      expect((await runs(`/runs/${runId}/cancel`, 'POST')).status).toBe(200);
      const record = await org.recordIn('run', runId, 'cancelled');
      expect(record.detail).toBe(`cancelled by ${member.id}`);
      expect((await org.steps(record.id)).map((step) => step.name)).toEqual(PHASES);
      expect(await org.quota()).toMatchObject({ concurrent_pipelines_running: 0, pipelines_run_today: 2 });
    });
  });

  describe('a CI job', () => {
    /** A signed Gitea push of a new repository holding `pipeline`, registered as a project's repo_url if asked. */
    async function push(pipeline: string, registered?: { inOrg: boolean }): Promise<string> {
      const delivery = giteaPush(
        stack.workDir,
        { '.slipway/ci.yml': pipeline },
        stack.giteaSecret,
        stack.forge,
      );
      if (registered)
        await project(`repo-${randomBytes(3).toString('hex')}`, {
          repoUrl: delivery.cloneUrl,
          ...registered,
        });
      const accepted = await send<{ job_id: string }>(
        `${stack.ciJobs.url}/webhook/gitea`,
        'POST',
        delivery.headers,
        delivery.bytes,
      );
      expect(accepted.status).toBe(202);
      return accepted.body.job_id;
    }
    const jobEnded = (jobId: string) =>
      waitFor(async () => {
        const job = await send<{ status: string; reason?: string }>(
          `${stack.ciJobs.url}/jobs/${jobId}`,
          'GET',
          asService(),
        );
        return ['success', 'failed', 'cancelled', 'error'].includes(job.body.status) ? job.body : undefined;
      }, `job ${jobId} to end`);

    it('is admitted when the runner claims it, holds a slot while it runs, and completes succeeded with its steps', async () => {
      const gate = join(stack.workDir, `gate-${randomBytes(4).toString('hex')}`);
      const jobId = await push(
        `steps:\n  - name: build\n    run: echo building; until [ -e ${gate} ]; do sleep 0.1; done\n  - name: test\n    run: echo all good\n`,
        { inOrg: true },
      );
      const running = await org.recordIn('ci_job', jobId, 'admitted');
      expect(running).toMatchObject({ kind: 'ci_job', profile: 'local', completed_at: null });
      expect((await org.quota()).concurrent_pipelines_running).toBe(1);

      await writeFile(gate, '');
      expect((await jobEnded(jobId)).status).toBe('success');
      const record = await org.recordIn('ci_job', jobId, 'succeeded');
      expect((await org.steps(record.id)).map((step) => [step.name, step.status])).toEqual([
        ['build', 'success'],
        ['test', 'success'],
      ]);
      expect(await org.transitions(record.id)).toEqual([
        [null, 'admitted'],
        ['admitted', 'succeeded'],
      ]);
      expect((await org.quota()).concurrent_pipelines_running).toBe(0);
    });

    it('completes a failing job failed, with the step that failed', async () => {
      const jobId = await push(
        'steps:\n  - name: build\n    run: echo built\n  - name: test\n    run: exit 3\n',
        {
          inOrg: true,
        },
      );
      expect(await jobEnded(jobId)).toMatchObject({ status: 'failed', reason: 'test exited with 3' });
      const record = await org.recordIn('ci_job', jobId, 'failed');
      expect(record.detail).toBe('test exited with 3');
      expect((await org.steps(record.id)).map((step) => [step.name, step.status])).toEqual([
        ['build', 'success'],
        ['test', 'failed'],
      ]);
    });

    it('leaves no record for a job of a repository whose project is in no organization', async () => {
      const before = (await org.quota()).pipelines_run_today;
      const jobId = await push('steps:\n  - name: build\n    run: echo alone\n', { inOrg: false });
      expect((await jobEnded(jobId)).status).toBe('success');
      expect(await org.recordOf('ci_job', jobId)).toBeUndefined();
      expect((await org.quota()).pipelines_run_today).toBe(before);
    });
  });

  it('refuses a run past the concurrency limit with 429 quota_exceeded and Retry-After, creating nothing', async () => {
    const projectId = await project('Capped');
    const { data: stored } = await stack.dataApi.client.get('/api/organizations/{id}', {
      params: { path: { id: orgId } },
    });
    await stack.dataApi.client.patch('/api/organizations/{id}', {
      params: { path: { id: orgId } },
      headers: { 'if-match': `"${stored.version}"` },
      body: { limit_overrides: { concurrent_pipelines: 1 } },
    });
    const held = await runs<RunSummary>('/runs', 'POST', {
      profile: 'analytics_forecast_app',
      project_id: projectId,
    });
    expect(held.status).toBe(201);
    const before = await org.quota();
    expect(before).toMatchObject({ concurrent_pipelines_running: 1, concurrent_limit: 1 });
    const recordsBefore = (await org.records('run')).length;

    const refused = await runs<ProblemDto>('/runs', 'POST', {
      profile: 'analytics_forecast_app',
      project_id: projectId,
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(LEASE_MS / 1000);
    expect(refused.body).toMatchObject({
      code: 'quota_exceeded',
      status: 429,
      detail: expect.stringContaining(`${slug} has used its concurrent_pipelines quota: 1 of 1`),
      errors: [{ field: 'concurrent_pipelines', message: expect.stringMatching(/^used 1, limit 1/) }],
    });
    expect(await runsOfProject(projectId)).toHaveLength(1);
    expect(await org.records('run')).toHaveLength(recordsBefore);
    expect((await org.quota()).pipelines_run_today).toBe(before.pipelines_run_today);

    // Cancelling the run that held the slot gives it back: the next run is admitted.
    expect((await runs(`/runs/${held.body.run_id}/cancel`, 'POST')).status).toBe(200);
    await org.recordIn('run', held.body.run_id, 'cancelled');
    const next = await runs<RunSummary>('/runs', 'POST', {
      profile: 'analytics_forecast_app',
      project_id: projectId,
    });
    expect(next.status).toBe(201);
    expect((await org.recordOf('run', next.body.run_id))?.status).toBe('admitted');
    expect((await runs(`/runs/${next.body.run_id}/cancel`, 'POST')).status).toBe(200);
    await org.recordIn('run', next.body.run_id, 'cancelled');
  });
});
