import { randomUUID } from 'node:crypto';
import { CiJobsHarness, fixtureBytes } from './harness';

interface Envelope {
  id: string;
  type: string;
  correlationId: string;
  payload: { job_id: string; repository: string; sha: string; ref: string };
}

describe('POST /webhook/gitea and /webhook/github', () => {
  let ci: CiJobsHarness;

  beforeAll(async () => {
    ci = await CiJobsHarness.start();
  });
  afterAll(async () => {
    await ci.close();
  });

  const queued = async (): Promise<Envelope[]> => {
    const entries = await ci.redis.xrange(`${ci.prefix}ci.jobs`, '-', '+');
    return entries.map(([, fields]) => JSON.parse(fields[fields.indexOf('data') + 1] ?? '{}') as Envelope);
  };

  it.each([
    ['gitea', 'push', 'gitea-HookPush.json', 'gordon/hello-world', 'refs/heads/main'],
    ['gitea', 'create', 'gitea-HookTag.json', 'gordon/hello-world', 'refs/tags/v1.0.0'],
    ['gitea', 'pull_request', 'gitea-HookPullRequest.json', 'gordon/hello-world', 'refs/pull/1/head'],
    ['github', 'push', 'github-HookPush.json', 'woodpecker-ci/woodpecker', 'refs/heads/main'],
    ['github', 'push', 'github-HookTag.json', '6543/test_ci_tmp', 'refs/tags/the-tag-v1'],
    [
      'github',
      'pull_request',
      'github-HookPullRequest.json',
      'baxterthehacker/public-repo',
      'refs/pull/1/head',
    ],
  ] as const)(
    '%s %s (%s) → 202, a pending job and a ci.jobs message',
    async (forge, event, file, repository, ref) => {
      const delivery = randomUUID();
      const reply =
        forge === 'gitea'
          ? await ci.gitea(event, fixtureBytes(file), delivery)
          : await ci.github(event, fixtureBytes(file), delivery);
      expect(reply.status).toBe(202);
      expect(reply.body).toEqual({ job_id: expect.any(String), status: 'pending' });
      const jobId = reply.body.job_id ?? '';
      const job = await ci.request<{
        status: string;
        repository: string;
        ref: string;
        queue_position: number;
      }>('GET', `/jobs/${jobId}`);
      expect(job.body).toMatchObject({
        status: 'pending',
        repository,
        ref,
        queue_position: expect.any(Number),
      });
      const message = (await queued()).find((e) => e.payload.job_id === jobId);
      expect(message).toMatchObject({
        id: jobId,
        type: 'ci.jobs',
        correlationId: reply.headers['x-request-id'],
        payload: { repository, ref },
      });
    },
  );

  it('answers a redelivery, or the same event under another delivery id, with the first job and 200', async () => {
    const bytes = fixtureBytes('gitea-HookPush.json');
    const before = (await queued()).length;
    const first = await ci.gitea('push', bytes, 'delivery-1');
    const again = await ci.gitea('push', bytes, 'delivery-1');
    const sameEvent = await ci.gitea('push', bytes, 'delivery-2');
    expect([again.status, sameEvent.status]).toEqual([200, 200]);
    expect(again.body).toEqual({ job_id: first.body.job_id, status: 'pending', duplicate: true });
    expect(sameEvent.body.job_id).toBe(first.body.job_id);
    expect((await queued()).length - before).toBeLessThanOrEqual(1);
  });

  it('refuses missing, wrong or tampered signatures with 401 and queues nothing', async () => {
    const bytes = fixtureBytes('github-HookPush.json');
    const before = (await queued()).length;
    expect((await ci.github('push', bytes, randomUUID(), 'the-wrong-secret-0123456789')).status).toBe(401);
    const tampered = Buffer.from(bytes.toString().replace('woodpecker-ci', 'evil-corp'));
    const signedOriginal = await ci.request('POST', '/webhook/github', {
      body: tampered,
      service: false,
      headers: { 'x-github-event': 'push', 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
    });
    expect(signedOriginal.status).toBe(401);
    expect(signedOriginal.headers['content-type']).toMatch(/^application\/problem\+json/);
    const unsigned = await ci.request('POST', '/webhook/gitea', {
      body: bytes,
      service: false,
      headers: { 'x-gitea-event': 'push' },
    });
    expect(unsigned.status).toBe(401);
    expect((await queued()).length).toBe(before);
  });

  it('ignores events that start no job with 202 and the reason, and answers ping', async () => {
    const closed = await ci.gitea(
      'pull_request',
      fixtureBytes('gitea-HookPullRequestClosed.json'),
      randomUUID(),
    );
    expect(closed).toMatchObject({
      status: 202,
      body: { ignored: 'pull_request action closed does not start a job' },
    });
    const release = await ci.gitea('release', fixtureBytes('gitea-HookRelease.json'), randomUUID());
    expect(release.body).toEqual({ ignored: 'event release does not start a job' });
    const ping = await ci.github('ping', Buffer.from('{"zen":"Keep it logically awesome."}'), randomUUID());
    expect(ping).toMatchObject({ status: 200, body: { pong: true } });
  });

  it('answers malformed JSON with 400 and an oversized body with 413, as problems', async () => {
    const bad = await ci.request('POST', '/webhook/gitea', {
      body: '{"ref":',
      service: false,
      headers: { 'x-gitea-event': 'push', 'x-gitea-signature': 'x' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    const huge = Buffer.from(JSON.stringify({ pad: 'x'.repeat(1_100_000) }));
    const tooLarge = await ci.request('POST', '/webhook/gitea', {
      body: huge,
      service: false,
      headers: { 'x-gitea-event': 'push', 'x-gitea-signature': 'x' },
    });
    expect(tooLarge.status).toBe(413);
  });

  it('counts webhooks by forge, event and outcome, times webhook → enqueue, and gauges jobs by status', async () => {
    const metrics = await ci.request('GET', '/metrics', { service: false });
    expect(metrics.text).toMatch(
      /ci_webhook_requests_total\{[^}]*forge="gitea",event="push",outcome="queued"[^}]*\} [1-9]/,
    );
    expect(metrics.text).toMatch(/ci_webhook_requests_total\{[^}]*outcome="duplicate"[^}]*\} [1-9]/);
    expect(metrics.text).toMatch(/ci_webhook_requests_total\{[^}]*outcome="unauthorized"[^}]*\} [1-9]/);
    expect(metrics.text).toMatch(/ci_webhook_to_enqueue_seconds_count\{[^}]*forge="github"[^}]*\} [1-9]/);
    expect(metrics.text).toMatch(/ci_jobs\{[^}]*status="pending"[^}]*\} [1-9]/);
  });
});
