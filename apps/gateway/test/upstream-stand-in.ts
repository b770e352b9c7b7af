import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stand-in saw of a request. */
export interface Echo {
  upstream: string;
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body_sha256: string;
  body_bytes: number;
}

/**
 * A service behind the gateway, standing in for one whose behaviour a test must control: it
 * echoes what it received; `/…/slow` answers after 2 s; a path with `/hang/` never answers; `/…/events` (and `/…/logs`) is an event
 * stream that sends a line every 50 ms and counts open streams; `/…/gzip` answers compressed.
 */
export class UpstreamStandIn {
  readonly openStreams = new Set<ServerResponse>();
  streamsOpened = 0;
  readonly received: Echo[] = [];
  private server?: Server;

  constructor(private readonly name: string) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks);
        const echo: Echo = {
          upstream: this.name,
          method: request.method ?? '',
          url: request.url ?? '',
          headers: request.headers,
          body_sha256: createHash('sha256').update(body).digest('hex'),
          body_bytes: body.length,
        };
        this.received.push(echo);
        const path = (request.url ?? '').split('?')[0];
        if (path.includes('/hang/')) return; // never answers
        if (path.endsWith('/slow')) {
          setTimeout(
            () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
            2_000,
          ).unref();
          return;
        }
        if (path.endsWith('/events') || path.endsWith('/logs')) return this.stream(echo, response);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(echo));
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const response of this.openStreams) response.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private stream(echo: Echo, response: ServerResponse): void {
    this.streamsOpened += 1;
    this.openStreams.add(response);
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    response.write(
      `id: 0\ndata: ${JSON.stringify({ last_event_id: echo.headers['last-event-id'] ?? null })}\n\n`,
    );
    let sequence = 1;
    const timer = setInterval(() => {
      response.write(`id: ${sequence}\ndata: ${JSON.stringify({ sequence, sent_at: Date.now() })}\n\n`);
      sequence += 1;
    }, 50);
    response.on('close', () => {
      clearInterval(timer);
      this.openStreams.delete(response);
    });
  }
}
