import { randomUUID } from 'node:crypto';
import { LogStore } from '../src/logs/log-store';
import { CiJobsHarness, fixtureBytes } from './harness';

interface LogPage {
  total: number;
  entries: { id: string; type: string; line?: { text: string; step?: string }; status?: string }[];
  more_before: boolean;
}

const line = (text: string) => ({
  stream: 'stdout' as const,
  step: 'build',
  text,
  at: new Date().toISOString(),
});
const texts = (page: LogPage) =>
  page.entries.map((entry) => (entry.type === 'line' ? entry.line?.text : `<${entry.type}:${entry.status}>`));

/** GET /jobs/:id/log-lines: a log read from its tail, a page at a time, with the ids SSE resumes after. */
describe('GET /jobs/:id/log-lines', () => {
  let ci: CiJobsHarness;
  let logs: LogStore;
  let jobId: string;

  beforeAll(async () => {
    ci = await CiJobsHarness.start();
    logs = new LogStore(ci.redis, ci.prefix);
    const webhook = await ci.gitea('push', fixtureBytes('gitea-HookPush.json'), randomUUID());
    jobId = webhook.body.job_id ?? '';
    await logs.append(
      jobId,
      Array.from({ length: 7 }, (_, i) => line(`line ${i}`)),
    );
    await logs.status(jobId, 'running');
    await logs.append(jobId, [line('line 7')]);
    await logs.end(jobId, 'success');
  });
  afterAll(async () => {
    await ci.close();
  });

  const page = (query: string) => ci.request<LogPage>('GET', `/jobs/${jobId}/log-lines${query}`);

  it('answers the newest entries first, oldest of them first, and says more come before', async () => {
    const tail = await page('?limit=3');
    expect(tail.status).toBe(200);
    expect(texts(tail.body)).toEqual(['<status:running>', 'line 7', '<end:success>']);
    expect(tail.body.more_before).toBe(true);
    expect(tail.body.total).toBe(10);
  });

  it('pages back before an entry id until the start, without gap or overlap', async () => {
    const seen: string[] = [];
    let before: string | undefined;
    for (let round = 0; round < 10; round++) {
      const reply = await page(`?limit=3${before ? `&before=${before}` : ''}`);
      expect(reply.status).toBe(200);
      seen.unshift(...texts(reply.body).map(String));
      before = reply.body.entries[0]?.id;
      if (!reply.body.more_before) break;
    }
    expect(seen).toEqual([
      ...Array.from({ length: 7 }, (_, i) => `line ${i}`),
      '<status:running>',
      'line 7',
      '<end:success>',
    ]);
    const all = await page('');
    expect(all.body.more_before).toBe(false);
    expect(all.body.entries).toHaveLength(10);
    expect(all.body.entries[0].line).toMatchObject({ text: 'line 0', step: 'build' });
  });

  it('refuses an id that is not an entry id or a limit out of range, and a job that does not exist', async () => {
    const bad = await page('?before=yesterday');
    expect(bad.status).toBe(422);
    expect((bad.body as unknown as { errors: { field: string }[] }).errors[0].field).toBe('before');
    expect((await page('?before=18446744073709551616-0')).status).toBe(422);
    expect((await page('?limit=0')).status).toBe(422);
    expect((await page('?limit=5001')).status).toBe(422);
    expect((await ci.request('GET', `/jobs/${randomUUID()}/log-lines`)).status).toBe(404);
    expect((await ci.request('GET', `/jobs/${jobId}/log-lines`, { service: false })).status).toBe(401);
  });
});
