import { Injectable } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import { BudgetStore } from './budget-store';

/** What one run of the stale-reservation job did. */
export interface ExpiryReport {
  organizations: number;
  expired: number;
}

/**
 * The job that ends abandoned reservations (their callers died before settling or releasing, or
 * their settle was lost): in every organization that held one lately, holds past their lease
 * lapse to spent at their worst case (BudgetStore.pruneStale). Each script already prunes a batch
 * on its way; this catches the organizations nobody reserves in any more. The cost-worker runs it
 * every BUDGET_SWEEP_MS (`budgets.expire-reservations`).
 */
@Injectable()
export class BudgetJobs {
  constructor(
    private readonly store: BudgetStore,
    private readonly clock: Clock,
  ) {}

  async expireStale(): Promise<ExpiryReport> {
    const nowMs = this.clock.now().getTime();
    const orgs = await this.store.orgsWithLeasesUntil(nowMs);
    let expired = 0;
    for (const orgId of orgs) expired += await this.store.pruneStale(orgId, nowMs);
    await this.store.forgetOrgsUntil(orgs, nowMs);
    return { organizations: orgs.length, expired };
  }
}
