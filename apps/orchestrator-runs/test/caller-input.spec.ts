import type { ProblemDto } from '@slipway/contracts';
import { Client } from 'undici';
import type { ArtifactsResponse, RunSummary } from '@slipway/contracts/runs';
import { ADMIN, ALICE, RunsHarness, SERVICE_TOKEN } from './harness';

/**
 * A caller's mistake that only data-api notices stays the caller's 4xx; what the orchestrator
 * answers names no file of the server; the event stream refuses what it cannot resume from.
 */
describe('orchestrator-runs: caller input that reaches data-api', () => {
  let h: RunsHarness;
  let runId: string;
  let artifactId: string;

  beforeAll(async () => {
    h = await RunsHarness.start({ worker: false });
    const created = await h.request<RunSummary>('POST', '/runs', {
      body: { profile: 'analytics_forecast_app', intake: 'caller input' },
    });
    runId = created.body.run_id;
    const artifact = await h.client.post('/api/artifacts', {
      body: {
        run_id: runId,
        phase: 'planning',
        name: 'PRD.md',
        path: 'artifacts/planning/PRD.md',
        sha256: '0'.repeat(64),
        size_bytes: 1,
        artifact_type: 'prd',
      },
    });
    artifactId = artifact.data.id;
  });

  afterAll(async () => {
    await h.close();
  });

  function expectProblem(
    reply: { status: number; headers: Record<string, unknown>; body: unknown },
    status: number,
    code: string,
  ): ProblemDto {
    expect(reply.status).toBe(status);
    expect(String(reply.headers['content-type'])).toMatch(/^application\/problem\+json/);
    const problem = reply.body as ProblemDto;
    expect(problem.code).toBe(code);
    return problem;
  }

  describe('a data-api 4xx is answered as the caller’s 4xx', () => {
    it('a cursor data-api did not issue → 422 naming cursor', async () => {
      const reply = await h.request('GET', '/runs?cursor=not-a-cursor');
      const problem = expectProblem(reply, 422, 'validation_failed');
      expect(problem.errors?.map((e) => e.field)).toEqual(['cursor']);
    });

    it('a project_id that names no project → 422 naming project_id', async () => {
      const reply = await h.request('POST', '/runs', {
        as: ADMIN,
        body: { profile: 'analytics_forecast_app', project_id: '7d3f1c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b' },
      });
      const problem = expectProblem(reply, 422, 'validation_failed');
      expect(problem.errors?.map((e) => e.field)).toEqual(['project_id']);
    });

    it('a member’s run belongs to a project of theirs: another member’s project → 422, and no run', async () => {
      const member = { id: h.dataApi.users.member.id, email: 'member@example.com' };
      const project = async (owner: string) =>
        (await h.client.post('/api/projects', { body: { name: `p-${owner}`, modules: [], owner_id: owner } }))
          .data;
      const theirs = await project(h.dataApi.users.other.id);
      const refused = await h.request('POST', '/runs', {
        as: member,
        body: { profile: 'analytics_forecast_app', project_id: theirs.id },
      });
      expect(expectProblem(refused, 422, 'validation_failed').errors?.map((e) => e.field)).toEqual([
        'project_id',
      ]);
      const { data: charged } = await h.client.get('/api/runs', {
        params: { query: { project_id: theirs.id } },
      });
      expect(charged.items).toEqual([]);
      const mine = await project(member.id);
      const created = await h.request('POST', '/runs', {
        as: member,
        body: { profile: 'analytics_forecast_app', project_id: mine.id },
      });
      expect(created.status).toBe(201);
    });

    it('an X-User-Email longer than a run can store → a 4xx, never a 500', async () => {
      const reply = await h.request('POST', '/runs', {
        as: { id: 'long-mail', email: `${'e'.repeat(400)}@example.com` },
        body: { profile: 'analytics_forecast_app' },
      });
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
      expect(String(reply.headers['content-type'])).toMatch(/^application\/problem\+json/);
    });
  });

  it.each(['..', '%2e%2e', '.'])(
    'answers an artifact id of %s with 404: it never reaches data-api as another route',
    async (artifact) => {
      // Sent as written (fetch would resolve the dots itself), as any HTTP client may.
      const client = new Client(h.apiUrl);
      try {
        const response = await client.request({
          method: 'GET',
          path: `/runs/${runId}/artifacts/${artifact}/download`,
          headers: { 'x-service-token': SERVICE_TOKEN, 'x-user-id': ALICE.id, 'x-user-email': ALICE.email },
        });
        const text = await response.body.text();
        expect(response.statusCode).toBe(404);
        expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
        expect(JSON.parse(text)).toMatchObject({ code: 'not_found' });
      } finally {
        await client.close();
      }
    },
  );

  it('answers each artifact’s path within the run, not the server’s file path', async () => {
    const reply = await h.request<ArtifactsResponse>('GET', `/runs/${runId}/artifacts`);
    expect(reply.status).toBe(200);
    const [artifact] = reply.body.artifacts_by_phase.planning;
    expect(artifact).toMatchObject({ artifact_id: artifactId, path: 'artifacts/planning/PRD.md' });
    expect(reply.text).not.toContain(h.artifactsDir);
  });

  describe('GET /runs/{id}/events', () => {
    const events = (method: 'GET' | 'HEAD', headers: Record<string, string> = {}) =>
      fetch(`${h.apiUrl}/runs/${runId}/events`, {
        method,
        headers: {
          'x-service-token': SERVICE_TOKEN,
          'x-user-id': ALICE.id,
          'x-user-email': ALICE.email,
          ...headers,
        },
        signal: AbortSignal.timeout(3000),
      });

    it('answers a Last-Event-ID past the largest sequence number with a 422 problem, not a stream', async () => {
      const response = await events('GET', { 'last-event-id': '9999999999' });
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ errors: [{ field: 'Last-Event-ID' }] });
    });

    it('answers HEAD with the stream headers and ends the response', async () => {
      const response = await events('HEAD');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(await response.text()).toBe('');
    });
  });
});
