import { EventSource } from 'eventsource';
import { randomUUID } from 'node:crypto';
import { LogStore } from '../src/logs/log-store';
import { CiJobsHarness, fixtureBytes } from './harness';

interface Job {
  id: string;
  status: string;
  reason?: string;
  retry_of?: string;
  queue_position?: number;
  ref: string;
  repository: string;
}

describe('/jobs', () => {
  let ci: CiJobsHarness;

  beforeAll(async () => {
    ci = await CiJobsHarness.start();
  });
  afterAll(async () => {
    await ci.close();
  });

  const manual = async (ref: string) => {
    const reply = await ci.request<{ job_id: string; status: string }>('POST', '/jobs', {
      body: { clone_url: 'https://forge.example/team/app.git', ref },
    });
    expect(reply.status).toBe(202);
    return reply.body.job_id;
  };

  it('runs a job by hand for a service or a person it forwards, and refuses anyone else', async () => {
    const id = await manual('main');
    expect((await ci.request<Job>('GET', `/jobs/${id}`)).body).toMatchObject({
      status: 'pending',
      repository: 'team/app',
      ref: 'refs/heads/main',
    });
    const person = { 'x-user-id': 'u-1', 'x-user-email': 'dev@example.com' };
    const body = { clone_url: 'https://forge.example/team/app.git', ref: 'refs/tags/v1' };
    expect((await ci.request('POST', '/jobs', { headers: person, body })).status).toBe(202);
    const untrusted = await ci.request('POST', '/jobs', {
      service: false,
      headers: { ...person, 'x-user-role': 'admin' },
      body,
    });
    expect(untrusted.status).toBe(401);
    const anonymous = await ci.request('POST', '/jobs', {
      service: false,
      body: { clone_url: 'x', ref: 'main' },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    const invalid = await ci.request<{ errors: { field: string }[] }>('POST', '/jobs', {
      body: { ref: 'main', sha: 'not-a-sha' },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['clone_url', 'sha']));
  });

  it('says where a pending job stands in the queue and why it waits', async () => {
    const a = await manual('queue-a');
    const b = await manual('queue-b');
    const first = (await ci.request<Job>('GET', `/jobs/${a}`)).body;
    const second = (await ci.request<Job>('GET', `/jobs/${b}`)).body;
    expect(second.queue_position).toBe((first.queue_position ?? 0) + 1);
    expect(second.reason).toMatch(/waiting behind \d+ pending job/);
    expect((await ci.request('GET', `/jobs/${randomUUID()}`)).status).toBe(404);
    expect((await ci.request('GET', '/jobs/not-a-uuid')).status).toBe(400);
  });

  it('lists newest first with filters and a cursor', async () => {
    const ids = [await manual('list-1'), await manual('list-2'), await manual('list-3')];
    const page = await ci.request<{ items: Job[]; next_cursor: string | null }>('GET', '/jobs?branch=list-2');
    expect(page.body.items.map((j) => j.id)).toEqual([ids[1]]);
    const first = await ci.request<{ items: Job[]; next_cursor: string | null }>(
      'GET',
      '/jobs?repo=team/app&limit=2',
    );
    expect(first.body.items).toHaveLength(2);
    const next = await ci.request<{ items: Job[] }>(
      'GET',
      `/jobs?repo=team/app&limit=2&cursor=${first.body.next_cursor ?? ''}`,
    );
    expect(next.body.items.map((j) => j.id)).not.toContain(first.body.items[0].id);
    expect((await ci.request('GET', '/jobs?status=sleeping')).status).toBe(422);
    expect((await ci.request('GET', '/jobs?colour=red')).status).toBe(422);
  });

  it('cancels a pending job at once; a finished job cannot be cancelled but can be retried as a linked job', async () => {
    const id = await manual('cancel-me');
    const cancelled = await ci.request<Job>('POST', `/jobs/${id}/cancel`);
    expect(cancelled).toMatchObject({ status: 202, body: { status: 'cancelled' } });
    expect((await ci.request('POST', `/jobs/${id}/cancel`)).status).toBe(409);
    const retried = await ci.request<{ job_id: string }>('POST', `/jobs/${id}/retry`);
    expect(retried.status).toBe(202);
    expect((await ci.request<Job>('GET', `/jobs/${retried.body.job_id}`)).body).toMatchObject({
      status: 'pending',
      retry_of: id,
      ref: 'refs/heads/cancel-me',
    });
    expect((await ci.request('POST', `/jobs/${retried.body.job_id}/retry`)).status).toBe(409);
  });

  describe('GET /jobs/:id/logs', () => {
    let url: string;
    beforeAll(async () => {
      await ci.app.listen({ port: 0, host: '127.0.0.1' });
      url = await ci.app.getUrl();
    });

    const open = (jobId: string, lastEventId?: string) =>
      new EventSource(`${url}/jobs/${jobId}/logs`, {
        fetch: (input, init) =>
          fetch(input, {
            ...init,
            headers: {
              ...init?.headers,
              'x-service-token': 'test-service-token-0123456789',
              ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
            },
          }),
      });

    it('streams lines live, resumes after Last-Event-ID with every line exactly once, and ends with the status', async () => {
      const webhook = await ci.gitea('push', fixtureBytes('gitea-HookPush.json'), randomUUID());
      const jobId = webhook.body.job_id ?? '';
      const logs = new LogStore(ci.redis, ci.prefix);
      const line = (text: string) => ({
        stream: 'stdout' as const,
        step: 'build',
        text,
        at: new Date().toISOString(),
      });

      const firstPart: { id: string; text: string }[] = [];
      const source = open(jobId);
      await new Promise<void>((resolve, reject) => {
        source.onerror = () => reject(new Error('stream failed'));
        source.onmessage = (event) => {
          firstPart.push({ id: event.lastEventId, text: (JSON.parse(event.data) as { text: string }).text });
          if (firstPart.length === 2) resolve();
        };
        source.onopen = () => void logs.append(jobId, [line('one'), line('two')]);
      });
      source.close();

      await logs.append(jobId, [line('three')]);
      await logs.status(jobId, 'running');
      await logs.append(jobId, [line('four')]);
      await logs.end(jobId, 'success');

      const secondPart: string[] = [];
      const statuses: string[] = [];
      const resumed = open(jobId, firstPart[1].id);
      const ended = await new Promise<string>((resolve, reject) => {
        resumed.onerror = () => reject(new Error('stream failed'));
        resumed.onmessage = (event) => secondPart.push((JSON.parse(event.data) as { text: string }).text);
        resumed.addEventListener('status', (event) =>
          statuses.push((JSON.parse(event.data) as { status: string }).status),
        );
        resumed.addEventListener('end', (event) =>
          resolve((JSON.parse(event.data) as { status: string }).status),
        );
      });
      resumed.close();
      expect([...firstPart.map((l) => l.text), ...secondPart]).toEqual(['one', 'two', 'three', 'four']);
      expect(statuses).toEqual(['running']);
      expect(ended).toBe('success');

      const whole = await ci.request('GET', `/jobs/${jobId}/logs?follow=false`);
      expect(whole.headers['content-type']).toMatch(/^text\/plain/);
      expect(whole.text).toBe('one\ntwo\nthree\nfour\n');
    });

    it('sends SSE with the headers proxies need', async () => {
      const webhook = await ci.github('push', fixtureBytes('github-HookPush.json'), randomUUID());
      const jobId = webhook.body.job_id ?? '';
      await new LogStore(ci.redis, ci.prefix).end(jobId, 'failed');
      const response = await fetch(`${url}/jobs/${jobId}/logs`, {
        headers: { 'x-service-token': 'test-service-token-0123456789' },
      });
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(response.headers.get('x-accel-buffering')).toBe('no');
      expect(await response.text()).toMatch(/event: end\ndata: \{"status":"failed"\}/);
      expect((await fetch(`${url}/jobs/${jobId}/logs`)).status).toBe(401);
      expect(
        (
          await fetch(`${url}/jobs/${randomUUID()}/logs`, {
            headers: { 'x-service-token': 'test-service-token-0123456789' },
          })
        ).status,
      ).toBe(404);
    });
  });
});
