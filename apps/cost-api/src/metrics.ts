import { Injectable } from '@nestjs/common';
import { MetricsService } from '@slipway/platform';
import { Counter, Gauge, Histogram } from 'prom-client';

/** cost-api's own series beside the platform's HTTP ones. */
@Injectable()
export class CostMetrics {
  readonly admissions: Counter<'outcome' | 'quota'>;
  readonly reservationSeconds: Histogram;
  readonly drift: Gauge<'quota'>;

  constructor(metrics: MetricsService) {
    this.admissions = new Counter({
      name: 'cost_admissions_total',
      help: 'Pipeline admissions by outcome (admitted, refused, invalid) and, for refusals, the quota',
      labelNames: ['outcome', 'quota'],
      registers: [metrics.registry],
    });
    this.reservationSeconds = new Histogram({
      name: 'cost_reservation_duration_seconds',
      help: 'Time to reserve a pipeline’s counts and slot in Redis (the atomic script, seeding included)',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
      registers: [metrics.registry],
    });
    this.drift = new Gauge({
      name: 'cost_quota_drift',
      help: 'Redis counters minus the durable records at the last repair, summed over organizations, per quota',
      labelNames: ['quota'],
      registers: [metrics.registry],
    });
  }
}
