import { Injectable } from '@nestjs/common';
import { MAX_LEDGER_BULK } from '@slipway/contracts';
import { Money, priceInForce, sumMoney } from '@slipway/pricing';
import type { Decimal } from 'decimal.js';
import { AllOrgs } from '../organizations/all-orgs';
import { ModelPriceRecords, type PriceRecord } from '../pricing/model-price-records';
import type { RecomputeJob } from '../schedules/cost-jobs';
import { LedgerRecords, type LedgerRecord, type LedgerWindow } from './ledger-records';
import { eventId, type LedgerRow } from './ledger-rows';
import { LedgerWriter } from './ledger-writer';
import { priceModelCall, type ModelCallPrice } from './model-call-price';
import { SpendScopes } from './spend-scopes';

/** What a recompute did. */
export interface RecomputeReport {
  organizations: number;
  examined: number;
  adjusted: number;
  /** The sum of the adjustments written, exact. */
  delta: string;
}

/** A model call as charged so far: its own amount and price, or its latest adjustment's. */
interface Charged {
  amount: Decimal;
  priceId: string | null;
}

/** The correction of a call charged at `charged` that the price now in force for its instant makes, if any. */
export function adjustmentFor(row: LedgerRecord, charged: Charged, price: ModelCallPrice): LedgerRow | null {
  if (price.price_id === null || price.price_id === charged.priceId) return null;
  const delta = new Money(price.amount).minus(charged.amount);
  if (delta.isZero()) return null;
  return {
    event_id: eventId('recompute', `${row.id}:${price.price_id}`),
    org_id: row.org_id,
    occurred_at: row.occurred_at,
    local_day: row.local_day,
    source: 'adjustment',
    ...(row.node_id === null ? {} : { node_id: row.node_id }),
    ...(row.project_id === null ? {} : { project_id: row.project_id }),
    provider: row.provider,
    ...(row.model === null ? {} : { model: row.model }),
    ...(row.user_id === null ? {} : { user_id: row.user_id }),
    ...(row.run_id === null ? {} : { run_id: row.run_id }),
    amount: delta.toFixed(),
    currency: price.currency,
    price_id: price.price_id,
    price_snapshot: {
      ...price.price_snapshot,
      replaces_price_id: charged.priceId,
      charged: charged.amount.toFixed(),
    },
    adjusts_id: row.id,
  };
}

/**
 * Re-pricing (POST /api/v1/admin/costs/recompute): the model calls of a window are priced again
 * with the price now in force for their instant (an override or a catalogue version added for the
 * past since), and each whose price changed gets an adjustment row — source adjustment, the
 * difference as its amount, no tokens, adjusts_id naming it, event id `recompute:<row>:<price>`
 * — so the ledger stays append-only and the rollups follow it. A second recompute finds every
 * call charged at the price in force and writes nothing.
 */
@Injectable()
export class SpendRecompute {
  constructor(
    private readonly orgs: AllOrgs,
    private readonly scopes: SpendScopes,
    private readonly ledger: LedgerRecords,
    private readonly prices: ModelPriceRecords,
    private readonly writer: LedgerWriter,
  ) {}

  async recompute(job: RecomputeJob): Promise<RecomputeReport> {
    const report: RecomputeReport = { organizations: 0, examined: 0, adjusted: 0, delta: '0' };
    const window = (orgId: string): LedgerWindow => ({ orgId, from: job.from, to: job.to });
    if (job.org_id !== null) {
      if ((await this.scopes.org(job.org_id)) !== null) await this.recomputeOrg(window(job.org_id), report);
    } else {
      await this.orgs.each((org) => this.recomputeOrg(window(org.id), report));
    }
    return report;
  }

  private async recomputeOrg(window: LedgerWindow, report: RecomputeReport): Promise<number> {
    report.organizations += 1;
    const charged = await this.adjustedSoFar(window);
    const priceRows = new Map<string, Promise<PriceRecord[]>>();
    const pricesOf = (provider: string, model: string): Promise<PriceRecord[]> => {
      const key = `${provider}\u0000${model}`;
      let rows = priceRows.get(key);
      if (rows === undefined) {
        rows = this.prices.forProvider(window.orgId, provider, model);
        priceRows.set(key, rows);
      }
      return rows;
    };
    let pending: LedgerRow[] = [];
    let adjusted = 0;
    let delta = new Money(report.delta);
    const flush = async () => {
      const { rejected } = await this.writer.write(pending);
      const [refused] = rejected.values();
      if (refused) throw refused;
      adjusted += pending.length;
      delta = delta.plus(sumMoney(pending.map((row) => row.amount)));
      pending = [];
    };
    for await (const page of this.ledger.pages(window, ['run', 'planner'])) {
      for (const row of page) {
        report.examined += 1;
        if (row.model === null) continue;
        const price = priceInForce(
          await pricesOf(row.provider, row.model),
          new Date(row.occurred_at),
          row.org_id,
        );
        if (price === null) continue;
        const tokens = {
          input_tokens: row.input_tokens + row.cached_input_tokens,
          cached_input_tokens: row.cached_input_tokens,
          output_tokens: row.output_tokens,
        };
        const adjustments = charged.get(row.id);
        const so: Charged = adjustments
          ? { amount: adjustments.amount.plus(row.amount), priceId: adjustments.priceId }
          : { amount: new Money(row.amount), priceId: row.price_id };
        const repriced = priceModelCall(tokens, price, { provider: row.provider, model: row.model });
        const correction = adjustmentFor(row, so, repriced);
        if (correction) pending.push(correction);
        if (pending.length >= MAX_LEDGER_BULK) await flush();
      }
    }
    if (pending.length > 0) await flush();
    report.adjusted += adjusted;
    report.delta = delta.toFixed();
    return adjusted;
  }

  /** The adjustments of each adjusted call of the window: their amounts summed, the latest one's price. */
  private async adjustedSoFar(window: LedgerWindow): Promise<Map<string, Charged>> {
    const adjustments = new Map<string, { amounts: string[]; priceId: string | null }>();
    for await (const page of this.ledger.pages(window, ['adjustment'])) {
      for (const row of page) {
        if (row.adjusts_id === null) continue;
        const seen = adjustments.get(row.adjusts_id) ?? { amounts: [], priceId: null };
        seen.amounts.push(row.amount);
        seen.priceId = row.price_id;
        adjustments.set(row.adjusts_id, seen);
      }
    }
    return new Map(
      [...adjustments].map(([id, { amounts, priceId }]) => [id, { amount: sumMoney(amounts), priceId }]),
    );
  }
}
