import type { OnboardedOrganizationDto, ProblemDto } from '@slipway/contracts';
import type { RunDetail, RunSummary } from '@slipway/contracts/runs';
import { randomBytes } from 'node:crypto';
import { ROOT_KEY, startAdmissionStack, type AdmissionStack } from './admission-stack';
import { OrgPipelines, send } from './org-pipelines';

jest.setTimeout(90_000);

/**
 * The pipelines proxy with the built processes: an organization's key starts, reads and cancels
 * orchestrator runs of the organization's projects through cost-api, each admitted against the
 * organization's quota; another project or another organization's run is out of its reach.
 */
describe('pipelines proxy: orchestrator runs of an organization through cost-api (built processes)', () => {
  let stack: AdmissionStack;
  let slug: string;
  let orgKey: string;
  let org: OrgPipelines;
  let projectId: string;

  const cost = (path: string) => `${stack.costApi.url}${path}`;
  const asOrg = () => ({ 'x-api-key': orgKey });
  const asRoot = () => ({ 'x-api-key': ROOT_KEY });

  const registryProject = async (name: string): Promise<string> =>
    (
      await stack.dataApi.client.post('/api/projects', {
        body: { name, modules: [], owner_id: stack.dataApi.users.member.id },
      })
    ).data.id;

  beforeAll(async () => {
    stack = await startAdmissionStack();
    expect((await send(cost('/api/v1/admin/bootstrap'), 'POST', asRoot())).status).toBe(200);
    slug = `proxy-${randomBytes(3).toString('hex')}`;
    const onboarded = await send<OnboardedOrganizationDto>(
      cost('/api/v1/organizations/onboard'),
      'POST',
      asRoot(),
      {
        slug,
        name: 'Proxy Co',
        currency: 'EUR',
        timezone: 'Europe/Paris',
        country: 'FR',
      },
    );
    expect(onboarded.status).toBe(201);
    orgKey = onboarded.body.api_key.key;
    org = new OrgPipelines(stack.costApi.url, slug, orgKey);
    const node = await send<{ id: string }>(cost(`/api/v1/hierarchy/${slug}/nodes`), 'POST', asOrg(), {
      code: 'OPS',
      name: 'Ops',
      level: 'team',
    });
    projectId = await registryProject('Proxied');
    const attached = await send(
      cost(`/api/v1/hierarchy/${slug}/nodes/${node.body.id}/projects`),
      'POST',
      asRoot(),
      {
        project_id: projectId,
      },
    );
    expect(attached.status).toBe(200);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('starts a run of the org’s project, admitted first, reads it and cancels it', async () => {
    const started = await send<RunSummary>(cost(`/api/v1/pipelines/${slug}/start`), 'POST', asOrg(), {
      profile: 'analytics_forecast_app',
      project_id: projectId,
    });
    expect(started.status).toBe(201);
    const runId = started.body.run_id;
    expect((await org.recordOf('run', runId))?.status).toBe('admitted');
    expect((await org.quota()).concurrent_pipelines_running).toBe(1);

    const read = await send<RunDetail>(cost(`/api/v1/pipelines/${slug}/status/${runId}`), 'GET', asOrg());
    expect([read.status, read.body.run_id]).toEqual([200, runId]);

    const cancelled = await send(cost(`/api/v1/pipelines/${slug}/status/${runId}/cancel`), 'POST', asOrg());
    expect(cancelled.status).toBe(200);
    await org.recordIn('run', runId, 'cancelled');
    expect((await org.quota()).concurrent_pipelines_running).toBe(0);
  });

  it('refuses a project the org does not hold, and shows nothing of runs it did not admit', async () => {
    const stranger = await registryProject('Not attached');
    const refused = await send<ProblemDto>(cost(`/api/v1/pipelines/${slug}/start`), 'POST', asOrg(), {
      profile: 'analytics_forecast_app',
      project_id: stranger,
    });
    expect([refused.status, refused.body.errors?.[0].field]).toEqual([422, 'project_id']);
    expect(
      (await stack.dataApi.client.get('/api/runs', { params: { query: { project_id: stranger } } })).data
        .items,
    ).toEqual([]);

    const foreign = await send<RunSummary>(
      `${stack.orchestrator.url}/runs`,
      'POST',
      {
        'x-service-token': stack.dataApi.serviceToken,
      },
      { profile: 'analytics_forecast_app' },
    );
    expect(foreign.status).toBe(201);
    const peek = await send<ProblemDto>(
      cost(`/api/v1/pipelines/${slug}/status/${foreign.body.run_id}`),
      'GET',
      asOrg(),
    );
    expect([peek.status, peek.body.code]).toEqual([404, 'not_found']);
    const anonymous = await send(
      cost(`/api/v1/pipelines/${slug}/start`),
      'POST',
      {},
      { profile: 'x', project_id: projectId },
    );
    expect(anonymous.status).toBe(401);
  });
});
