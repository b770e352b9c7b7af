import { isProblem, Transport, type CallInfo, type RetryPolicy } from '@slipway/data-client';
import { AdmissionRefusedError, CostApiUnavailableError } from './errors';

/** How a client of cost-api reaches it (CostClientOptions, and the client's own pool size). */
export interface CostApiTarget {
  baseUrl: string | undefined;
  serviceToken: string;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  connections?: number;
}

/**
 * POSTs of JSON to cost-api as the service itself (X-Service-Token, no user), each one idempotent
 * (sent again on a dropped connection or a 5xx). A problem+json 4xx throws
 * `AdmissionRefusedError` with cost-api's problem and Retry-After; no usable answer throws
 * `CostApiUnavailableError`. Calls carry the current request id (data-client's transport).
 */
export class CostApiCalls {
  /** False when COST_API_URL is unset. */
  readonly enabled: boolean;
  private readonly baseUrl: string;
  private readonly transport: Transport;

  constructor(target: CostApiTarget, defaultConnections: number) {
    this.enabled = target.baseUrl !== undefined && target.baseUrl !== '';
    this.baseUrl = (target.baseUrl ?? '').replace(/\/+$/, '');
    this.transport = new Transport({
      serviceToken: target.serviceToken,
      timeoutMs: target.timeoutMs ?? 5_000,
      retry: { attempts: 2, baseDelayMs: 100, maxDelayMs: 1_000, ...target.retry },
      connections: target.connections ?? defaultConnections,
      keepAliveTimeoutMs: 30_000,
      repeatable: () => true,
      unanswered: (call, attempts, timedOut, cause) =>
        CostApiUnavailableError.unanswered(call, attempts, timedOut, cause),
    });
  }

  async post<T>(path: string, body: object): Promise<T> {
    if (!this.enabled) throw new Error('cost-api is not configured (COST_API_URL)');
    const response = await this.transport.fetch(
      new Request(`${this.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      }),
    );
    const call: CallInfo = {
      method: 'POST',
      url: path,
      requestId: response.headers.get('x-request-id') ?? undefined,
    };
    const answer = await readJson(response);
    if (response.ok && answer !== undefined) return answer as T;
    if (response.status >= 400 && response.status < 500 && isProblem(answer))
      throw new AdmissionRefusedError(answer, response.headers.get('retry-after') ?? undefined, call);
    throw new CostApiUnavailableError(
      response.ok ? 'answered without a JSON body' : `answered ${response.status}`,
      call,
      response.status,
    );
  }

  /** Closes the keep-alive connections; calls after this fail. */
  close(): Promise<void> {
    return this.transport.close();
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
