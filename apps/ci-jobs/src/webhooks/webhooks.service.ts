import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@slipway/platform';
import { CiJobsConfig } from '../config';
import { JobIntake } from '../jobs/job-intake';
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
  ) {}

  async gitea(delivery: Delivery): Promise<WebhookOutcome> {
    this.verify(delivery, this.config.GITEA_WEBHOOK_SECRET, '');
    return this.accept(delivery, fromGitea(this.event(delivery), delivery.body));
  }

  async github(delivery: Delivery): Promise<WebhookOutcome> {
    this.verify(delivery, this.config.GITHUB_WEBHOOK_SECRET, 'sha256=');
    if (this.event(delivery) === 'ping') return { kind: 'pong' };
    return this.accept(delivery, fromGithub(this.event(delivery), delivery.body));
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
