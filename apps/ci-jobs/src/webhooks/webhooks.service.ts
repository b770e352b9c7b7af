import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@slipway/platform';
import { CiJobsConfig } from '../config';
import { JobIntake } from '../jobs/job-intake';
import { ApiMetrics } from '../metrics';
import { fromGitea, fromGithub } from './forge-events';
import { validSignature } from './signatures';

export interface Delivery {
  event: string | undefined;
  deliveryId: string | undefined;
  signature: string | undefined;
  rawBody: Buffer | undefined;
  body: unknown;
  requestId: string;
}

export type WebhookOutcome =
  | { kind: 'accepted'; jobId: string; duplicate: boolean; status: string }
  | { kind: 'ignored'; reason: string }
  | { kind: 'pong' };

/** A forge's webhook: signature first, then the event, then one job per delivery and per event. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly config: CiJobsConfig,
    @Inject(JobIntake) private readonly intake: JobIntake,
    @Inject(ApiMetrics) private readonly metrics: ApiMetrics,
  ) {}

  gitea(delivery: Delivery): Promise<WebhookOutcome> {
    return this.measured('gitea', delivery, async () => {
      this.verify(delivery, this.config.GITEA_WEBHOOK_SECRET, '');
      return this.accept(delivery, fromGitea(this.event(delivery), delivery.body));
    });
  }

  github(delivery: Delivery): Promise<WebhookOutcome> {
    return this.measured('github', delivery, async () => {
      this.verify(delivery, this.config.GITHUB_WEBHOOK_SECRET, 'sha256=');
      if (this.event(delivery) === 'ping') return { kind: 'pong' };
      return this.accept(delivery, fromGithub(this.event(delivery), delivery.body));
    });
  }

  /** Counts every request by outcome, and times the ones that queued a new job. */
  private async measured(
    forge: 'gitea' | 'github',
    delivery: Delivery,
    work: () => Promise<WebhookOutcome>,
  ): Promise<WebhookOutcome> {
    const started = performance.now();
    const event = delivery.event ?? 'none';
    try {
      const outcome = await work();
      const label = outcome.kind === 'accepted' ? (outcome.duplicate ? 'duplicate' : 'queued') : outcome.kind;
      this.metrics.webhooks.inc({ forge, event, outcome: label });
      if (label === 'queued')
        this.metrics.webhookToEnqueue.observe({ forge }, (performance.now() - started) / 1000);
      return outcome;
    } catch (error) {
      this.metrics.webhooks.inc({
        forge,
        event,
        outcome: error instanceof ProblemException ? error.code : 'error',
      });
      throw error;
    }
  }

  private verify(delivery: Delivery, secret: string, prefix: string): void {
    if (!delivery.rawBody || !validSignature(delivery.rawBody, delivery.signature, secret, prefix)) {
      throw new ProblemException(
        'unauthorized',
        'The webhook signature is missing or does not match the body',
      );
    }
  }

  private event(delivery: Delivery): string {
    if (!delivery.event)
      throw ProblemException.validation([{ field: 'event', message: 'the forge event header is missing' }]);
    return delivery.event;
  }

  private async accept(delivery: Delivery, result: ReturnType<typeof fromGitea>): Promise<WebhookOutcome> {
    if (result.kind === 'ignored') return result;
    const submitted = await this.intake.submit(result.trigger, {
      deliveryId: delivery.deliveryId,
      semanticDedupe: true,
      correlationId: delivery.requestId,
    });
    return {
      kind: 'accepted',
      jobId: submitted.job.id,
      duplicate: submitted.duplicate,
      status: submitted.job.status,
    };
  }
}
