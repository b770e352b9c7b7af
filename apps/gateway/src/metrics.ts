import { Injectable } from '@nestjs/common';
import { MetricsService } from '@slipway/platform';
import { Counter, Histogram } from 'prom-client';

type ProxyLabel = 'route_class' | 'upstream' | 'status_code';

/** The gateway's own series, beside the platform's per-route HTTP durations. */
@Injectable()
export class GatewayMetrics {
  readonly proxied: Histogram<ProxyLabel>;
  readonly upstreamErrors: Counter<'upstream' | 'code'>;
  readonly authCache: Counter<'result'>;
  readonly rateLimited: Counter<'route_class'>;
  private readonly series = new Map<string, Histogram.Internal<ProxyLabel>>();

  constructor(metrics: MetricsService) {
    const registers = [metrics.registry];
    this.proxied = new Histogram({
      name: 'gateway_proxied_request_duration_seconds',
      help: 'Proxied request duration by route class, upstream and status code (streams: until they close)',
      labelNames: ['route_class', 'upstream', 'status_code'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 30, 300],
      registers,
    });
    this.upstreamErrors = new Counter({
      name: 'gateway_upstream_errors_total',
      help: 'Requests an upstream failed to answer, by upstream and problem code',
      labelNames: ['upstream', 'code'],
      registers,
    });
    this.authCache = new Counter({
      name: 'gateway_auth_cache_total',
      help: 'API key verifications answered from the cache (hit) or by data-api (miss)',
      labelNames: ['result'],
      registers,
    });
    this.rateLimited = new Counter({
      name: 'gateway_rate_limited_total',
      help: 'Requests refused with 429, by route class',
      labelNames: ['route_class'],
      registers,
    });
  }

  /** Times one proxied request; the labelled child is made once per combination. */
  observe(routeClass: string, upstream: string, status: number, seconds: number): void {
    const key = `${routeClass} ${upstream} ${status}`;
    let timer = this.series.get(key);
    if (!timer) {
      timer = this.proxied.labels({ route_class: routeClass, upstream, status_code: String(status) });
      this.series.set(key, timer);
    }
    timer.observe(seconds);
  }
}
