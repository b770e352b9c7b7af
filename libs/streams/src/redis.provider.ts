import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { ReadinessCheck } from '@slipway/platform';
import { Redis } from 'ioredis';

export const REDIS = Symbol('redis');

/** The process's shared Redis connection (blocking reads use connections of their own). */
export const redisProvider = (config: { REDIS_URL: string }, name: string) => ({
  provide: REDIS,
  useFactory: () => new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3, connectionName: name }),
});

/** Closes the shared connection after the HTTP server stopped. */
@Injectable()
export class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** Ready when Redis answers PING. */
@Injectable()
export class RedisReadiness implements ReadinessCheck {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly indicators: HealthIndicatorService,
  ) {}

  readonly check = async () => {
    const session = this.indicators.check('redis');
    const answer = await this.redis.ping().catch(() => null);
    return answer === 'PONG' ? session.up() : session.down({ message: 'unreachable' });
  };
}
