import Fastify, { type FastifyInstance } from 'fastify';
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lastEventIdOf, sseFrame, startSse, type SseResponse } from './sse';

/** A promise and the function that fulfils it. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

/** Reads the response until `text` has arrived. */
async function readUntil(response: IncomingMessage, text: string): Promise<string> {
  let received = '';
  for await (const chunk of response) {
    received += String(chunk);
    if (received.includes(text)) return received;
  }
  return received;
}

describe('startSse (real Fastify, real socket)', () => {
  let server: FastifyInstance;
  let origin: string;
  let opened = deferred<SseResponse>();

  beforeAll(async () => {
    server = Fastify();
    server.get('/events', async (request, reply) => {
      const sse = startSse(request, reply);
      sse.write('id: 1\nevent: hello\ndata: {}\n\n');
      opened.resolve(sse);
    });
    server.get('/framed', async (request, reply) => {
      const sse = startSse(request, reply, { pingMs: 20 });
      await sse.send({ id: 7, event: 'line', data: { text: 'a\nb' } }, { data: 'plain' });
    });
    server.get('/resume', async (request) => ({ id: lastEventIdOf(request) ?? null }));
    server.get('/short', async (request, reply) => {
      const sse = startSse(request, reply);
      sse.write('event: end\ndata: {}\n\n');
      sse.end();
    });
    await server.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await server.close();
  });

  const request = (path: string, method = 'GET') =>
    new Promise<{ response: IncomingMessage; destroy: () => void }>((resolve, reject) => {
      const outgoing = get(`${origin}${path}`, { method }, (response) =>
        resolve({ response, destroy: () => outgoing.destroy() }),
      );
      outgoing.on('error', reject);
    });

  it('frames events as one JSON data line each, with id and type, and pings on its own', async () => {
    const { response, destroy } = await request('/framed');
    const text = await readUntil(response, ': ping');
    destroy();
    expect(text).toContain('id: 7\nevent: line\ndata: {"text":"a\\nb"}\n\ndata: "plain"\n\n');
    expect(text).toContain(': ping\n\n');
  });

  it('frames without optional fields and reads a resume point from the header or the query', () => {
    expect(sseFrame({ event: 'end', data: { status: 'done' } })).toBe(
      'event: end\ndata: {"status":"done"}\n\n',
    );
  });

  it('reads a resume point from Last-Event-ID, else from ?last_event_id=', async () => {
    const resume = async (url: string, headers: Record<string, string> = {}) =>
      (await server.inject({ method: 'GET', url, headers })).json<{ id: string | null }>().id;
    expect(await resume('/resume?last_event_id=9', { 'last-event-id': '5' })).toBe('5');
    expect(await resume('/resume?last_event_id=9')).toBe('9');
    expect(await resume('/resume')).toBeNull();
  });

  it('answers 200 as an unbuffered, uncached event stream and streams what is written', async () => {
    opened = deferred();
    const { response, destroy } = await request('/events');
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
    expect(await readUntil(response, 'event: hello')).toBe(
      ': connected\n\nid: 1\nevent: hello\ndata: {}\n\n',
    );
    const sse = await opened.promise;
    expect(sse.closed).toBe(false);
    expect(sse.signal.aborted).toBe(false);
    destroy();
  });

  it('aborts its signal and reports closed when the client goes', async () => {
    opened = deferred();
    const { response, destroy } = await request('/events');
    await readUntil(response, 'event: hello');
    const sse = await opened.promise;
    const aborted = new Promise<void>((resolve) => sse.signal.addEventListener('abort', () => resolve()));
    destroy();
    await aborted;
    expect(sse.closed).toBe(true);
    expect(sse.write(': ping\n\n')).toBe(false);
    await sse.drained();
    sse.end();
  });

  it('ends the response when the stream is done', async () => {
    const { response } = await request('/short');
    let body = '';
    for await (const chunk of response) body += String(chunk);
    expect(body).toBe(': connected\n\nevent: end\ndata: {}\n\n');
  });

  it('answers HEAD with the stream headers and an ended response, its signal aborted', async () => {
    opened = deferred();
    const { response } = await request('/events', 'HEAD');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const ended = new Promise<void>((resolve) => response.once('end', () => resolve()).resume());
    await ended;
    const sse = await opened.promise;
    expect(sse.closed).toBe(true);
    expect(sse.signal.aborted).toBe(true);
    expect(sse.write('id: 2\n\n')).toBe(false);
    sse.end();
  });
});
