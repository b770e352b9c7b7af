import { Inject, Injectable } from '@nestjs/common';
import type { IntegrationCredentialDto } from '@slipway/contracts';
import { isProblem, Transport, type CallInfo } from '@slipway/data-client';
import { COST_CLIENT_OPTIONS, type CostClientOptions } from './cost-admission.client';
import { CostApiUnavailableError } from './errors';

const isCredential = (value: unknown): value is IntegrationCredentialDto =>
  typeof value === 'object' &&
  value !== null &&
  'base_url' in value &&
  typeof value.base_url === 'string' &&
  'secrets' in value &&
  typeof value.secrets === 'object' &&
  value.secrets !== null;

/**
 * An organization's validated provider credential from cost-api (the service-only
 * GET /api/v1/integrations/{org}/{provider}/credential), for the services that call providers on
 * its behalf. Null when the organization has no valid integration of the provider; no usable
 * answer throws `CostApiUnavailableError`. The secret is in the answer only: never in an error.
 */
@Injectable()
export class CostCredentialsClient {
  /** False when COST_API_URL is unset: no organization's credential is ever used then. */
  readonly enabled: boolean;
  private readonly baseUrl: string;
  private readonly transport: Transport;

  constructor(@Inject(COST_CLIENT_OPTIONS) options: CostClientOptions) {
    this.enabled = options.baseUrl !== undefined && options.baseUrl !== '';
    this.baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    this.transport = new Transport({
      serviceToken: options.serviceToken,
      timeoutMs: options.timeoutMs ?? 5_000,
      retry: { attempts: 2, baseDelayMs: 100, maxDelayMs: 1_000, ...options.retry },
      connections: options.connections ?? 4,
      keepAliveTimeoutMs: 30_000,
      unanswered: (call, attempts, timedOut, cause) =>
        CostApiUnavailableError.unanswered(call, attempts, timedOut, cause),
    });
  }

  async credential(org: string, provider: string): Promise<IntegrationCredentialDto | null> {
    if (!this.enabled) return null;
    const path = `/api/v1/integrations/${encodeURIComponent(org)}/${encodeURIComponent(provider)}/credential`;
    const response = await this.transport.fetch(
      new Request(`${this.baseUrl}${path}`, { headers: { accept: 'application/json' } }),
    );
    const call: CallInfo = {
      method: 'GET',
      url: path,
      requestId: response.headers.get('x-request-id') ?? undefined,
    };
    const answer: unknown = await response.json().catch(() => undefined);
    // not_found: no valid integration (or no such organization); route_not_found is a misaddressed cost-api.
    if (response.status === 404 && isProblem(answer) && answer.code === 'not_found') return null;
    if (response.ok && isCredential(answer)) return answer;
    throw new CostApiUnavailableError(
      response.ok ? 'answered without a credential' : `answered ${response.status}`,
      call,
      response.status,
    );
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}
