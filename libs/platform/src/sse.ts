import type { FastifyReply, FastifyRequest } from 'fastify';

/** One Server-Sent Event: its id (what a client sends back as Last-Event-ID), its type, its JSON data. */
export interface SseEvent {
  id?: string | number;
  event?: string;
  data: unknown;
}

/** A comment line that keeps proxies from closing an idle stream. */
export const SSE_PING = ': ping\n\n';

/** The wire form of an event; the data is one line of JSON, so it never breaks the framing. */
export function sseFrame({ id, event, data }: SseEvent): string {
  return `${id === undefined ? '' : `id: ${id}\n`}${event === undefined ? '' : `event: ${event}\n`}data: ${JSON.stringify(data)}\n\n`;
}

/** The id a reconnecting client resumes after: the Last-Event-ID header, else `?last_event_id=` (EventSource polyfills). */
export function lastEventIdOf(request: FastifyRequest): string | undefined {
  const header = request.headers['last-event-id'];
  if (typeof header === 'string') return header;
  const query = (request.query as Record<string, unknown> | undefined)?.last_event_id;
  return typeof query === 'string' ? query : undefined;
}

export interface SseOptions {
  /** Send a ping comment this often while the stream is open. */
  pingMs?: number;
}

/** An open Server-Sent Events response: send to it, watch `signal` for the client leaving, `end` it. */
export interface SseResponse {
  /** Frames and writes the events; waits while the client's buffer is full. */
  send(...events: SseEvent[]): Promise<void>;
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
export function startSse(
  request: FastifyRequest,
  reply: FastifyReply,
  options: SseOptions = {},
): SseResponse {
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

  const write = (chunk: string) => (closed() ? false : raw.write(chunk));
  const drained = () =>
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
        });
  const ping = options.pingMs && !closed() ? setInterval(() => write(SSE_PING), options.pingMs) : undefined;
  if (ping) gone.signal.addEventListener('abort', () => clearInterval(ping), { once: true });

  return {
    signal: gone.signal,
    get closed() {
      return closed();
    },
    write,
    drained,
    send: async (...events) => {
      if (events.length && !write(events.map(sseFrame).join(''))) await drained();
    },
    end: () => {
      clearInterval(ping);
      if (!raw.writableEnded) raw.end();
    },
  };
}
