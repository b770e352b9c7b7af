import { vi } from 'vitest';
import { api } from '../../api/client';

/** What a page sent: the method, the path template, and its params and body. */
export interface Sent {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  params?: {
    path?: Record<string, string>;
    query?: Record<string, unknown>;
    header?: Record<string, string>;
  };
  body?: unknown;
}

export interface Reply {
  status?: number;
  body: unknown;
}

type Route = Reply | ((sent: Sent) => Reply);

/**
 * The gateway as component tests see it: the typed client's GET, POST and PATCH answered from
 * `routes` (keyed `"GET /api/users"`, path templates as the client names them), every call recorded.
 * A route not given answers a 404 problem, so a page asking for something unexpected shows it.
 */
export function gatewayDouble(routes: Record<string, Route>): Sent[] {
  const sent: Sent[] = [];
  const answer =
    (method: Sent['method']) => (path: string, init?: { params?: Sent['params']; body?: unknown }) => {
      const call: Sent = { method, path, params: init?.params, body: init?.body };
      sent.push(call);
      const route = routes[`${method} ${path}`];
      const { status = 200, body } =
        route === undefined
          ? { status: 404, body: { title: 'Not Found', detail: `No route ${method} ${path}` } }
          : typeof route === 'function'
            ? route(call)
            : route;
      const response = new Response(JSON.stringify(body), {
        status,
        headers: {
          'content-type': status < 400 ? 'application/json' : 'application/problem+json',
          'x-request-id': 'req-test',
        },
      });
      return Promise.resolve(status < 400 ? { data: body, response } : { error: body, response });
    };
  vi.spyOn(api, 'GET').mockImplementation(answer('GET') as unknown as typeof api.GET);
  vi.spyOn(api, 'POST').mockImplementation(answer('POST') as unknown as typeof api.POST);
  vi.spyOn(api, 'PATCH').mockImplementation(answer('PATCH') as unknown as typeof api.PATCH);
  return sent;
}
