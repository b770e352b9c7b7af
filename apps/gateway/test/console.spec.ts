import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GatewayFixture, startGateway } from './harness';

jest.setTimeout(60_000);

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>';
/** A GET whose path goes on the wire exactly as written. */
function rawGet(base: string, path: string): Promise<{ status: number; contentType: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path, method: 'GET', headers: { accept: '*/*' } }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () =>
        resolve({
          status: answer.statusCode ?? 0,
          contentType: String(answer.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    sent.on('error', reject);
    sent.end();
  });
}

const NAVIGATE = { 'sec-fetch-mode': 'navigate', accept: 'text/html,application/xhtml+xml' };

describe('the web console at /', () => {
  let dir: string;
  let gateway: GatewayFixture;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slipway-console-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), INDEX);
    await writeFile(join(dir, 'assets', 'index-AbC123.js'), 'console.log("console")');
    await writeFile(join(dir, 'secret.txt'), 'not served');
    gateway = await startGateway({ CONSOLE_DIR: dir, DATA_API_URL: 'http://127.0.0.1:9' });
  });
  afterAll(async () => {
    await gateway?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers / with index.html, revalidated, under a same-origin policy', async () => {
    const answer = await fetch(`${gateway.url}/`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    expect(answer.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await answer.text()).toBe(INDEX);
  });

  it('serves hashed assets with a year’s immutable cache', async () => {
    const answer = await fetch(`${gateway.url}/assets/index-AbC123.js`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/javascript/);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await answer.text()).toBe('console.log("console")');
  });

  it('answers a page navigation to a client route with index.html, so links can be shared', async () => {
    for (const path of ['/delivery/0b6c1f7e-1d5b-4c38-9a43-5b7d4f0c2a11', '/ci/abc?x=1', '/costs']) {
      const answer = await fetch(`${gateway.url}${path}`, { headers: NAVIGATE });
      expect(answer.status).toBe(200);
      expect(await answer.text()).toBe(INDEX);
    }
  });

  it('keeps an unknown path a problem+json 404 for anything that is not a page navigation', async () => {
    const answer = await fetch(`${gateway.url}/no-such-thing`, { headers: { accept: 'application/json' } });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await answer.json()).toMatchObject({ code: 'route_not_found', status: 404 });
    const missingAsset = await fetch(`${gateway.url}/assets/nope.js`);
    expect(missingAsset.status).toBe(404);
  });

  it('serves nothing outside the build’s assets, however the path is written', async () => {
    // Sent as written (fetch would resolve the dots itself before the gateway saw them).
    for (const path of [
      '/secret.txt',
      '/assets/../secret.txt',
      '/assets/%2e%2e/secret.txt',
      '/assets/..%2fsecret.txt',
    ]) {
      const answer = await rawGet(gateway.url, path);
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(answer.body).not.toContain('not served');
    }
  });

  it('leaves the services’ routes to the services (a navigation to /runs is proxied, not the console)', async () => {
    const answer = await fetch(`${gateway.url}/runs`, { headers: NAVIGATE });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('a gateway without a built console', () => {
  it('says at / how to build one', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'slipway-no-console-'));
    const gateway = await startGateway({ CONSOLE_DIR: empty, DATA_API_URL: 'http://127.0.0.1:9' });
    try {
      const answer = await fetch(`${gateway.url}/`);
      expect(answer.status).toBe(404);
      expect(await answer.json()).toMatchObject({ detail: expect.stringMatching(/npm run build/) });
    } finally {
      await gateway.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
