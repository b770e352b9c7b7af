import { Injectable } from '@nestjs/common';
import { MetricsService } from '@slipway/platform';
import { Counter, Histogram } from 'prom-client';

/** The series of budget reservations, beside cost-api's others. */
@Injectable()
export class BudgetMetrics {
  readonly reservations: Counter<'outcome' | 'period'>;
  readonly reserveSeconds: Histogram;
  readonly settles: Counter<'was'>;

  constructor(metrics: MetricsService) {
    this.reservations = new Counter({
      name: 'cost_budget_reservations_total',
      help: 'Budget reservations by outcome (held, refused, repeated) and, for refusals, the period',
      labelNames: ['outcome', 'period'],
      registers: [metrics.registry],
    });
    this.reserveSeconds = new Histogram({
      name: 'cost_budget_reserve_duration_seconds',
      help: 'Time to hold a call’s worst case on its node path in Redis (the atomic script, seeding included)',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
      registers: [metrics.registry],
    });
    this.settles = new Counter({
      name: 'cost_budget_settles_total',
      help: 'Settles by what the reservation was: open, expired (settled after its lease), unknown (forgotten) or settled (a repeat)',
      labelNames: ['was'],
      registers: [metrics.registry],
    });
  }
}
