import type { IntegrationCredentialDto } from '@slipway/contracts';
import type { AdvanceRunResponse, RunDetail, RunSummary } from '@slipway/contracts/runs';
import { waitFor } from '@slipway/devstack';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RunsHarness, SERVICE_TOKEN } from './harness';
import { startOpenAiStandIn, type OpenAiStandIn } from './support/openai-stand-in';

const ORG_KEY = 'sk-org-own-key-0123456789abcdef';
const OPERATOR_KEY = 'sk-operator-key-0123456789abcdef';

/** cost-api's credential endpoint, as the worker calls it: the org's valid openai credential, 404 otherwise. */
async function startCostApiStandIn(slug: string, baseUrl: string) {
  const seen: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req);
    const ok = req.headers['x-service-token'] === SERVICE_TOKEN && !req.headers['x-user-id'];
    const path = `/api/v1/integrations/${slug}/openai/credential`;
    if (!ok) return res.writeHead(401).end();
    // The calls' budget reservations: every one held and settled.
    if (req.url?.startsWith('/api/v1/budgets/'))
      return res.writeHead(200, { 'content-type': 'application/json' }).end('{"state":"open"}');
    if (req.url?.startsWith('/api/v1/integrations/broken-'))
      return res.writeHead(503, { 'content-type': 'application/problem+json' }).end('{"status":503}');
    if (req.url !== path)
      return res
        .writeHead(404, { 'content-type': 'application/problem+json' })
        .end(JSON.stringify({ status: 404, code: 'not_found' }));
    const body: IntegrationCredentialDto = {
      provider: 'openai',
      base_url: baseUrl,
      settings: {},
      secrets: { api_key: ORG_KEY },
      fingerprint: 'sk-…cdef',
      validated_at: new Date().toISOString(),
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('agent-worker: an organization’s own provider credential', () => {
  let llm: OpenAiStandIn;
  let costApi: Awaited<ReturnType<typeof startCostApiStandIn>>;
  let h: RunsHarness;
  let member: { id: string; email: string };
  const slug = 'acme-credentials';

  beforeAll(async () => {
    llm = await startOpenAiStandIn({ apiKey: ORG_KEY });
    costApi = await startCostApiStandIn(slug, `${llm.url}/v1`);
    h = await RunsHarness.start({
      shared: { LLM_PROVIDER: 'openai', LLM_MODEL: 'gpt-stand-in' },
      worker: { LLM_BASE_URL: `${llm.url}/v1`, LLM_API_KEY: OPERATOR_KEY, COST_API_URL: costApi.url },
    });
    member = { id: h.dataApi.users.member.id, email: 'member@example.com' };
  });
  afterAll(async () => {
    await h?.close();
    await costApi?.close();
    await llm?.close();
  });

  const project = async (name: string) =>
    (await h.client.post('/api/projects', { body: { name, modules: [], owner_id: member.id } })).data;

  const firstPhase = async (projectId: string): Promise<RunDetail> => {
    const created = await h.request<RunSummary>('POST', '/runs', {
      as: member,
      body: { profile: 'analytics_forecast_app', intake: 'Forecast demand', project_id: projectId },
    });
    expect(created.status).toBe(201);
    const id = created.body.run_id;
    await h.request<AdvanceRunResponse>('POST', `/runs/${id}/next`, { as: member });
    return waitFor(async () => {
      const { body } = await h.request<RunDetail>('GET', `/runs/${id}`, { as: member });
      const phase = body.phases.find((p) => p.phase === 'planning');
      return phase?.status === 'completed' || phase?.status === 'failed' ? body : undefined;
    }, `run ${id}’s first phase to end`);
  };

  it('calls the provider with the org’s key when the run’s project belongs to the org', async () => {
    const { data: org } = await h.client.post('/api/organizations', {
      body: {
        slug,
        name: 'Acme',
        currency: 'USD',
        timezone: 'UTC',
        country: 'US',
        fiscal_year_start: 1,
        plan: 'test',
      },
    });
    const owned = await project('org-project');
    await h.client.post('/api/org_projects', { body: { project_id: owned.id, org_id: org.id } });
    const before = llm.requests.length;
    const run = await firstPhase(owned.id);
    expect(run.phases.find((p) => p.phase === 'planning')?.status).toBe('completed');
    const calls = llm.requests.slice(before);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((r) => r.headers.authorization === `Bearer ${ORG_KEY}`)).toBe(true);
    expect(costApi.seen.some((r) => r.url === `/api/v1/integrations/${slug}/openai/credential`)).toBe(true);
    // Each call within the org's budgets: reserved before, settled after.
    const budgets = costApi.seen.map((r) => r.url).filter((url) => url?.startsWith('/api/v1/budgets/'));
    expect(budgets.filter((url) => url === `/api/v1/budgets/reserve/${slug}`)).toHaveLength(calls.length);
    expect(budgets.filter((url) => url === `/api/v1/budgets/settle/${slug}`)).toHaveLength(calls.length);
  });

  it('keeps the worker’s own key for a project of no organization', async () => {
    const before = llm.requests.length;
    const run = await firstPhase((await project('plain-project')).id);
    const calls = llm.requests.slice(before);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((r) => r.headers.authorization === `Bearer ${OPERATOR_KEY}`)).toBe(true);
    // The stand-in takes only the org's key: the operator's is refused, and the phase fails saying so, keyless.
    const planning = run.phases.find((p) => p.phase === 'planning');
    expect(planning?.status).toBe('failed');
    expect(JSON.stringify(run)).not.toContain(OPERATOR_KEY);
  });

  it('fails the phase, retryably and without the operator’s key, when cost-api cannot say', async () => {
    const { data: org } = await h.client.post('/api/organizations', {
      body: {
        slug: 'broken-org',
        name: 'Broken',
        currency: 'USD',
        timezone: 'UTC',
        country: 'US',
        fiscal_year_start: 1,
        plan: 'test',
      },
    });
    const owned = await project('broken-project');
    await h.client.post('/api/org_projects', { body: { project_id: owned.id, org_id: org.id } });
    const before = llm.requests.length;
    const run = await firstPhase(owned.id);
    expect(llm.requests.length).toBe(before);
    const planning = run.phases.find((p) => p.phase === 'planning');
    expect(planning?.error).toMatch(/credential could not be read: cost-api GET .*credential: answered 503/);
  });
});
