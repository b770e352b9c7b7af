import { Injectable } from '@nestjs/common';
import { MetricsService } from '@slipway/platform';
import { Counter, Gauge, Histogram } from 'prom-client';
import { JobStatus } from './jobs/job-states';
import { JobStore } from './jobs/job-store';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const DURATION_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600];

/** What the ci-jobs API measures: webhook outcomes, webhook → enqueue latency, jobs by status. */
@Injectable()
export class ApiMetrics {
  readonly webhooks: Counter<'forge' | 'event' | 'outcome'>;
  readonly webhookToEnqueue: Histogram<'forge'>;

  constructor(metrics: MetricsService, store: JobStore) {
    const registry = metrics.registry;
    this.webhooks = new Counter({
      name: 'ci_webhook_requests_total',
      help: 'Webhook requests by forge, event and outcome',
      labelNames: ['forge', 'event', 'outcome'],
      registers: [registry],
    });
    this.webhookToEnqueue = new Histogram({
      name: 'ci_webhook_to_enqueue_seconds',
      help: 'From webhook arrival to the job on ci.jobs',
      labelNames: ['forge'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    new Gauge({
      name: 'ci_jobs',
      help: 'Jobs kept (24 h after they end) by status',
      labelNames: ['status'],
      registers: [registry],
      async collect() {
        for (const status of Object.values(JobStatus)) this.set({ status }, await store.count(status));
      },
    });
  }
}

/** What a ci-runner measures: queue wait, time to first log line, job duration by final status. */
@Injectable()
export class RunnerMetrics {
  readonly enqueueToClaim: Histogram;
  readonly claimToFirstLine: Histogram;
  readonly duration: Histogram<'status'>;

  constructor(metrics: MetricsService) {
    const registry = metrics.registry;
    this.enqueueToClaim = new Histogram({
      name: 'ci_enqueue_to_claim_seconds',
      help: 'From job creation to a runner claiming it',
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    this.claimToFirstLine = new Histogram({
      name: 'ci_claim_to_first_log_line_seconds',
      help: 'From claim to the first log line written',
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'ci_job_duration_seconds',
      help: 'Job duration by final status',
      labelNames: ['status'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    });
  }
}
