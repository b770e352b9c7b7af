import { Inject, Injectable } from '@nestjs/common';
import type { CiJobFinished, UsageRecorded } from '@slipway/contracts';
import { RepositoryOrgs } from '@slipway/cost-client';
import { APP_CONFIG } from '@slipway/platform';
import type { Decimal } from 'decimal.js';
import type { CostWorkerConfig } from '../config';
import { parseCiRates } from './ci-rates';
import { LedgerBatcher } from './ledger-batcher';
import { LedgerMetrics } from './ledger-metrics';
import { LedgerPrices } from './ledger-prices';
import { ciRow, instantOf, tokensOf, usageRow } from './ledger-rows';
import { priceModelCall } from './model-call-price';
import { SpendScopes } from './spend-scopes';

/**
 * The spend of each stream event, priced and added to the ledger: a model call (cost.usage) at the
 * price in force for its model at its instant, a CI job's runner time (ci.job-events) at its
 * executor class's rate. An event of no organization is counted and acknowledged, not charged.
 */
@Injectable()
export class SpendIngest {
  private readonly ciRates: ReadonlyMap<string, Decimal>;

  constructor(
    private readonly scopes: SpendScopes,
    private readonly prices: LedgerPrices,
    private readonly repositories: RepositoryOrgs,
    private readonly batcher: LedgerBatcher,
    private readonly metrics: LedgerMetrics,
    @Inject(APP_CONFIG) config: CostWorkerConfig,
  ) {
    this.ciRates = parseCiRates(config.CI_RATES_USD_PER_MINUTE);
  }

  async usage(usage: UsageRecorded): Promise<void> {
    const source = usage.source ?? 'run';
    const scope = usage.project_id === undefined ? null : await this.scopes.ofProject(usage.project_id);
    if (scope === null) {
      this.metrics.skipped.inc({ source, reason: 'no_org' });
      return;
    }
    const at = instantOf(usage.occurred_at, 'occurred_at');
    const price = await this.prices.inForce(scope.org.id, usage.provider, usage.model, at);
    if (price === null) this.metrics.unpriced.inc({ source });
    await this.batcher.add(usageRow(usage, scope, priceModelCall(tokensOf(usage), price, usage)));
  }

  async ciJob(job: CiJobFinished): Promise<void> {
    const rate = this.ciRates.get(job.executor);
    if (rate === undefined) {
      this.metrics.skipped.inc({ source: 'ci', reason: 'no_rate' });
      return;
    }
    const { claim } = await this.repositories.claimOf(
      job.clone_url,
      (projectId) => this.scopes.ofProject(projectId),
      (scope) => scope.org.id,
    );
    if (claim === null) {
      this.metrics.skipped.inc({ source: 'ci', reason: 'no_org' });
      return;
    }
    await this.batcher.add(ciRow(job, claim.org, rate));
  }
}
