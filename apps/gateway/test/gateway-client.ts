import { EventSource } from 'eventsource';

export interface Reply<T> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** How a caller proves who it is to the gateway: an API key, a browser session, or nothing. */
export type Credential =
  { via: 'api_key'; key: string } | { via: 'session'; cookie: string; csrfToken: string } | { via: 'none' };

export interface RequestOptions {
  /** JSON-encoded unless a Buffer, which is sent as it is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Under a session, leave out X-CSRF-Token on an unsafe method (a forged cross-site request). */
  withoutCsrf?: boolean;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A caller of the gateway, and nothing else: every request goes to the gateway's own address. */
export class GatewayClient {
  constructor(
    readonly base: string,
    readonly credential: Credential,
  ) {}

  static anonymous(base: string): GatewayClient {
    return new GatewayClient(base, { via: 'none' });
  }

  static withKey(base: string, key: string): GatewayClient {
    return new GatewayClient(base, { via: 'api_key', key });
  }

  /**
   * Logs in as a browser does: the key traded for the session cookie (POST /auth/login), then the
   * CSRF token read from GET /auth/me under that cookie. Answers the Set-Cookie line as well.
   */
  static async login(base: string, key: string): Promise<{ client: GatewayClient; setCookie: string }> {
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ api_key: key }),
    });
    if (login.status !== 200) throw new Error(`login refused: ${login.status} ${await login.text()}`);
    const setCookie = login.headers.getSetCookie().find((line) => line.startsWith('slipway_session='));
    if (!setCookie) throw new Error('login set no slipway_session cookie');
    const cookie = setCookie.split(';')[0];
    const me = await fetch(`${base}/auth/me`, { headers: { cookie } });
    const { csrf_token: csrfToken } = (await me.json()) as { csrf_token?: string };
    if (!csrfToken) throw new Error('GET /auth/me under a session answered no csrf_token');
    return { client: new GatewayClient(base, { via: 'session', cookie, csrfToken }), setCookie };
  }

  /** What a browser's EventSource sends: the session cookie alone (an API key as its bearer header). */
  streamHeaders(): Record<string, string> {
    switch (this.credential.via) {
      case 'api_key':
        return { authorization: `Bearer ${this.credential.key}` };
      case 'session':
        return { cookie: this.credential.cookie };
      case 'none':
        return {};
    }
  }

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...this.streamHeaders() };
    if (this.credential.via === 'session' && UNSAFE.has(method) && !options.withoutCsrf)
      headers['x-csrf-token'] = this.credential.csrfToken;
    let body: string | Buffer | undefined;
    if (Buffer.isBuffer(options.body)) body = options.body;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { ...headers, ...options.headers },
      body,
    });
    const text = await response.text();
    const json = /json/.test(response.headers.get('content-type') ?? '') && text !== '';
    return {
      status: response.status,
      headers: response.headers,
      body: (json ? JSON.parse(text) : text) as T,
      text,
    };
  }
}

export interface StreamedEvent {
  /** `message` for an event without a name. */
  type: string;
  id: string;
  data: string;
}

/**
 * Follows an SSE stream of the gateway with the `eventsource` package (a browser's EventSource):
 * collects the events of `types` (and unnamed ones) until `event: end`, which it answers with
 * everything received. Fails on a stream error before the end, and after `timeoutMs`.
 */
export function followStream(
  url: string,
  headers: Record<string, string>,
  types: readonly string[],
  timeoutMs = 60_000,
): { ended: Promise<StreamedEvent[]>; opened: Promise<void>; close(): void } {
  const events: StreamedEvent[] = [];
  const source = new EventSource(url, {
    fetch: (input, init) => fetch(input, { ...init, headers: { ...init.headers, ...headers } }),
  });
  let timer: NodeJS.Timeout | undefined;
  const opened = new Promise<void>((resolve, reject) => {
    source.addEventListener('open', () => resolve());
    source.addEventListener('error', () => reject(new Error(`${url}: the stream did not open`)));
  });
  // Awaiting it is the caller's choice; a failure is reported by `ended` as well.
  opened.catch(() => undefined);
  const ended = new Promise<StreamedEvent[]>((resolve, reject) => {
    timer = setTimeout(() => {
      source.close();
      reject(new Error(`${url}: no end within ${timeoutMs} ms; got ${events.map((e) => e.type).join(', ')}`));
    }, timeoutMs);
    const keep = (event: MessageEvent) =>
      events.push({ type: event.type, id: event.lastEventId, data: event.data });
    for (const type of ['message', ...types]) source.addEventListener(type, keep);
    source.addEventListener('end', (event) => {
      keep(event);
      source.close();
      clearTimeout(timer);
      resolve(events);
    });
    source.addEventListener('error', (error) => {
      source.close();
      clearTimeout(timer);
      reject(new Error(`${url}: stream failed (${error.code ?? 'network'}: ${error.message ?? ''})`));
    });
  });
  return {
    ended,
    opened,
    close: () => {
      clearTimeout(timer);
      source.close();
    },
  };
}
