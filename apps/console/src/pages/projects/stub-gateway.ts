import type { Middleware } from 'openapi-fetch';
import { api } from '../../api/client';

/** A request the console sent, as a test reads it. */
export interface SentRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: SentRequest) => Reply | undefined;

/**
 * The gateway as component tests see it: every request of the typed client is answered here (in
 * order of `on`, first match wins) and kept in `sent`; an unanswered one is a 500 naming it.
 */
export function stubGateway() {
  const sent: SentRequest[] = [];
  const handlers: Array<{ method: string; path: RegExp; handle: Handler }> = [];
  const middleware: Middleware = {
    async onRequest({ request }) {
      const url = new URL(request.url);
      const text = request.method === 'GET' ? '' : await request.clone().text();
      const entry: SentRequest = {
        method: request.method,
        path: url.pathname + url.search,
        headers: request.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      sent.push(entry);
      for (const handler of handlers) {
        if (handler.method !== request.method || !handler.path.test(url.pathname)) continue;
        const reply = handler.handle(entry);
        if (!reply) continue;
        return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
          status: reply.status,
          headers: { 'content-type': 'application/json', ...reply.headers },
        });
      }
      return new Response(JSON.stringify({ title: `no stub for ${request.method} ${url.pathname}` }), {
        status: 500,
        headers: { 'content-type': 'application/problem+json' },
      });
    },
  };
  api.use(middleware);
  return {
    sent,
    on(method: string, path: RegExp, handle: Handler) {
      handlers.push({ method, path, handle });
    },
    close() {
      api.eject(middleware);
    },
  };
}

/** A problem+json answer as the services write one. */
export const problem = (status: number, code: string, detail: string, requestId = 'req-1'): Reply => ({
  status,
  body: {
    type: `https://slipway.dev/problems/${code}`,
    title: code,
    status,
    detail,
    code,
    request_id: requestId,
  },
});
