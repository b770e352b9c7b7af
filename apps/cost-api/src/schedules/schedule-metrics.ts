import { Injectable } from '@nestjs/common';
import { MetricsService } from '@slipway/platform';
import { Counter, Histogram } from 'prom-client';

/** The series of the cost-worker's BullMQ jobs. */
@Injectable()
export class ScheduleMetrics {
  readonly runs: Counter<'job' | 'outcome'>;
  readonly duration: Histogram<'job'>;

  constructor(metrics: MetricsService) {
    this.runs = new Counter({
      name: 'cost_worker_job_runs_total',
      help: 'Runs of the cost-worker’s BullMQ jobs by job name and outcome (success, failure)',
      labelNames: ['job', 'outcome'],
      registers: [metrics.registry],
    });
    this.duration = new Histogram({
      name: 'cost_worker_job_duration_seconds',
      help: 'Duration of the cost-worker’s BullMQ jobs by job name',
      labelNames: ['job'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 1800],
      registers: [metrics.registry],
    });
  }
}
