import { AppLogger, createLogger } from '@slipway/platform';
import { TEST_SERVICE_TOKEN } from '@slipway/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BudgetClient, isBudgetExceeded } from './budget.client';
import { AdmissionRefusedError } from './errors';

interface Seen {
  path: string;
  body: Record<string, unknown>;
  token: string | undefined;
}

/** cost-api's budget routes as a stand-in: every call recorded; reserve refused or settle failing when told. */
async function budgetStandIn() {
  const seen: Seen[] = [];
  const script = { refuse: false, failSettle: false };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      const path = req.url ?? '';
      seen.push({ path, body, token: req.headers['x-service-token'] as string | undefined });
      if (path.startsWith('/api/v1/budgets/reserve/') && script.refuse) {
        res.writeHead(429, { 'content-type': 'application/problem+json', 'retry-after': '120' });
        return res.end(
          JSON.stringify({
            type: 'https://slipway.dev/problems/budget_exceeded',
            title: 'Budget exceeded',
            status: 429,
            detail: 'ENG (Engineering) has 0 USD left of its daily budget of 1 USD',
            instance: path,
            code: 'budget_exceeded',
            errors: [{ field: 'daily_budget', message: 'node n-1 (ENG): remaining 0' }],
            request_id: 'r-1',
          }),
        );
      }
      if (path.startsWith('/api/v1/budgets/settle/') && script.failSettle) {
        res.writeHead(503, { 'content-type': 'application/problem+json' });
        return res.end('{"status":503}');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ reservation_id: body.reservation_id, state: 'open' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    script,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('BudgetClient.spend', () => {
  let standIn: Awaited<ReturnType<typeof budgetStandIn>>;
  let client: BudgetClient;
  const warnings: string[] = [];

  beforeAll(async () => {
    standIn = await budgetStandIn();
    const logger = new AppLogger(createLogger('cost-client-test', 'silent'));
    jest.spyOn(logger, 'warn').mockImplementation((_fields, message?: string) => {
      warnings.push(message ?? '');
    });
    client = new BudgetClient({ baseUrl: standIn.url, serviceToken: TEST_SERVICE_TOKEN }, logger);
  });
  beforeEach(() => {
    standIn.seen.length = 0;
    warnings.length = 0;
    Object.assign(standIn.script, { refuse: false, failSettle: false });
  });
  afterAll(async () => {
    await client.close();
    await standIn.close();
  });

  const reserve = {
    project_id: '7f1c2d4e-0000-4000-8000-000000000001',
    provider: 'openai',
    model: 'gpt-4o-mini',
    input_tokens: 1_200,
    max_output_tokens: 800,
    lease_ms: 60_000,
  };
  const usage = { input_tokens: 1_000, output_tokens: 300, cached_input_tokens: 200, usage_id: 'resp-1' };

  it('reserves before the call and settles what it used, under one reservation id, as the service', async () => {
    const order: string[] = [];
    const answer = await client.spend({
      org: 'acme',
      reserve,
      call: () => {
        order.push(`call after ${standIn.seen.length} request(s)`);
        return Promise.resolve('the answer');
      },
      usage: () => usage,
    });
    expect(answer).toBe('the answer');
    expect(order).toEqual(['call after 1 request(s)']);
    const [held, settled] = standIn.seen;
    expect(held).toMatchObject({
      path: '/api/v1/budgets/reserve/acme',
      body: reserve,
      token: TEST_SERVICE_TOKEN,
    });
    expect(settled).toMatchObject({
      path: '/api/v1/budgets/settle/acme',
      body: {
        reservation_id: held.body.reservation_id,
        project_id: reserve.project_id,
        provider: 'openai',
        model: 'gpt-4o-mini',
        ...usage,
      },
    });
  });

  it('releases when the call failed having used nothing, settles when it still used tokens; the error stands', async () => {
    const failure = new Error('provider down');
    await expect(
      client.spend({ org: 'acme', reserve, call: () => Promise.reject(failure), usage: () => usage }),
    ).rejects.toBe(failure);
    expect(standIn.seen.map((s) => s.path)).toEqual([
      '/api/v1/budgets/reserve/acme',
      '/api/v1/budgets/release/acme',
    ]);
    standIn.seen.length = 0;
    await expect(
      client.spend({
        org: 'acme',
        reserve,
        call: () => Promise.reject(failure),
        usage: () => usage,
        failedUsage: () => ({ input_tokens: 50, output_tokens: 5, cached_input_tokens: 0 }),
      }),
    ).rejects.toBe(failure);
    expect(standIn.seen[1]).toMatchObject({
      path: '/api/v1/budgets/settle/acme',
      body: { input_tokens: 50, output_tokens: 5 },
    });
  });

  it('never calls when a hard budget refuses: budget_exceeded with cost-api’s detail and Retry-After', async () => {
    standIn.script.refuse = true;
    const call = jest.fn(() => Promise.resolve('never'));
    const refused = await client
      .spend({ org: 'acme', reserve, call, usage: () => usage })
      .catch((e: unknown) => e);
    expect(call).not.toHaveBeenCalled();
    expect(isBudgetExceeded(refused)).toBe(true);
    expect(refused).toBeInstanceOf(AdmissionRefusedError);
    expect(refused).toMatchObject({ status: 429, retryAfter: '120', detail: expect.stringMatching(/^ENG/) });
    expect(isBudgetExceeded(new Error('budget_exceeded'))).toBe(false);
  });

  it('keeps the answer of a call whose settle failed, saying so in the log', async () => {
    standIn.script.failSettle = true;
    await expect(
      client.spend({ org: 'acme', reserve, call: () => Promise.resolve(7), usage: () => usage }),
    ).resolves.toBe(7);
    expect(warnings).toEqual([
      'the budget reservation was not settled or released; it lapses after its lease, charged at its worst case',
    ]);
  });
});
