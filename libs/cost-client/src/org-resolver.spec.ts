import { DataApiClient } from '@slipway/data-client';
import { TEST_SERVICE_TOKEN } from '@slipway/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { OrgResolver } from './org-resolver';

const IN_ORG = '11111111-1111-4111-8111-111111111111';
const ALONE = '22222222-2222-4222-8222-222222222222';
const ORG_ID = '33333333-3333-4333-8333-333333333333';

/** A stand-in of data-api's org_projects and organizations reads, counting what it is asked. */
function dataApiStandIn(): { server: Server; asked: string[]; failing: { on: boolean } } {
  const asked: string[] = [];
  const failing = { on: false };
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (failing.on) return json(500, { message: 'down' });
    if (url.pathname === '/api/org_projects') {
      const project = url.searchParams.get('project_id');
      const items =
        project === IN_ORG ? [{ id: 'link', org_id: ORG_ID, project_id: IN_ORG, node_id: null }] : [];
      return json(200, { items, next_cursor: null });
    }
    if (url.pathname === `/api/organizations/${ORG_ID}`) return json(200, { id: ORG_ID, slug: 'acme' });
    json(404, { message: 'no' });
  });
  return { server, asked, failing };
}

describe('OrgResolver', () => {
  const { server, asked, failing } = dataApiStandIn();
  let dataApi: DataApiClient;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    dataApi = new DataApiClient({
      baseUrl: `http://127.0.0.1:${port}`,
      serviceToken: TEST_SERVICE_TOKEN,
      retry: { attempts: 1 },
    });
  });
  beforeEach(() => {
    asked.length = 0;
    failing.on = false;
  });
  afterAll(async () => {
    await dataApi.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('finds the slug of a project’s organization, and null for a project of none', async () => {
    const orgs = new OrgResolver(dataApi, {});
    await expect(orgs.slugOf(IN_ORG)).resolves.toBe('acme');
    await expect(orgs.slugOf(ALONE)).resolves.toBeNull();
    expect(asked).toEqual([
      `/api/org_projects?project_id=${IN_ORG}&limit=1`,
      `/api/organizations/${ORG_ID}`,
      `/api/org_projects?project_id=${ALONE}&limit=1`,
    ]);
  });

  it('believes an answer for a while, sharing concurrent lookups', async () => {
    // Long enough that a loaded machine still asks within it, short enough to wait out.
    const orgs = new OrgResolver(dataApi, { orgCacheTtlMs: 1_000 });
    const answers = await Promise.all([orgs.slugOf(IN_ORG), orgs.slugOf(IN_ORG), orgs.slugOf(ALONE)]);
    expect(answers).toEqual(['acme', 'acme', null]);
    await orgs.slugOf(ALONE);
    expect(asked).toHaveLength(3);
    await sleep(1_100);
    await expect(orgs.slugOf(IN_ORG)).resolves.toBe('acme');
    expect(asked).toHaveLength(5);
  });

  it('keeps no failed lookup, and caches nothing with a TTL of 0', async () => {
    const orgs = new OrgResolver(dataApi, {});
    failing.on = true;
    await expect(orgs.slugOf(IN_ORG)).rejects.toThrow(/500/);
    failing.on = false;
    await expect(orgs.slugOf(IN_ORG)).resolves.toBe('acme');

    const uncached = new OrgResolver(dataApi, { orgCacheTtlMs: 0 });
    asked.length = 0;
    await uncached.slugOf(ALONE);
    await uncached.slugOf(ALONE);
    expect(asked).toHaveLength(2);
  });
});
