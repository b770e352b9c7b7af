import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the receiver got: its path, headers and raw body. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface HttpReceiver {
  /** `http://127.0.0.1:port` + path. */
  url(path?: string): string;
  requests: ReceivedRequest[];
  /** The status answered from now on (200 by default). */
  answer(status: number): void;
  /** Resolves once `count` requests have arrived (on `path`, when given). */
  waitFor(count: number, path?: string, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

/** A local HTTP server standing in for webhook and Slack receivers: it records every request and answers a chosen status. */
export async function startHttpReceiver(): Promise<HttpReceiver> {
  const requests: ReceivedRequest[] = [];
  let status = 200;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const matching = (path?: string) => requests.filter((r) => path === undefined || r.path === path);
  return {
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    requests,
    answer: (next) => {
      status = next;
    },
    async waitFor(count, path, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (matching(path).length < count) {
        if (Date.now() > deadline)
          throw new Error(`the receiver got ${matching(path).length} of ${count} requests`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return matching(path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
