import { Inject, Injectable } from '@nestjs/common';
import { REDIS } from '@slipway/redis';
import type { CI_STREAMS, JobTriggerDto } from '@slipway/contracts';
import { StreamProducer } from '@slipway/streams';
import type { Redis } from 'ioredis';
import { createHash, randomUUID } from 'node:crypto';
import { CiJobsConfig } from '../config';
import { JobStore, type JobRecord } from './job-store';

export interface Submission {
  /** The forge's delivery id (X-Gitea-Delivery / X-GitHub-Delivery); a redelivery returns the first job. */
  deliveryId?: string;
  /** Webhooks: also dedupe on (forge, repo, event, ref, sha), so one push delivered twice builds once. */
  semanticDedupe: boolean;
  correlationId?: string;
  retryOf?: string;
}

export interface Submitted {
  job: JobRecord;
  duplicate: boolean;
}

/**
 * Turns a trigger into a pending job and a `ci.jobs` message — once: deliveries and identical events
 * within the dedupe window answer with the job they already made.
 */
@Injectable()
export class JobIntake {
  private readonly dedupeSeconds: number;

  constructor(
    private readonly store: JobStore,
    @Inject(StreamProducer) private readonly producer: StreamProducer<typeof CI_STREAMS>,
    @Inject(REDIS) private readonly redis: Redis,
    config: CiJobsConfig,
  ) {
    this.dedupeSeconds = config.WEBHOOK_DEDUPE_SECONDS;
  }

  async submit(trigger: JobTriggerDto, submission: Submission): Promise<Submitted> {
    const id = randomUUID();
    const keys = [
      submission.deliveryId
        ? this.store.key('webhook', 'delivery', trigger.forge, submission.deliveryId)
        : undefined,
      submission.semanticDedupe ? this.store.key('webhook', 'event', semanticKey(trigger)) : undefined,
    ].filter((k): k is string => k !== undefined);
    for (const key of keys) {
      const claimed = await this.redis.set(key, id, 'EX', this.dedupeSeconds, 'NX');
      if (claimed === null) {
        const existingId = await this.redis.get(key);
        const existing = existingId ? await this.store.get(existingId) : null;
        if (existing) {
          await Promise.all(keys.map((k) => this.redis.set(k, existing.id, 'EX', this.dedupeSeconds, 'NX')));
          return { job: existing, duplicate: true };
        }
        await this.redis.set(key, id, 'EX', this.dedupeSeconds);
      }
    }
    const job = await this.store.create(id, trigger, submission.retryOf);
    try {
      await this.producer.emit(
        'ci.jobs',
        { ...trigger, job_id: id, ...(submission.retryOf ? { retry_of: submission.retryOf } : {}) },
        { correlationId: submission.correlationId, id },
      );
    } catch (error) {
      await this.store.transition(id, { to: 'error', reason: 'could not be queued' });
      throw error;
    }
    return { job, duplicate: false };
  }
}

/** The identity of a forge event: the same push delivered twice has the same key. */
export function semanticKey(trigger: JobTriggerDto): string {
  return createHash('sha256')
    .update([trigger.forge, trigger.repository, trigger.event, trigger.ref, trigger.sha ?? ''].join('\n'))
    .digest('hex');
}
