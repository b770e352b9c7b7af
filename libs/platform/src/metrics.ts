import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { Public } from './public';

type HttpLabel = 'method' | 'route' | 'status_code';

/** One Prometheus registry per app: process metrics, HTTP durations, and whatever the app registers. */
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] satisfies HttpLabel[],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /**
   * Times every request by its route template (`/api/projects/:id`), never by its raw URL. The
   * hook runs on every response: a callback hook (no promise to settle), and the labelled child of
   * each method, status and route is made once instead of a label object per request.
   */
  instrument(fastify: FastifyInstance): void {
    const series = new Map<string, Histogram.Internal<HttpLabel>>();
    fastify.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const key = `${request.method} ${reply.statusCode} ${route}`;
      let timer = series.get(key);
      if (!timer) {
        timer = this.httpDuration.labels({
          method: request.method,
          route,
          status_code: String(reply.statusCode),
        });
        series.set(key, timer);
      }
      timer.observe(reply.elapsedTime / 1000);
      done();
    });
  }
}

@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Public()
  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
