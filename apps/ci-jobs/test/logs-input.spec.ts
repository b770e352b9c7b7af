import { randomUUID } from 'node:crypto';
import { CiJobsHarness, fixtureBytes, SERVICE_TOKEN } from './harness';

/** GET /jobs/:id/logs refuses what it cannot serve before the event stream starts. */
describe('GET /jobs/:id/logs input', () => {
  let ci: CiJobsHarness;
  let url: string;
  let jobId: string;

  beforeAll(async () => {
    ci = await CiJobsHarness.start();
    await ci.app.listen({ port: 0, host: '127.0.0.1' });
    url = await ci.app.getUrl();
    const webhook = await ci.gitea('push', fixtureBytes('gitea-HookPush.json'), randomUUID());
    jobId = webhook.body.job_id ?? '';
  });

  afterAll(async () => {
    await ci.close();
  });

  const logs = (method: 'GET' | 'HEAD', headers: Record<string, string> = {}) =>
    fetch(`${url}/jobs/${jobId}/logs`, {
      method,
      headers: { 'x-service-token': SERVICE_TOKEN, ...headers },
      signal: AbortSignal.timeout(3000),
    });

  it.each(['99999999999999999999-0', '18446744073709551616-0', '0-18446744073709551616'])(
    'answers a Last-Event-ID past the 64-bit range of stream ids (%s) with a 422 problem, not a stream',
    async (lastEventId) => {
      const response = await logs('GET', { 'last-event-id': lastEventId });
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({
        code: 'validation_failed',
        errors: [{ field: 'Last-Event-ID' }],
      });
    },
  );

  it('follows from the largest stream id there is', async () => {
    const response = await logs('GET', { 'last-event-id': '18446744073709551615-18446744073709551615' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await response.body?.cancel();
  });

  it('answers HEAD with the stream headers and ends the response', async () => {
    const response = await logs('HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await response.text()).toBe('');
  });
});
