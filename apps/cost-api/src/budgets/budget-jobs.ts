import { Injectable } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import { BudgetStore } from './budget-store';

/** What one run of the stale-reservation job did. */
export interface ExpiryReport {
  organizations: number;
  expired: number;
}

/**
 * The job that ends abandoned reservations (their callers died before settling or releasing): in
 * every organization that held one lately, holds past their lease come back. Each script already
 * prunes a batch on its way; this catches the organizations nobody reserves in any more. For the
 * cost-worker's schedule (a repeatable job calling `expireStale`).
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
