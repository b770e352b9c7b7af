import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { IntegrationCredentialDto } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { currentRequestId, REQUEST_ID_HEADER } from '@slipway/platform';
import { Agent, request } from 'undici';
import { AgentWorkerConfig } from '../../config';
import { ProviderError } from './provider';

/** An organization's validated credential for a provider, as cost-api hands it out. */
export interface OrgCredential {
  org: string;
  baseUrl: string;
  apiKey: string;
  fingerprint: string;
}

/** How long what was learnt about a project (its org, the org's credential) is believed. */
const BELIEVED_MS = 30_000;
const TIMEOUT_MS = 5_000;

const unavailable = (what: string, cause?: unknown) =>
  new ProviderError(`the organization’s credential could not be read: ${what}`, {
    code: 'provider_unavailable',
    retryable: true,
    cause,
  });

/**
 * The credential an organization set up in cost-api for the worker's provider, when the run's
 * project belongs to an organization (data-api org_projects) and its integration is valid.
 * COST_API_URL unset: never. Null means the worker's own credential applies; a cost-api or data-api
 * that cannot answer is an error, so an org's run never silently spends on the operator's key.
 */
@Injectable()
export class OrgCredentials implements OnApplicationShutdown {
  private readonly known = new Map<string, { until: number; credential: Promise<OrgCredential | null> }>();
  private readonly agent = new Agent({ connect: { timeout: TIMEOUT_MS }, headersTimeout: TIMEOUT_MS });

  constructor(
    @Inject(DataApiClient) private readonly data: DataApiClient,
    @Inject(AgentWorkerConfig)
    private readonly config: Pick<AgentWorkerConfig, 'COST_API_URL' | 'SERVICE_TOKEN' | 'LLM_PROVIDER'>,
  ) {}

  forProject(projectId: string | null): Promise<OrgCredential | null> {
    if (!this.config.COST_API_URL || this.config.LLM_PROVIDER !== 'openai' || projectId === null)
      return Promise.resolve(null);
    const now = Date.now();
    const held = this.known.get(projectId);
    if (held && held.until > now) return held.credential;
    const credential = this.look(projectId, this.config.LLM_PROVIDER);
    this.known.set(projectId, { until: now + BELIEVED_MS, credential });
    credential.catch(() => this.known.delete(projectId));
    return credential;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.agent.close();
  }

  private async look(projectId: string, provider: string): Promise<OrgCredential | null> {
    const slug = await this.orgOf(projectId);
    return slug === null ? null : this.credentialOf(slug, provider);
  }

  private async orgOf(projectId: string): Promise<string | null> {
    try {
      const { data } = await this.data.get('/api/org_projects', {
        params: { query: { project_id: projectId, limit: 1 } },
      });
      const link = data.items[0];
      if (!link) return null;
      const { data: org } = await this.data.get('/api/organizations/{id}', {
        params: { path: { id: link.org_id } },
      });
      return org.slug;
    } catch (error) {
      throw unavailable('data-api did not say which organization the project belongs to', error);
    }
  }

  private async credentialOf(slug: string, provider: string): Promise<OrgCredential | null> {
    const url = new URL(
      `/api/v1/integrations/${encodeURIComponent(slug)}/${provider}/credential`,
      this.config.COST_API_URL,
    );
    const requestId = currentRequestId();
    let answer: { status: number; body: unknown };
    try {
      const response = await request(url, {
        method: 'GET',
        headers: {
          'x-service-token': this.config.SERVICE_TOKEN,
          accept: 'application/json',
          ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
        },
        dispatcher: this.agent,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      answer = { status: response.statusCode, body: await response.body.json().catch(() => null) };
    } catch (error) {
      throw unavailable(`cost-api unreachable (${error instanceof Error ? error.message : 'no answer'})`);
    }
    // No valid integration (or no such org in cost-api): the worker's own credential applies.
    if (answer.status === 404 && codeOf(answer.body) === 'not_found') return null;
    const credential = answer.status === 200 ? credentialOf(answer.body) : null;
    if (!credential)
      throw unavailable(`cost-api answered ${answer.status} for ${slug}’s ${provider} credential`);
    return { org: slug, ...credential };
  }
}

const codeOf = (body: unknown): unknown =>
  typeof body === 'object' && body !== null && 'code' in body ? body.code : undefined;

function credentialOf(body: unknown): Omit<OrgCredential, 'org'> | null {
  if (typeof body !== 'object' || body === null) return null;
  const dto = body as Partial<IntegrationCredentialDto>;
  const apiKey = dto.secrets?.api_key;
  if (typeof apiKey !== 'string' || typeof dto.base_url !== 'string' || typeof dto.fingerprint !== 'string')
    return null;
  return { baseUrl: dto.base_url, apiKey, fingerprint: dto.fingerprint };
}
