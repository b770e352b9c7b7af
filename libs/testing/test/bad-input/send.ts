import { Client, Pool } from 'undici';
import type { Case } from './cases';

/** What came back for one case, and what was wrong with it. */
export interface Outcome {
  case: Case;
  /** 0 when nothing came back in time. */
  status: number;
  problems: string[];
  /** The body as received (an event stream: what came within a moment). */
  text: string;
  snippet: string;
}

/** Text no answer may carry: stack frames, SQL, the server's own paths. */
export function leaks(text: string, serverPaths: readonly string[]): string[] {
  const found: string[] = [];
  if (text.includes('    at ') || /\bat .*\.(js|ts):\d+/.test(text)) found.push('stack trace');
  if (/\bSELECT\b|\bINSERT\b|syntax error|\brelation\b/.test(text)) found.push('SQL');
  for (const path of serverPaths) if (text.includes(path)) found.push(`server path ${path}`);
  return found;
}

const HEADERS_TIMEOUT_MS = 10_000;
/** How long an event stream is read before the suite hangs up. */
const STREAM_READ_MS = 300;
const PROBE_TIMEOUT_MS = 2_000;
const SNIPPET = 300;

/** Sends cases over real HTTP to the services' origins and judges each answer. */
export class Sender {
  private readonly pools = new Map<string, Pool>();

  constructor(
    private readonly origins: Record<string, string>,
    private readonly serverPaths: readonly string[],
  ) {}

  async send(item: Case): Promise<Outcome> {
    const origin = this.origins[item.service];
    try {
      if (item.method === 'HEAD') return await this.head(origin, item);
      const pool = this.pool(origin);
      const response = await pool.request({
        path: item.path,
        method: item.method as 'GET',
        headers: item.headers,
        body: item.body,
        headersTimeout: HEADERS_TIMEOUT_MS,
        bodyTimeout: HEADERS_TIMEOUT_MS,
      });
      const type = String(response.headers['content-type'] ?? '');
      const text = type.startsWith('text/event-stream')
        ? await readStream(response.body)
        : await response.body.text();
      return this.judge(item, response.statusCode, type, text);
    } catch (error) {
      return { case: item, status: 0, problems: [`no answer: ${describe(error)}`], text: '', snippet: '' };
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
  }

  /**
   * HEAD on a connection of its own, then a second request on the same connection: a HEAD whose
   * response never ends holds up everything after it, as any keep-alive client would see.
   */
  private async head(origin: string, item: Case): Promise<Outcome> {
    const client = new Client(origin, { pipelining: 1 });
    try {
      const response = await client.request({
        path: item.path,
        method: 'HEAD',
        headers: item.headers,
        headersTimeout: HEADERS_TIMEOUT_MS,
      });
      await response.body.dump();
      const probe = await client
        .request({
          path: '/health',
          method: 'GET',
          headersTimeout: PROBE_TIMEOUT_MS,
          bodyTimeout: PROBE_TIMEOUT_MS,
        })
        .then(
          async (answer) => (await answer.body.dump(), answer.statusCode),
          () => 0,
        );
      const outcome = this.judge(
        item,
        response.statusCode,
        String(response.headers['content-type'] ?? ''),
        '',
        true,
      );
      if (probe === 0)
        outcome.problems.push(
          'the HEAD response never ended: the next request on its connection got no answer',
        );
      return outcome;
    } finally {
      await client.destroy();
    }
  }

  private judge(item: Case, status: number, type: string, text: string, head = false): Outcome {
    const problems: string[] = [];
    if (status >= 500) problems.push(`status ${status}`);
    if (item.expect !== undefined && status !== item.expect)
      problems.push(`status ${status} where ${item.expect} was due`);
    if (status >= 400 && !head) {
      if (!type.startsWith('application/problem+json'))
        problems.push(`error as ${type || 'no content type'}`);
      else if (!isProblem(text, status)) problems.push('problem body without status and code');
    }
    if (
      type.startsWith('text/event-stream') &&
      status === 200 &&
      !text.includes('event: end') &&
      streamEnded(text)
    )
      problems.push('event stream ended without event: end');
    problems.push(...leaks(text, this.serverPaths));
    return { case: item, status, problems, text, snippet: text.slice(0, SNIPPET) };
  }

  private pool(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, { connections: 4 });
      this.pools.set(origin, pool);
    }
    return pool;
  }
}

const ENDED = '\u0000ended';

/** Reads an event stream for a moment, then hangs up; marks whether the server ended it first. */
async function readStream(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<string> {
  let text = '';
  const timer = setTimeout(() => body.destroy(), STREAM_READ_MS);
  try {
    for await (const chunk of body) text += chunk.toString('utf8');
    return text + ENDED;
  } catch {
    return text;
  } finally {
    clearTimeout(timer);
  }
}

const streamEnded = (text: string): boolean => text.endsWith(ENDED);

function isProblem(text: string, status: number): boolean {
  try {
    const body: unknown = JSON.parse(text);
    return (
      typeof body === 'object' &&
      body !== null &&
      'status' in body &&
      body.status === status &&
      'code' in body &&
      typeof body.code === 'string'
    );
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error)
    return 'code' in error ? `${String(error.code)} ${error.message}` : error.message;
  return String(error);
}

/** Sends every case, `limit` at a time, in order; outcomes in the cases' order. */
export async function sendAll(
  cases: Case[],
  limit: number,
  send: (item: Case) => Promise<Outcome>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array<Outcome>(cases.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < cases.length) {
        const index = next++;
        outcomes[index] = await send(cases[index]);
      }
    }),
  );
  return outcomes;
}
