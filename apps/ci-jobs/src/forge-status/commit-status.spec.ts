import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CommitStatusReporter } from './commit-status';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A local stand-in for a forge's statuses API that records what it receives. */
async function forgeStandIn(
  statuses: number[],
): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: JSON.parse(raw),
      });
      res.writeHead(statuses.shift() ?? 201, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
const SHA = 'ef98532add3b2feb7a137426bba1248724367df5';

describe('commit statuses on the forge', () => {
  it('posts a Gitea status with its token to /api/v1/repos/{owner}/{repo}/statuses/{sha}', async () => {
    const gitea = await forgeStandIn([]);
    try {
      const reporter = new CommitStatusReporter({ gitea: { baseUrl: gitea.url, token: 'gitea-token' } });
      const sent = await reporter.report(
        { forge: 'gitea', repository: 'gordon/hello-world', sha: SHA },
        { state: 'success', description: 'passed', context: 'slipway/ci', targetUrl: 'http://ci/jobs/1' },
      );
      expect(sent).toBe(true);
      expect(gitea.received).toHaveLength(1);
      expect(gitea.received[0]).toMatchObject({
        method: 'POST',
        url: `/api/v1/repos/gordon/hello-world/statuses/${SHA}`,
        headers: { authorization: 'token gitea-token' },
        body: {
          state: 'success',
          description: 'passed',
          context: 'slipway/ci',
          target_url: 'http://ci/jobs/1',
        },
      });
    } finally {
      await close(gitea.server);
    }
  });

  it('posts a GitHub status with the API headers, retrying a 502', async () => {
    const github = await forgeStandIn([502]);
    try {
      const reporter = new CommitStatusReporter({ github: { baseUrl: github.url, token: 'gh-token' } }, 10);
      await expect(
        reporter.report(
          { forge: 'github', repository: 'octo/repo', sha: SHA },
          { state: 'failure', description: 'step test failed', context: 'slipway/ci' },
        ),
      ).resolves.toBe(true);
      expect(github.received).toHaveLength(2);
      expect(github.received[1]).toMatchObject({
        url: `/repos/octo/repo/statuses/${SHA}`,
        headers: {
          authorization: 'Bearer gh-token',
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
        },
        body: { state: 'failure' },
      });
    } finally {
      await close(github.server);
    }
  });

  it('gives up on a 4xx at once, and after three attempts on 5xx', async () => {
    const forge = await forgeStandIn([422, 500, 500, 500]);
    try {
      const reporter = new CommitStatusReporter({ github: { baseUrl: forge.url, token: 't' } }, 1);
      const target = { forge: 'github' as const, repository: 'o/r', sha: SHA };
      await expect(
        reporter.report(target, { state: 'pending', description: 'queued', context: 'c' }),
      ).rejects.toThrow('github answered 422');
      expect(forge.received).toHaveLength(1);
      await expect(
        reporter.report(target, { state: 'pending', description: 'queued', context: 'c' }),
      ).rejects.toThrow('github answered 500');
      expect(forge.received).toHaveLength(4);
    } finally {
      await close(forge.server);
    }
  });

  it('skips forges it has no credentials for, and manual jobs', async () => {
    const reporter = new CommitStatusReporter({});
    expect(reporter.enabledFor('gitea')).toBe(false);
    await expect(
      reporter.report(
        { forge: 'gitea', repository: 'a/b', sha: SHA },
        { state: 'pending', description: '', context: 'c' },
      ),
    ).resolves.toBe(false);
    await expect(
      reporter.report(
        { forge: 'manual', repository: 'a/b', sha: SHA },
        { state: 'pending', description: '', context: 'c' },
      ),
    ).resolves.toBe(false);
  });
});
