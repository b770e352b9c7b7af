import fastify from 'fastify';
import pino, { type Logger } from 'pino';
import { Writable } from 'node:stream';
import { REDACTED_PATHS } from './logging';
import { RequestLogger, requestLoggers } from './request-logger';

/** An app logger as createLogger makes it (redacted), writing its lines into an array. */
function capture(level: string): { root: Logger; lines: unknown[] } {
  const lines: unknown[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line: unknown = JSON.parse(chunk.toString('utf8'));
      lines.push(line);
      done();
    },
  });
  const root = pino(
    { level, base: { service: 'test' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    sink,
  );
  return { root, lines };
}

/** Lets the sink's write callbacks run. */
const flushed = () => new Promise((resolve) => setImmediate(resolve));

describe('RequestLogger (request.log)', () => {
  it('makes no pino child and writes nothing below the logger level', async () => {
    const { root, lines } = capture('warn');
    const child = jest.spyOn(root, 'child');
    const log = new RequestLogger(root, root, { request_id: 'r-1' });
    log.info({ status: 200 }, 'request completed');
    log.debug('detail');
    await flushed();
    expect(child).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
    expect(log.drops('info')).toBe(true);
    expect(log.drops('warn')).toBe(false);
  });

  it('writes enabled lines with the request id, redacted like every line', async () => {
    const { root, lines } = capture('info');
    const log = new RequestLogger(root, root, { request_id: 'r-2' });
    log.info({ status: 200, peer: { token: 'secret-value' } }, 'request completed');
    log.error(new Error('boom'));
    await flushed();
    expect(lines).toMatchObject([
      {
        service: 'test',
        request_id: 'r-2',
        status: 200,
        peer: { token: '[redacted]' },
        msg: 'request completed',
      },
      { request_id: 'r-2', level: 50, msg: 'boom' },
    ]);
  });

  it('keeps the request id on its children and follows a level set on it', async () => {
    const { root, lines } = capture('warn');
    const log = new RequestLogger(root, root, { request_id: 'r-3' });
    expect(log.level).toBe('warn');
    log.level = 'debug';
    expect(log.level).toBe('debug');
    expect(root.level).toBe('warn');
    log.debug('now written');
    log.child({ step: 'parse' }).warn('from a child');
    await flushed();
    expect(lines).toMatchObject([
      { request_id: 'r-3', msg: 'now written' },
      { request_id: 'r-3', step: 'parse', msg: 'from a child' },
    ]);
  });
});

describe('requestLoggers (Fastify child logger factory)', () => {
  it('gives each request a lazy logger, and a route with a log level of its own a pino child', async () => {
    const { root, lines } = capture('warn');
    const app = fastify({ loggerInstance: root, childLoggerFactory: requestLoggers(root) });
    const seen: { lazy: boolean; level: string }[] = [];
    app.get('/plain', async (request) => {
      seen.push({ lazy: request.log instanceof RequestLogger, level: request.log.level });
      request.log.warn('plain route');
      return {};
    });
    app.get('/chatty', { logLevel: 'debug' }, async (request) => {
      seen.push({ lazy: request.log instanceof RequestLogger, level: request.log.level });
      return {};
    });
    await app.inject({ url: '/plain' });
    await app.inject({ url: '/chatty' });
    await app.close();
    await flushed();
    expect(seen).toEqual([
      { lazy: true, level: 'warn' },
      { lazy: false, level: 'debug' },
    ]);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'plain route', reqId: 'req-1' }));
    expect(lines).not.toContainEqual(expect.objectContaining({ msg: 'incoming request', reqId: 'req-1' }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'incoming request', reqId: 'req-2' }));
  });
});
