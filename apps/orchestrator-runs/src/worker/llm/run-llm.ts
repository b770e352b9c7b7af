import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AgentWorkerConfig } from '../../config';
import type { RunRecord } from '../../records/run-records';
import { OpenAiProvider } from './openai-provider';
import { OrgCredentials, type OrgCredential } from './org-credentials';
import { LLM, type LlmProvider } from './provider';

/**
 * The provider a run's model calls go to: the worker's own (LLM), or — when the run's project
 * belongs to an organization with a valid credential for the worker's provider in cost-api — the
 * same provider with the organization's key, at the base URL cost-api names. One client per
 * organization, replaced when its credential changes.
 */
@Injectable()
export class RunLlm implements OnApplicationShutdown {
  private readonly clients = new Map<string, { fingerprint: string; provider: OpenAiProvider }>();

  constructor(
    @Inject(LLM) private readonly fallback: LlmProvider,
    @Inject(OrgCredentials) private readonly credentials: OrgCredentials,
    @Inject(AgentWorkerConfig)
    private readonly config: Pick<AgentWorkerConfig, 'LLM_TIMEOUT_MS' | 'LLM_MAX_ATTEMPTS'>,
  ) {}

  async forRun(run: Pick<RunRecord, 'project_id'>): Promise<LlmProvider> {
    const credential = await this.credentials.forProject(run.project_id);
    return credential ? this.clientOf(credential) : this.fallback;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.clients.values()].map(({ provider }) => provider.close()));
  }

  private clientOf(credential: OrgCredential): OpenAiProvider {
    const fingerprint = createHash('sha256')
      .update(`${credential.baseUrl}\n${credential.apiKey}`)
      .digest('hex');
    const held = this.clients.get(credential.org);
    if (held && held.fingerprint === fingerprint) return held.provider;
    // Calls in flight on the old client finish first: close() waits for them.
    if (held) void held.provider.close().catch(() => undefined);
    const provider = new OpenAiProvider({
      baseUrl: credential.baseUrl,
      apiKey: credential.apiKey,
      timeoutMs: this.config.LLM_TIMEOUT_MS,
      maxAttempts: this.config.LLM_MAX_ATTEMPTS,
      name: 'openai',
    });
    this.clients.set(credential.org, { fingerprint, provider });
    return provider;
  }
}
