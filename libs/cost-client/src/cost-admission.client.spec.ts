import { ProblemException, withRequestId } from '@slipway/platform';
import {
  dailyQuotaRefusal,
  startCostValidatorStandIn,
  TEST_SERVICE_TOKEN,
  type CostValidatorStandIn,
} from '@slipway/testing';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { admissionProblem } from './admission-problems';
import { CostAdmissionClient } from './cost-admission.client';
import { AdmissionRefusedError, CostApiUnavailableError } from './errors';

const RUN = { kind: 'run' as const, pipeline_id: '7f1c2d4e-0000-4000-8000-000000000001' };

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('CostAdmissionClient against a stand-in of the validator', () => {
  let standIn: CostValidatorStandIn;
  let client: CostAdmissionClient;

  beforeAll(async () => {
    standIn = await startCostValidatorStandIn({ serviceToken: TEST_SERVICE_TOKEN, heartbeatIntervalMs: 250 });
    client = new CostAdmissionClient({ baseUrl: `${standIn.url}/`, serviceToken: TEST_SERVICE_TOKEN });
  });
  afterAll(async () => {
    await client.close();
    await standIn.close();
  });
  afterEach(() => standIn.refuse(null));

  it('validates as the service, with the request id of the work that asks', async () => {
    const admission = await withRequestId('req-validate-1', () =>
      client.validate('acme', { ...RUN, profile: 'web_service', requested_by: 'alice' }),
    );
    expect(admission).toMatchObject({ admitted: true, counted: true, heartbeat_interval_ms: 250 });
    const [call] = standIn.callsOf('validate', RUN.pipeline_id);
    expect(call).toMatchObject({
      org: 'acme',
      body: { ...RUN, profile: 'web_service', requested_by: 'alice' },
    });
    expect(call?.headers['x-service-token']).toBe(TEST_SERVICE_TOKEN);
    expect(call?.headers['x-request-id']).toBe('req-validate-1');
    expect(call?.headers['x-user-id']).toBeUndefined();
  });

  it('renews a held slot and says when the slot is gone', async () => {
    await client.validate('acme', RUN);
    await expect(client.heartbeat('acme', RUN)).resolves.toBe('renewed');
    standIn.expire(RUN.kind, RUN.pipeline_id);
    await expect(client.heartbeat('acme', RUN)).resolves.toBe('gone');
  });

  it('completes with the outcome and the steps', async () => {
    await client.validate('acme', RUN);
    const steps = [{ name: 'planning', status: 'completed', started_at: '2030-01-01T00:00:00.000Z' }];
    await client.complete('acme', { ...RUN, outcome: 'succeeded', steps });
    expect(standIn.callsOf('complete', RUN.pipeline_id).at(-1)?.body).toEqual({
      ...RUN,
      outcome: 'succeeded',
      steps,
    });
    expect(standIn.held()).not.toContain(`run:${RUN.pipeline_id}`);
  });

  it('throws a refusal carrying cost-api’s problem and Retry-After', async () => {
    standIn.refuse(dailyQuotaRefusal('acme', 5));
    const refused = await client.validate('acme', RUN).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AdmissionRefusedError);
    const refusal = refused as AdmissionRefusedError;
    expect(refusal).toMatchObject({
      kind: 'refused',
      status: 429,
      code: 'quota_exceeded',
      retryAfter: '3600',
    });
    expect(refusal.detail).toMatch(/used its 5 daily pipelines/);
    expect(refusal.errors).toEqual([
      { field: 'daily_pipelines', message: expect.stringMatching(/used 5 of 5/) },
    ]);

    // A route's caller is answered 429 with the same detail, errors and Retry-After.
    const problem = admissionProblem(refusal);
    expect(problem).toBeInstanceOf(ProblemException);
    expect(problem).toMatchObject({ code: 'quota_exceeded', status: 429, detail: refusal.detail });
    expect((problem as ProblemException).errors).toEqual(refusal.errors);
    expect((problem as ProblemException).headers).toEqual({ 'retry-after': '3600' });
  });

  it('passes configuration refusals on, and keeps refusals of our own calls as our failure', async () => {
    standIn.refuse({ status: 422, code: 'model_unpriced', detail: 'No price of openai/gpt-x is in force' });
    const unpriced = (await client.validate('acme', RUN).catch((e: unknown) => e)) as AdmissionRefusedError;
    expect(admissionProblem(unpriced)).toMatchObject({ code: 'model_unpriced', status: 422 });

    const stranger = new CostAdmissionClient({ baseUrl: standIn.url, serviceToken: 'not-the-token-000000' });
    const unauthorized = (await stranger
      .validate('acme', RUN)
      .catch((e: unknown) => e)) as AdmissionRefusedError;
    await stranger.close();
    expect(unauthorized).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(admissionProblem(unauthorized)).toBe(unauthorized);
  });

  it('fails unavailable when cost-api does not answer, after trying again', async () => {
    const down = new CostAdmissionClient({
      baseUrl: await closedPort(),
      serviceToken: TEST_SERVICE_TOKEN,
      retry: { baseDelayMs: 1 },
    });
    const failure = await down.validate('acme', RUN).catch((error: unknown) => error);
    await down.close();
    expect(failure).toBeInstanceOf(CostApiUnavailableError);
    expect((failure as Error).message).toMatch(/no answer after 2 attempt\(s\): .*ECONNREFUSED/);
    expect(admissionProblem(failure as CostApiUnavailableError)).toMatchObject({
      code: 'upstream_unavailable',
      status: 503,
    });
  });

  it('fails unavailable on a 5xx or an answer that is not cost-api’s', async () => {
    const broken = createServer((req, res) => {
      res.writeHead(req.url?.includes('validate') ? 500 : 200, { 'content-type': 'text/html' });
      res.end('<h1>proxy error</h1>');
    });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`;
    const proxied = new CostAdmissionClient({
      baseUrl: url,
      serviceToken: TEST_SERVICE_TOKEN,
      retry: { attempts: 1 },
    });
    await expect(proxied.validate('acme', RUN)).rejects.toMatchObject({ kind: 'unavailable', status: 500 });
    await expect(proxied.complete('acme', { ...RUN, outcome: 'failed' })).rejects.toBeInstanceOf(
      CostApiUnavailableError,
    );
    await proxied.close();
    await new Promise<void>((resolve) => broken.close(() => resolve()));
  });

  it('is disabled without a base URL and then refuses to call', async () => {
    const off = new CostAdmissionClient({ baseUrl: undefined, serviceToken: TEST_SERVICE_TOKEN });
    expect(off.enabled).toBe(false);
    await expect(off.validate('acme', RUN)).rejects.toThrow(/COST_API_URL/);
    await off.close();
  });
});
