import type { FastifyReply, FastifyRequest } from 'fastify';
/** An open Server-Sent Events response: write to it, watch `signal` for the client leaving, `end` it. */
export interface SseResponse {
  /** False when the client is gone or the socket's buffer is full (wait for `drained`). */
  write(chunk: string): boolean;
  /** Resolves when the socket can take more, or the client left. */
  drained(): Promise<void>;
  readonly closed: boolean;
  /** Aborts when the client closes the connection (or the response ends). */
  readonly signal: AbortSignal;
  end(): void;
}

/**
 * Takes the reply over from Fastify and starts an SSE response on it: 200, no caching or proxy
 * buffering (`X-Accel-Buffering: no`), the request id, and a first comment so the headers leave at once. Validate the
 * request before calling this; after it, errors can no longer become a problem+json answer.
 * A HEAD request gets the same headers and an ended response: the stream is closed from the start.
 */
export function startSse(request: FastifyRequest, reply: FastifyReply): SseResponse {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': String(request.id),
  });
  const gone = new AbortController();
  raw.once('close', () => gone.abort());
  // A reset connection also closes the response; the error itself needs no handling here.
  raw.on('error', () => gone.abort());
  const closed = () => gone.signal.aborted || raw.writableEnded || raw.destroyed;
  if (request.method === 'HEAD') {
    raw.end();
    gone.abort();
  } else {
    raw.write(': connected\n\n');
  }

  return {
    signal: gone.signal,
    get closed() {
      return closed();
    },
    write: (chunk) => (closed() ? false : raw.write(chunk)),
    drained: () =>
      closed()
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const done = () => {
              raw.off('drain', done);
              gone.signal.removeEventListener('abort', done);
              resolve();
            };
            raw.once('drain', done);
            gone.signal.addEventListener('abort', done, { once: true });
          }),
    end: () => {
      if (!raw.writableEnded) raw.end();
    },
  };
}
