import { TEST_SERVICE_TOKEN } from '@slipway/testing';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CostCredentialsClient } from './cost-credentials.client';
import { CostApiUnavailableError } from './errors';

const CREDENTIAL = {
  provider: 'openai',
  base_url: 'https://api.openai.com/v1',
  settings: {},
  secrets: { api_key: 'sk-org-secret-000000000000' },
  fingerprint: 'sk-…0000',
  validated_at: '2030-01-01T00:00:00.000Z',
};

describe('CostCredentialsClient against a stand-in of cost-api', () => {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    const problem = (status: number, code: string) =>
      res
        .writeHead(status, { 'content-type': 'application/problem+json' })
        .end(JSON.stringify({ type: 'about:blank', title: code, status, detail: code, code }));
    if (req.url === '/api/v1/integrations/acme/openai/credential')
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(CREDENTIAL));
    if (req.url === '/api/v1/integrations/acme/anthropic/credential') return problem(404, 'not_found');
    if (req.url?.startsWith('/api/v1/integrations/down/')) return problem(503, 'unavailable');
    problem(404, 'route_not_found');
  });
  let url: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = (baseUrl: string | undefined) =>
    new CostCredentialsClient({ baseUrl, serviceToken: TEST_SERVICE_TOKEN, retry: { baseDelayMs: 1 } });

  it('reads a valid credential as the service, no user', async () => {
    const costApi = client(url);
    await expect(costApi.credential('acme', 'openai')).resolves.toEqual(CREDENTIAL);
    await costApi.close();
    expect(seen.at(-1)?.headers['x-service-token']).toBe(TEST_SERVICE_TOKEN);
    expect(seen.at(-1)?.headers['x-user-id']).toBeUndefined();
  });

  it('answers null when the organization has no valid integration, or when COST_API_URL is unset', async () => {
    const costApi = client(url);
    await expect(costApi.credential('acme', 'anthropic')).resolves.toBeNull();
    await costApi.close();
    const before = seen.length;
    await expect(client(undefined).credential('acme', 'openai')).resolves.toBeNull();
    expect(seen.length).toBe(before);
  });

  it('throws when cost-api cannot say: a 5xx (retried), or a path it does not serve', async () => {
    const costApi = client(url);
    const down = await costApi.credential('down', 'openai').catch((error: unknown) => error);
    expect(down).toBeInstanceOf(CostApiUnavailableError);
    expect(seen.filter((r) => r.url?.startsWith('/api/v1/integrations/down/'))).toHaveLength(2);
    await expect(costApi.credential('acme', 'openai/../x')).rejects.toThrow(/answered 404/);
    await costApi.close();
  });
});
