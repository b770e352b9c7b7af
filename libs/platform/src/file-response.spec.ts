import Fastify, { type FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentDisposition, mediaTypeOf, sendFile } from './file-response';

describe('sendFile (real Fastify)', () => {
  let server: FastifyInstance;
  let dir: string;
  const content = '# Plan\n\nÜber alles\n';
  const sha256 = createHash('sha256').update(content).digest('hex');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slipway-file-'));
    await writeFile(join(dir, 'plan.md'), content);
    await writeFile(join(dir, 'page.html'), '<script>alert(1)</script>');
    server = Fastify();
    server.get('/plan', (request, reply) =>
      sendFile(request, reply, {
        path: join(dir, 'plan.md'),
        name: 'artifacts/planning/Plän 1.md',
        sha256,
      }),
    );
    server.get('/page', (request, reply) =>
      sendFile(request, reply, { path: join(dir, 'page.html'), name: 'page.html', sha256 }),
    );
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('streams the file with its type, length, hash as ETag and a safe download name', async () => {
    const reply = await server.inject({ method: 'GET', url: '/plan' });
    expect(reply.statusCode).toBe(200);
    expect(reply.body).toBe(content);
    expect(reply.headers).toMatchObject({
      'content-type': 'text/markdown; charset=utf-8',
      'content-length': String(Buffer.byteLength(content)),
      etag: `"${sha256}"`,
      'x-content-type-options': 'nosniff',
      'content-disposition': `attachment; filename="Pl_n_1.md"; filename*=UTF-8''Pl%C3%A4n%201.md`,
    });
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const reply = await server.inject({
      method: 'GET',
      url: '/plan',
      headers: { 'if-none-match': `"other", "${sha256}"` },
    });
    expect(reply.statusCode).toBe(304);
    expect(reply.body).toBe('');
    expect(
      (await server.inject({ method: 'GET', url: '/plan', headers: { 'if-none-match': '"x"' } })).statusCode,
    ).toBe(200);
  });

  it('never serves HTML as HTML, and names unknown kinds as bytes', async () => {
    const reply = await server.inject({ method: 'GET', url: '/page' });
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(mediaTypeOf('archive.tar.gz')).toBe('application/octet-stream');
    expect(contentDisposition('')).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });
});
