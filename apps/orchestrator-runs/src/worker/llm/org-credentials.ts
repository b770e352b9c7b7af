import { Inject, Injectable } from '@nestjs/common';
import { CostCredentialsClient, OrgResolver } from '@slipway/cost-client';
import { AgentWorkerConfig } from '../../config';
import { ProviderError } from './provider';

/** An organization's validated credential for the worker's provider, as cost-api hands it out. */
export interface OrgCredential {
  org: string;
  baseUrl: string;
  apiKey: string;
}

/** How long an organization's credential is believed before cost-api is asked again. */
const BELIEVED_MS = 30_000;

const unavailable = (what: string, cause: unknown) =>
  new ProviderError(`the organization’s credential could not be read: ${what}`, {
    code: 'provider_unavailable',
    retryable: true,
    cause,
  });

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The credential an organization set up in cost-api for the worker's provider, when the run's
 * project belongs to an organization (OrgResolver) and its integration is valid. COST_API_URL
 * unset, or the template provider: never. Null means the worker's own credential applies; a
 * cost-api or data-api that cannot say is an error, so an organization's run never silently spends
 * on the operator's key.
 */
@Injectable()
export class OrgCredentials {
  private readonly known = new Map<string, { until: number; credential: Promise<OrgCredential | null> }>();

  constructor(
    @Inject(OrgResolver) private readonly orgs: OrgResolver,
    @Inject(CostCredentialsClient) private readonly cost: CostCredentialsClient,
    @Inject(AgentWorkerConfig) private readonly config: Pick<AgentWorkerConfig, 'LLM_PROVIDER'>,
  ) {}

  async forProject(projectId: string | null): Promise<OrgCredential | null> {
    if (!this.cost.enabled || this.config.LLM_PROVIDER !== 'openai' || projectId === null) return null;
    const org = await this.orgs.slugOf(projectId).catch((error: unknown) => {
      throw unavailable(
        `data-api did not say which organization the project belongs to (${messageOf(error)})`,
        error,
      );
    });
    return org === null ? null : this.ofOrg(org, this.config.LLM_PROVIDER);
  }

  private ofOrg(org: string, provider: string): Promise<OrgCredential | null> {
    const now = Date.now();
    const held = this.known.get(org);
    if (held && held.until > now) return held.credential;
    const credential = this.cost.credential(org, provider).then(
      (dto) => {
        const apiKey = dto?.secrets.api_key;
        return dto && apiKey ? { org, baseUrl: dto.base_url, apiKey } : null;
      },
      (error: unknown) => {
        throw unavailable(messageOf(error), error);
      },
    );
    this.known.set(org, { until: now + BELIEVED_MS, credential });
    credential.catch(() => this.known.delete(org));
    return credential;
  }
}
