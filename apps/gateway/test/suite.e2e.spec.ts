import type {
  ApiKeyDto,
  AuditLogEntryDto,
  CreatedApiKeyDto,
  MeDto,
  MemberDto,
  OnboardedOrganizationDto,
  OrganizationDto,
  Page,
  ProjectDto,
  TaskDto,
  UserDto,
} from '@slipway/contracts';
import type { AdvanceRunResponse, ArtifactsResponse, RunDetail, RunSummary } from '@slipway/contracts/runs';
import { waitFor } from '@slipway/devstack';
import { giteaPush, startSuiteStack, type SuiteStack } from '@slipway/testing';
import { stat } from 'node:fs/promises';
import { followStream, GatewayClient, type StreamedEvent } from './gateway-client';

jest.setTimeout(120_000);

/** The gateway's AUTH_CACHE_TTL_MS here: a revoked key must be refused within it. */
const TTL_MS = 1_000;
/** What the polling and the requests themselves may add to the TTL. */
const MARGIN_MS = 1_500;

const PHASES = ['planning', 'architecture', 'data', 'development', 'qa', 'documentation'];
/** Every event type orchestrator-runs records for a run. */
const RUN_EVENTS = [
  'run.created',
  'run.advanced',
  'run.awaiting_approval',
  'run.completed',
  'run.failed',
  'run.cancelling',
  'run.cancelled',
  'run.crashed',
  'phase.dispatched',
  'phase.started',
  'phase.completed',
  'phase.failed',
  'phase.lost',
  'phase.retrying',
  'phase.cancelled',
  'agent.started',
  'agent.completed',
  'artifact.created',
  'usage.recorded',
  'log.line',
  'governance.blocked',
];
/** Identity claims anyone can type: the gateway must never pass them on as its own. */
const SPOOFED = {
  'x-user-id': '00000000-0000-4000-8000-000000000001',
  'x-user-role': 'admin',
  'x-user-email': 'root@example.com',
  'x-telegram-id': '1001',
  'x-service-token': 'guess',
};

interface RunEventData {
  seq: number;
  type: string;
  phase: string | null;
}
interface JobDto {
  id: string;
  status: string;
  exit_code?: number;
  repository: string;
  sha: string;
}

const dataOf = (event: StreamedEvent): RunEventData => JSON.parse(event.data) as RunEventData;

/**
 * The suite as `npm start` runs it — every built process on a port of its own, one Redis prefix,
 * its own database — driven only through the gateway, as the web console and the API's users
 * reach it: the first admin's key, a member with a key and a browser session, a run through all
 * six phases followed live, a signed forge push to a job followed live, spoofed identity and a
 * revoked key.
 */
describe('Slipway through the gateway', () => {
  let stack: SuiteStack;
  let anonymous: GatewayClient;
  let admin: GatewayClient;
  let member: UserDto;
  let memberKey: CreatedApiKeyDto;
  let asMemberKey: GatewayClient;
  let asMemberSession: GatewayClient;
  let project: ProjectDto;
  let adminProject: ProjectDto;

  beforeAll(async () => {
    stack = await startSuiteStack({ authCacheTtlMs: TTL_MS });
    anonymous = GatewayClient.anonymous(stack.gateway.url);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('gives the first admin a key, with which the admin makes a member and the member’s key', async () => {
    expect(stack.admin.key).toMatch(/^slw_[A-Za-z0-9]+_[A-Za-z0-9]+$/);
    expect(stack.admin.fileText).toBe(`${stack.admin.key}\n`);
    expect((await stat(stack.admin.file)).mode & 0o777).toBe(0o600);
    admin = GatewayClient.withKey(stack.gateway.url, stack.admin.key);
    const me = await admin.request<MeDto>('GET', '/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { role: 'admin' }, via: 'api_key' });

    const created = await admin.request<UserDto>('POST', '/api/users', {
      body: { username: 'mia', email: 'mia@example.com', role: 'member' },
    });
    expect(created.status).toBe(201);
    member = created.body;
    const key = await admin.request<CreatedApiKeyDto>('POST', '/api/api_keys', {
      body: { name: 'mia’s laptop', owner_id: member.id },
    });
    expect(key.status).toBe(201);
    expect(key.body.owner_id).toBe(member.id);
    memberKey = key.body;
    asMemberKey = GatewayClient.withKey(stack.gateway.url, memberKey.key);

    const { client, setCookie } = await GatewayClient.login(stack.gateway.url, memberKey.key);
    asMemberSession = client;
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\//i);
    for (const [caller, via] of [
      [asMemberKey, 'api_key'],
      [asMemberSession, 'session'],
    ] as const) {
      const who = await caller.request<MeDto>('GET', '/auth/me');
      expect(who.status).toBe(200);
      expect(who.body).toMatchObject({
        user: { id: member.id, email: 'mia@example.com', role: 'member' },
        via,
      });
    }
  });

  it('keeps a member’s projects and tasks, a session writing only with its CSRF token', async () => {
    const body = { name: 'Bakery forecasts', modules: ['api', 'forecasting'] };
    const forged = await asMemberSession.request('POST', '/api/projects', { body, withoutCsrf: true });
    expect(forged.status).toBe(403);
    const created = await asMemberSession.request<ProjectDto>('POST', '/api/projects', { body });
    expect(created.status).toBe(201);
    expect(created.body.owner_id).toBe(member.id);
    project = created.body;

    for (const title of ['Ingest daily sales', 'Serve the forecast API']) {
      const task = await asMemberKey.request<TaskDto>('POST', '/api/tasks', {
        body: { project_id: project.id, type: 'engineering', title },
      });
      expect(task.status).toBe(201);
    }
    const tasks = await asMemberSession.request<{ items: TaskDto[] }>(
      'GET',
      `/api/tasks?project_id=${project.id}&sort=created_at`,
    );
    expect(tasks.status).toBe(200);
    expect(tasks.body.items.map((task) => task.title)).toEqual([
      'Ingest daily sales',
      'Serve the forecast API',
    ]);
    const read = await asMemberKey.request<ProjectDto>('GET', `/api/projects/${project.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe(`"${read.body.version}"`);

    // Registries are the admins' to write: the member's key reaches data-api, which refuses it.
    const price = {
      provider: 'template',
      model_name: 'slipway-template-1',
      input_price_per_1k: '0.003',
      output_price_per_1k: '0.015',
    };
    expect((await asMemberKey.request('POST', '/api/available_models', { body: price })).status).toBe(403);
    expect((await admin.request('POST', '/api/available_models', { body: price })).status).toBe(201);
    const theirs = await admin.request<ProjectDto>('POST', '/api/projects', {
      body: { name: 'Admin’s own', modules: [] },
    });
    expect(theirs.status).toBe(201);
    adminProject = theirs.body;
  });

  it('runs a member’s run through all six phases, its events followed live over the session cookie', async () => {
    const create = {
      profile: 'web_service',
      mode: 'auto',
      intake: 'A bakery order API',
      project_id: project.id,
    };
    expect((await asMemberSession.request('POST', '/runs', { body: create, withoutCsrf: true })).status).toBe(
      403,
    );
    const created = await asMemberSession.request<RunSummary>('POST', '/runs', { body: create });
    expect(created.status).toBe(201);
    const runId = created.body.run_id;
    const url = `${stack.gateway.url}/runs/${runId}/events`;
    expect((await fetch(url)).status).toBe(401);
    const stream = followStream(url, asMemberSession.streamHeaders(), RUN_EVENTS);
    await stream.opened;

    // The profile holds the auto run for approval after architecture; the member approves it.
    const held = await waitFor(async () => {
      const run = await asMemberKey.request<RunDetail>('GET', `/runs/${runId}`);
      return run.body.status === 'awaiting_approval' ? run.body : undefined;
    }, 'the run to reach its approval gate');
    expect(held.current_phase).toBe('data');
    expect(held.phases.slice(0, 2).map((phase) => phase.status)).toEqual(['completed', 'completed']);
    const approved = await asMemberKey.request<AdvanceRunResponse>('POST', `/runs/${runId}/next`);
    expect([200, 202]).toContain(approved.status);

    const events = await stream.ended;
    const end = events[events.length - 1];
    expect(end.type).toBe('end');
    expect(JSON.parse(end.data)).toEqual({ status: 'completed' });
    const run = await asMemberSession.request<RunDetail & { last_event_id: number }>('GET', `/runs/${runId}`);
    expect(run.body).toMatchObject({ status: 'completed', project_id: project.id });
    expect(run.body.phases.map((phase) => [phase.phase, phase.status])).toEqual(
      PHASES.map((phase) => [phase, 'completed']),
    );
    // Every event the run recorded, each once and in order, with its type as the SSE event name.
    const recorded = events.slice(0, -1);
    expect(recorded.map((event) => Number(event.id))).toEqual(
      Array.from({ length: run.body.last_event_id }, (_, i) => i + 1),
    );
    for (const event of recorded)
      expect(dataOf(event)).toMatchObject({ seq: Number(event.id), type: event.type });
    const phasesOf = (type: string) => recorded.filter((e) => e.type === type).map((e) => dataOf(e).phase);
    expect(phasesOf('phase.started')).toEqual(PHASES);
    expect(phasesOf('phase.completed')).toEqual(PHASES);
    expect(phasesOf('run.awaiting_approval')).toEqual(['data']);
    expect(recorded.map((e) => e.type)).toEqual(
      expect.arrayContaining(['artifact.created', 'usage.recorded']),
    );
    expect(recorded[0].type).toBe('run.created');
    expect(recorded[recorded.length - 1].type).toBe('run.completed');

    const artifacts = await asMemberKey.request<ArtifactsResponse>('GET', `/runs/${runId}/artifacts`);
    expect(artifacts.status).toBe(200);
    const first = Object.values(artifacts.body.artifacts_by_phase).flat()[0];
    const file = await asMemberSession.request('GET', first.download_url);
    expect(file.status).toBe(200);
    expect(Buffer.byteLength(file.text)).toBe(first.size_bytes);
    expect((await admin.request('GET', `/runs/${runId}`)).status).toBe(200);
  });

  it('turns a signed Gitea push into a job whose live log and data-api record are read through the gateway', async () => {
    const push = giteaPush(
      stack.workDir,
      {
        '.slipway/ci.yml':
          'steps:\n  - name: build\n    run: echo building $CI_COMMIT_BRANCH; sleep 1; echo built\n  - name: test\n    run: echo all good\n',
      },
      stack.giteaSecret,
    );
    const tampered = Buffer.from(push.bytes.toString('utf8').replace('"ref"', '"ref" '));
    expect(
      (await anonymous.request('POST', '/webhook/gitea', { body: tampered, headers: push.headers })).status,
    ).toBe(401);
    const accepted = await anonymous.request<{ job_id: string; status: string }>('POST', '/webhook/gitea', {
      body: push.bytes,
      headers: push.headers,
    });
    expect(accepted.status).toBe(202);
    const jobId = accepted.body.job_id;

    const url = `${stack.gateway.url}/jobs/${jobId}/logs`;
    expect((await fetch(url)).status).toBe(401);
    const events = await followStream(url, asMemberSession.streamHeaders(), ['status']).ended;
    const lines = events
      .filter((e) => e.type === 'message')
      .map((e) => (JSON.parse(e.data) as { text: string }).text);
    expect(lines).toEqual(expect.arrayContaining(['building main', 'built', 'all good']));
    expect(lines.indexOf('built')).toBeLessThan(lines.indexOf('all good'));
    expect(
      events.filter((e) => e.type === 'status').map((e) => JSON.parse(e.data) as unknown),
    ).toContainEqual({
      status: 'running',
    });
    expect(JSON.parse(events[events.length - 1].data)).toEqual({ status: 'success' });

    const job = await asMemberKey.request<JobDto>('GET', `/jobs/${jobId}`);
    expect(job.body).toMatchObject({ id: jobId, status: 'success', exit_code: 0, sha: push.sha });
    const record = await waitFor(async () => {
      const reply = await asMemberKey.request<{
        status: string;
        exit_code: number;
        result_data: { steps: unknown[] };
      }>('GET', `/api/task_executions/${jobId}`);
      return reply.status === 200 ? reply.body : undefined;
    }, 'the job’s record in data-api');
    expect(record).toMatchObject({ status: 'success', exit_code: 0 });
    expect(record.result_data.steps).toHaveLength(2);
  });

  it('reaches cost-api with an X-API-Key alone (the root key, an org’s key) and with a member’s key as that member', async () => {
    const asKey = (key: string) => ({ headers: { 'x-api-key': key } });
    const bootstrap = await anonymous.request('POST', '/api/v1/admin/bootstrap', asKey(stack.costRootKey));
    expect(bootstrap.status).toBe(200);

    const onboarded = await asMemberKey.request<OnboardedOrganizationDto>(
      'POST',
      '/api/v1/organizations/onboard',
      {
        body: {
          slug: 'mia-bakery',
          name: 'Mia’s bakery',
          currency: 'EUR',
          timezone: 'Europe/Paris',
          country: 'FR',
        },
      },
    );
    expect(onboarded.status).toBe(201);
    const slug = onboarded.body.organization.slug;
    // cost-api saw the member, forwarded by the gateway: she owns the organization she made.
    const members = await asMemberKey.request<Page<MemberDto>>(
      'GET',
      `/api/v1/organizations/${slug}/members`,
    );
    expect(members.status).toBe(200);
    expect(members.body.items).toEqual([expect.objectContaining({ user_id: member.id, role: 'owner' })]);
    const audit = await asMemberKey.request<Page<AuditLogEntryDto>>(
      'GET',
      `/api/v1/organizations/${slug}/audit-logs?action=organization.onboard`,
    );
    expect(audit.body.items).toEqual([expect.objectContaining({ actor_type: 'user', actor_id: member.id })]);

    // The organization's key, with no gateway credential, is cost-api's to verify.
    const orgKey = onboarded.body.api_key.key;
    const read = await anonymous.request<OrganizationDto>(
      'GET',
      `/api/v1/organizations/${slug}`,
      asKey(orgKey),
    );
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ slug, plan: 'starter' });
    expect(
      (await anonymous.request('GET', `/api/v1/organizations/${slug}`, asKey(`${orgKey}x`))).status,
    ).toBe(401);
    expect((await anonymous.request('GET', `/api/v1/organizations/${slug}`)).status).toBe(401);
  });

  it('answers spoofed identity headers without a credential with 401 on every service, and with one ignores them', async () => {
    const routes = ['/api/projects', '/runs', '/jobs', '/api/v1/organizations/mia-bakery', '/auth/me'];
    for (const path of routes) {
      const reply = await anonymous.request<{ code: string }>('GET', path, { headers: SPOOFED });
      expect([path, reply.status, reply.body.code]).toEqual([path, 401, 'unauthorized']);
      expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect(
      (await anonymous.request('POST', '/api/users', { body: { username: 'eve' }, headers: SPOOFED })).status,
    ).toBe(401);

    const spoofing = { headers: { ...SPOOFED, 'x-user-id': adminProject.owner_id } };
    const me = await asMemberKey.request<MeDto>('GET', '/auth/me', spoofing);
    expect(me.body.user).toMatchObject({ id: member.id, role: 'member' });
    expect((await asMemberKey.request('GET', `/api/projects/${adminProject.id}`, spoofing)).status).toBe(404);
    const listed = await asMemberKey.request<{ items: ProjectDto[] }>('GET', '/api/projects', spoofing);
    expect(listed.body.items.map((p) => p.id)).toEqual([project.id]);
    const made = await asMemberKey.request<ProjectDto>('POST', '/api/projects', {
      ...spoofing,
      body: { name: 'Whose is this?', modules: [] },
    });
    expect(made.status).toBe(201);
    expect(made.body.owner_id).toBe(member.id);
    expect(
      (
        await asMemberKey.request('POST', '/api/users', {
          ...spoofing,
          body: { username: 'eve', role: 'admin' },
        })
      ).status,
    ).toBe(403);
    const runs = await asMemberSession.request<{ items: RunSummary[] }>('GET', '/runs', spoofing);
    expect(runs.status).toBe(200);
    expect(runs.body.items).toHaveLength(1);
  });

  it('refuses a revoked key within AUTH_CACHE_TTL_MS, and ends the session logged in with it', async () => {
    // Both verdicts fresh in the gateway's cache: the key just verified, the session just confirmed.
    expect((await asMemberKey.request('GET', '/auth/me')).status).toBe(200);
    expect((await asMemberSession.request('GET', '/auth/me')).status).toBe(200);
    const revoked = await admin.request<ApiKeyDto>('PATCH', `/api/api_keys/${memberKey.id}`, {
      body: { revoked_at: new Date().toISOString() },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked_at).not.toBeNull();
    const since = Date.now();

    const refusedAfter = async (caller: GatewayClient): Promise<number> =>
      waitFor(
        async () =>
          (await caller.request('GET', '/auth/me')).status === 401 ? Date.now() - since : undefined,
        'the revoked key to be refused',
        TTL_MS + 10_000,
      );
    const [keyMs, sessionMs] = await Promise.all([refusedAfter(asMemberKey), refusedAfter(asMemberSession)]);
    expect(keyMs).toBeLessThanOrEqual(TTL_MS + MARGIN_MS);
    expect(sessionMs).toBeLessThanOrEqual(TTL_MS + MARGIN_MS);
    // Refused for good, on a proxied route too, and a new login with it fails.
    expect((await asMemberKey.request('GET', `/api/projects/${project.id}`)).status).toBe(401);
    expect((await asMemberSession.request('GET', `/api/projects/${project.id}`)).status).toBe(401);
    expect(
      (await anonymous.request('POST', '/auth/login', { body: { api_key: memberKey.key } })).status,
    ).toBe(401);
    expect((await admin.request('GET', '/auth/me')).status).toBe(200);
  });
});
